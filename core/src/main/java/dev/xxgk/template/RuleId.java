package dev.xxgk.template;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public id of a rule, such as {@code APP-BALANCE}: stable across releases and never reused.
 *
 * <p>Ids are upper-case ASCII letters and digits in groups joined by {@code -}. The built-in ids
 * the template's relations are checked by are constants here; rules added through the validation
 * SPI make their own with {@link #of(String)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id as printed, e.g. {@code LIT-TOTAL}
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /** 三 per column: 上年结转 + 新收 = 办理结果总计 + 结转下年度. */
    public static final RuleId APP_BALANCE = new RuleId("APP-BALANCE");
    /** 三 per column: the outcome rows add up to 办理结果总计. */
    public static final RuleId APP_OUTCOMES = new RuleId("APP-OUTCOMES");
    /** 三 per row: the applicant columns add up to 总计. */
    public static final RuleId APP_ROW_TOTAL = new RuleId("APP-ROW-TOTAL");
    /** 四 per group: the four outcomes add up to 总计. */
    public static final RuleId LIT_TOTAL = new RuleId("LIT-TOTAL");

    /**
     * Checks the form of the id.
     *
     * @throws IllegalArgumentException if the value is not upper-case letters, digits and dashes
     *
     * @param value the id as printed, e.g. {@code LIT-TOTAL}
     */
    public RuleId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a rule id is upper-case letters and digits joined by '-', such as APP-BALANCE, was \"" + value + "\"");
        }
    }

    /**
     * The id of a text.
     *
     * @param value an id such as {@code APP-BALANCE}
     * @return the id
     * @throws IllegalArgumentException if the text is not of the form of an id
     */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    /**
     * The id as printed.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
