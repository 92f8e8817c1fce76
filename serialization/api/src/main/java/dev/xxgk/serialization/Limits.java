package dev.xxgk.serialization;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Money;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one set of limits every reader and every writer of the SDK enforces, so that an input can
 * neither exhaust memory or time nor hold what another format of the SDK could not write back.
 *
 * <p>Readers stream: the memory a read takes is bounded by these limits, not by the size of the
 * input. An input past a limit is refused with a {@link ReportFormatException} that names the
 * limit, its place and its value; a writer refuses a report past a limit with an
 * {@link IllegalArgumentException} naming the field, before it writes anything, so that whatever a
 * writer writes, every reader of the SDK reads back.
 *
 * <p>The limits are far above what any real report holds (a published report is a few tens of
 * kilobytes, its longest text a few thousand characters) and are documented in
 * {@code docs/limits.md}.
 */
public final class Limits {

    /**
     * The most bytes of a document that holds one report (JSON, layout CSV, published text): 16 MiB.
     */
    public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /**
     * The most characters of a document read whole as text (published text, whose tables are
     * found across lines): 16 Mi (16,777,216), far above the few tens of thousands a report has.
     */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

    /** The most characters of one text: the agency, a section's text, any field of a CSV record: 1,000,000. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    /**
     * The most characters of one number as written (sign, digits and decimal point): 1,000, which
     * is also jackson-core's default.
     */
    public static final int MAX_NUMBER_LENGTH = 1_000;

    /** The most characters of one CSV record, all its fields together: 4,194,304 (4 Mi). */
    public static final int MAX_RECORD_LENGTH = 4 * 1024 * 1024;

    /** The most fields of one CSV record: 4,096 (a wide CSV row of the 2021 edition has fewer than 300). */
    public static final int MAX_FIELDS = 4_096;

    /** The most lines (CSV records, lines of text) of a document that holds one report: 100,000. */
    public static final int MAX_LINES = 100_000;

    /** The deepest nesting of a JSON document: 16 (a report nests four deep). */
    public static final int MAX_NESTING = 16;

    private Limits() {
    }

    /**
     * An input that a reader of one report reads through: past {@code max} bytes it throws a
     * {@link ReportFormatException} naming the limit, so that no document of one report takes
     * more time than its limit allows.
     *
     * @param in the input, not closed when the result is closed
     * @param max the most bytes, such as {@link #MAX_DOCUMENT_BYTES}
     * @param format the format id, for the error
     * @param source where the input came from, for the error
     * @return the bounded input
     */
    public static InputStream bounded(InputStream in, long max, String format, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counted(skipped);
                return skipped;
            }

            @Override
            public boolean markSupported() {
                return false;
            }

            @Override
            public void close() {
                // the caller owns the stream
            }

            private void counted(long n) {
                count += n;
                if (count > max) {
                    throw new ReportFormatException(format, source, 0, 0, "", "", "the document is longer than the"
                            + " limit of " + max + " bytes for one report (Limits.MAX_DOCUMENT_BYTES)", null);
                }
            }
        };
    }

    /**
     * How many characters the plain decimal form of an amount takes, without building it.
     *
     * @param amount an amount
     * @return the length of {@link BigDecimal#toPlainString()}
     */
    public static long plainLength(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        long precision = amount.precision();
        long scale = amount.scale();
        long length;
        if (scale <= 0) {
            length = amount.signum() == 0 ? 1 : precision - scale;
        } else if (scale >= precision) {
            length = 2 + scale; // 0.000ddd
        } else {
            length = precision + 1;
        }
        return amount.signum() < 0 ? length + 1 : length;
    }

    /**
     * Whether a number as written is within {@link #MAX_NUMBER_LENGTH}.
     *
     * @param text the number's text
     * @return true if it is short enough to be read
     */
    public static boolean isNumberWithin(CharSequence text) {
        return text.length() <= MAX_NUMBER_LENGTH;
    }

    /**
     * Checks that every format of the SDK can write a report, and read it back: its texts within
     * {@link #MAX_TEXT_LENGTH}, its amounts within {@link #MAX_NUMBER_LENGTH}, and its texts
     * well-formed Unicode (no lone surrogate, which no charset can encode).
     *
     * @param report the report
     * @throws IllegalArgumentException naming the first field past a limit
     */
    public static void requireWritable(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        for (ReportField field : ReportField.values()) {
            if (field == ReportField.AGENCY || field.isText()) {
                String problem = textProblem(field.toText(report));
                if (problem != null) {
                    throw new IllegalArgumentException(field.code() + ": " + problem);
                }
            }
        }
        for (Cell cell : report.template().cells()) {
            if (cell.kind().isCount()) {
                continue;
            }
            CellValue value = cell.get(report);
            if (value instanceof Money money && !money.isBlank()) {
                long length = plainLength(money.amount());
                if (length > MAX_NUMBER_LENGTH) {
                    throw new IllegalArgumentException(cell.code() + ": an amount of " + length
                            + " characters is longer than the limit of " + MAX_NUMBER_LENGTH
                            + " that every reader of the SDK enforces");
                }
            }
        }
        for (dev.xxgk.model.TemplateDeviation deviation : report.deviations()) {
            for (java.util.Map.Entry<String, CellValue> cell : deviation.cells().entrySet()) {
                if (cell.getValue() instanceof Money money && !money.isBlank()
                        && plainLength(money.amount()) > MAX_NUMBER_LENGTH) {
                    throw new IllegalArgumentException("deviations: " + deviation.path() + "." + cell.getKey()
                            + " of edition " + deviation.edition().code() + ": an amount of "
                            + plainLength(money.amount()) + " characters is longer than the limit of "
                            + MAX_NUMBER_LENGTH + " that every reader of the SDK enforces");
                }
            }
        }
    }

    /**
     * What is wrong with a text a reader found or a writer is given, if anything.
     *
     * @param text the text
     * @return the problem, or null when the text is within {@link #MAX_TEXT_LENGTH} and
     *     well-formed Unicode
     */
    public static String textProblem(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return "a text of " + text.length() + " characters is longer than the limit of " + MAX_TEXT_LENGTH;
        }
        int bad = loneSurrogate(text);
        if (bad >= 0) {
            return "the text holds a lone surrogate U+" + Integer.toHexString(text.charAt(bad)).toUpperCase()
                    + " at character " + (bad + 1) + ", which is not a character and which no charset encodes";
        }
        return null;
    }

    /**
     * The index of the first lone surrogate of a text.
     *
     * @param text the text
     * @return the index, or -1 when the text is well-formed UTF-16
     */
    public static int loneSurrogate(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
