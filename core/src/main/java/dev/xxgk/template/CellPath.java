package dev.xxgk.template;

import java.util.List;
import java.util.Objects;

/**
 * Where something is in a report: the code of a cell ({@code applications.granted.total}), of a
 * header or text field ({@code year}, {@code overview.platforms}), or of something a rule added
 * through the SPI names itself ({@code province.extraRow.total}). Printed as its codes joined by
 * {@code .}, the same text every format uses.
 *
 * <p>Immutable and thread-safe; equal by value.
 *
 * @param value the codes joined by {@code .}, such as {@code applications.granted.total}
 */
public record CellPath(String value) implements Comparable<CellPath> {

    /**
     * Rejects an empty path and a path with an empty segment.
     *
     * @throws IllegalArgumentException if the value is empty, starts or ends with {@code .}, or
     *     has two dots in a row
     *
     * @param value the codes joined by {@code .}, such as {@code applications.granted.total}
     */
    public CellPath {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.startsWith(".") || value.endsWith(".") || value.contains("..")
                || !value.strip().equals(value)) {
            throw new IllegalArgumentException("a path is codes joined by '.', such as applications.granted.total, was \""
                    + value + "\"");
        }
    }

    /**
     * The path of a cell.
     *
     * @param cell the cell
     * @return its code as a path
     */
    public static CellPath of(Cell cell) {
        return new CellPath(cell.code());
    }

    /**
     * The path of a header or text field.
     *
     * @param field the field
     * @return its code as a path
     */
    public static CellPath of(ReportField field) {
        return new CellPath(field.code());
    }

    /**
     * A path from its text.
     *
     * @param text codes joined by {@code .}
     * @return the path
     * @throws IllegalArgumentException as the constructor
     */
    public static CellPath parse(String text) {
        return new CellPath(text);
    }

    /**
     * The codes of the path.
     *
     * @return e.g. {@code [applications, granted, total]}
     */
    public List<String> segments() {
        return List.of(value.split("\\.", -1));
    }

    /**
     * Whether the path is below another, or the same.
     *
     * @param prefix a path such as {@code applications}
     * @return true for {@code applications.granted.total} and prefix {@code applications}
     */
    public boolean startsWith(CellPath prefix) {
        return value.equals(prefix.value) || value.startsWith(prefix.value + ".");
    }

    @Override
    public int compareTo(CellPath other) {
        return value.compareTo(other.value);
    }

    /**
     * The path as printed.
     *
     * @return the codes joined by {@code .}
     */
    @Override
    public String toString() {
        return value;
    }
}
