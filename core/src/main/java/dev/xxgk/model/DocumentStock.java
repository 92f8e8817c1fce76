package dev.xxgk.model;

import java.util.Objects;

/**
 * A row of band 第二十条第（一）项 in edition 2021: 规章 or 行政规范性文件.
 *
 * @param issued 本年制发件数
 * @param repealed 本年废止件数
 * @param inForce 现行有效件数
 */
public record DocumentStock(Count issued, Count repealed, Count inForce) implements CellRow {

    /** The number of columns, 3. */
    public static final int SIZE = 3;

    /**
     * Rejects null cells.
     *
     * @param issued 本年制发件数
     * @param repealed 本年废止件数
     * @param inForce 现行有效件数
     */
    public DocumentStock {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(repealed, "repealed");
        Objects.requireNonNull(inForce, "inForce");
    }

    /**
     * A row with every cell filled.
     *
     * @param issued 本年制发件数
     * @param repealed 本年废止件数
     * @param inForce 现行有效件数
     * @return the row
     */
    public static DocumentStock of(int issued, int repealed, int inForce) {
        return new DocumentStock(Count.of(issued), Count.of(repealed), Count.of(inForce));
    }

    /**
     * A row whose every cell is blank.
     *
     * @return the row
     */
    public static DocumentStock blank() {
        return new DocumentStock(Count.blank(), Count.blank(), Count.blank());
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Count cell(int column) {
        return switch (column) {
            case 0 -> issued;
            case 1 -> repealed;
            case 2 -> inForce;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }
}
