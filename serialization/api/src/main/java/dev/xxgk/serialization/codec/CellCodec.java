package dev.xxgk.serialization.codec;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one text form of the header fields and cells that every structured format writes and reads:
 * a count in ASCII decimal digits, an amount with its unit ({@code 1500084元}), an amount in 万元 as
 * a plain decimal, a blank as the empty string, the year as four digits and the publication date as
 * {@code yyyy-MM-dd}. Formats call it instead of writing their own.
 *
 * <p>Stateless and thread-safe.
 */
public final class CellCodec {

    /** The text of the small counts most cells hold, made once: writing millions of rows makes no garbage for them. */
    private static final String[] COUNT_TEXTS = new String[1024];

    static {
        for (int i = 0; i < COUNT_TEXTS.length; i++) {
            COUNT_TEXTS[i] = Integer.toString(i);
        }
    }

    private CellCodec() {
    }

    /**
     * The text of a cell's value in every structured format: a count in decimal digits, an amount with its
     * unit ({@code 1500084元}), an amount in 万元 as a plain decimal, a blank as the empty string.
     *
     * @param cell the cell
     * @param value its value
     * @return the text
     */
    public static String cellText(Cell cell, CellValue value) {
        if (value.isBlank()) {
            return "";
        }
        if (value instanceof Count count && count.value() >= 0 && count.value() < COUNT_TEXTS.length) {
            return COUNT_TEXTS[count.value()];
        }
        if (cell.kind() == CellKind.MONEY_WAN_YUAN) {
            return ((Money) value).amount().toPlainString();
        }
        return value.toText();
    }

    /**
     * Reads the text of a cell, as {@link #cellText} writes it.
     *
     * @param cell the cell
     * @param text the text, not empty
     * @return the value
     * @throws IllegalArgumentException if the text is not a value of the cell's kind
     */
    public static CellValue parseCell(Cell cell, String text) {
        return switch (cell.kind()) {
            case COUNT, SIGNED_COUNT -> Count.parse(text);
            case MONEY -> Money.parse(text);
            case MONEY_WAN_YUAN -> Money.ofWanYuan(Money.parseAmount(text));
        };
    }

    /** What the year field holds, for error messages. */
    public static final String EXPECTED_YEAR =
            "the report year, four digits in " + AnnualReport.MIN_YEAR + ".."
                    + AnnualReport.MAX_YEAR;

    /** What the date field holds, for error messages. */
    public static final String EXPECTED_DATE = "the publication date yyyy-MM-dd, or an empty cell when not known";

    /**
     * Reads the report year.
     *
     * @param text four digits
     * @return the year, or -1 if the text is not a year the model accepts
     */
    public static int parseYear(String text) {
        if (text.length() == 4 && isDigits(text, 0, 4)) {
            int year = Integer.parseInt(text);
            if (year >= AnnualReport.MIN_YEAR && year <= AnnualReport.MAX_YEAR) {
                return year;
            }
        }
        return -1;
    }

    /**
     * Reads the publication date.
     *
     * @param text an ISO date {@code yyyy-MM-dd}, or empty when not known
     * @return the date, or null when the text is empty
     * @throws IllegalArgumentException if the text is not such a date
     */
    public static LocalDate parseDate(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() == 10 && isDigits(text, 0, 4) && text.charAt(4) == '-' && isDigits(text, 5, 7)
                && text.charAt(7) == '-' && isDigits(text, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(EXPECTED_DATE, e);
            }
        }
        throw new IllegalArgumentException(EXPECTED_DATE);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * What a cell of a kind holds, for error messages.
     *
     * @param kind the kind
     * @return what is expected in the cell
     */
    public static String expected(CellKind kind) {
        return switch (kind) {
            case COUNT, SIGNED_COUNT -> "a count, a whole number in ASCII digits (-2147483648..2147483647),"
                    + " or an empty cell for a blank";
            case MONEY -> "an amount with its unit, such as 1500084元 or 608.5万元, or an empty cell for a blank";
            case MONEY_WAN_YUAN -> "an amount in 万元, a plain decimal number such as 12.5, or an empty cell for a blank";
        };
    }
}
