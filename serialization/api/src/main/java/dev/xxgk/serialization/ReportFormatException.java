package dev.xxgk.serialization;

import dev.xxgk.XxgkException;
import java.util.Objects;

/**
 * An input that is not a report in the format it was read as: what was found, what was expected,
 * and where. Nothing read from the input before the error is returned.
 *
 * <p>The location is as precise as the format allows: the source (a file name, or
 * {@code <stdin>}), the line and column (1-based; 0 when not known), and a path inside the
 * document: a JSON pointer such as {@code /applications/granted/total}, a CSV column header such
 * as {@code applications.granted.total}, or a cell code or label for published text.
 *
 * <p>The message reads {@code source:line:column: path: problem (found "text")}, leaving out
 * what is not known.
 */
public class ReportFormatException extends XxgkException {

    private static final long serialVersionUID = 1L;

    /** The serialized form: the id of the format being read. */
    private final String format;
    /** The serialized form: the name of the input, such as a file name. */
    private final String source;
    /** The serialized form: the line, from 1, or 0 when not known. */
    private final long line;
    /** The serialized form: the column, from 1, or 0 when not known. */
    private final long column;
    /** The serialized form: where in the report: a JSON pointer, a CSV header or a cell code; empty when not known. */
    private final String path;
    /** The serialized form: what was found there, as text; empty when nothing. */
    private final String found;
    /** The serialized form: what is wrong, without the place. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param format the id of the format the input was read as, e.g. {@code json}
     * @param source where the input came from: a file name, or {@code <stdin>}
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param path where in the document: a JSON pointer, a CSV header, a cell code; empty when none
     * @param found the offending text as found, empty when nothing was found (such as a missing key)
     * @param problem what is wrong, saying what was expected
     * @param cause the underlying failure, or null
     */
    public ReportFormatException(String format, String source, long line, long column, String path, String found,
            String problem, Throwable cause) {
        super(compose(source, line, column, path, found, problem), cause);
        this.format = Objects.requireNonNull(format, "format");
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.path = Objects.requireNonNull(path, "path");
        this.found = Objects.requireNonNull(found, "found");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String compose(String source, long line, long column, String path, String found, String problem) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        message.append(": ");
        if (!path.isEmpty()) {
            message.append(path).append(": ");
        }
        message.append(problem);
        if (!found.isEmpty()) {
            message.append(" (found \"").append(abbreviate(found)).append("\")");
        }
        return message.toString();
    }

    private static String abbreviate(String found) {
        String oneLine = found.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    /**
     * The id of the format the input was read as.
     *
     * @return e.g. {@code json}, {@code csv}
     */
    public String format() {
        return format;
    }

    /**
     * Where the input came from.
     *
     * @return a file name, or {@code <stdin>}
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the error.
     *
     * @return the line, or 0 when not known
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column of the error.
     *
     * @return the column, or 0 when not known
     */
    public long column() {
        return column;
    }

    /**
     * Where in the document: a JSON pointer, a CSV column header, or a cell code.
     *
     * @return the path, or the empty string
     */
    public String path() {
        return path;
    }

    /**
     * The offending text as found.
     *
     * @return the text, or the empty string when something was missing
     */
    public String found() {
        return found;
    }

    /**
     * What is wrong, saying what was expected.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
