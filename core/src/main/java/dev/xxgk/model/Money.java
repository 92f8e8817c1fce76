package dev.xxgk.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A money amount in a cell of the template: blank, or an exact decimal with the unit it was
 * printed in.
 *
 * <p>The amount is kept exactly as given, scale included: {@code 608} and {@code 608.00} are
 * different values, as they are different texts. Nothing is ever rounded or converted between
 * units. Negative amounts are representable so that a rule can report them.
 *
 * <p>This is a value-based class; instances are immutable and thread-safe.
 */
public final class Money implements CellValue {

    private static final Money BLANK = new Money(null, null);
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final BigDecimal amount;
    private final MoneyUnit unit;

    private Money(BigDecimal amount, MoneyUnit unit) {
        this.amount = amount;
        this.unit = unit;
    }

    /**
     * A filled amount.
     *
     * @param amount the exact amount
     * @param unit the unit it is printed in
     * @return the money
     */
    public static Money of(BigDecimal amount, MoneyUnit unit) {
        return new Money(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(unit, "unit"));
    }

    /**
     * A filled amount in 万元.
     *
     * @param amount the exact amount in 万元
     * @return the money
     */
    public static Money ofWanYuan(BigDecimal amount) {
        return of(amount, MoneyUnit.WAN_YUAN);
    }

    /**
     * The blank amount: a cell that was not filled.
     *
     * @return the blank money
     */
    public static Money blank() {
        return BLANK;
    }

    /**
     * Reads an amount written as a plain decimal followed by its unit, as {@link #toText()}
     * writes it: {@code 1500084元}, {@code 608万元}, {@code 12.5 万元}; the empty string is a
     * blank, so that {@code Money.parse(m.toText()).equals(m)} for every amount. One optional
     * space may separate the number and the unit. Readers of published text normalize other
     * spellings first.
     *
     * @param text the amount and unit, or the empty string
     * @return the money, blank for the empty string
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return BLANK;
        }
        MoneyUnit unit = text.endsWith(MoneyUnit.WAN_YUAN.symbol()) ? MoneyUnit.WAN_YUAN
                : text.endsWith(MoneyUnit.YUAN.symbol()) ? MoneyUnit.YUAN : null;
        String number = unit == null ? "" : text.substring(0, text.length() - unit.symbol().length());
        if (number.endsWith(" ")) {
            number = number.substring(0, number.length() - 1);
        }
        if (unit == null || !PLAIN_DECIMAL.matcher(number).matches()) {
            throw new IllegalArgumentException(
                    "a money amount must be a plain decimal number followed by 元 or 万元, was \"" + text + "\"");
        }
        return of(new BigDecimal(number), unit);
    }

    /**
     * Reads a plain decimal amount: ASCII digits, an optional leading {@code -}, an optional
     * fraction after a {@code .}; no exponent, grouping or spaces.
     *
     * @param text the number
     * @return the exact amount, with the scale as written
     * @throws IllegalArgumentException if the text is not such a number
     */
    public static BigDecimal parseAmount(String text) {
        Objects.requireNonNull(text, "text");
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("a money amount must be a plain decimal number, was \"" + text + "\"");
        }
        return new BigDecimal(text);
    }

    @Override
    public boolean isBlank() {
        return amount == null;
    }

    /**
     * The exact amount.
     *
     * @return the amount
     * @throws IllegalStateException if blank
     */
    public BigDecimal amount() {
        if (amount == null) {
            throw new IllegalStateException("the money amount is blank");
        }
        return amount;
    }

    /**
     * The unit the amount is printed in.
     *
     * @return the unit
     * @throws IllegalStateException if blank
     */
    public MoneyUnit unit() {
        if (unit == null) {
            throw new IllegalStateException("the money amount is blank");
        }
        return unit;
    }

    @Override
    public String toText() {
        return amount == null ? "" : amount.toPlainString() + unit.symbol();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && Objects.equals(amount, other.amount) && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, unit);
    }

    /** {@return the amount and unit, or {@code blank}} */
    @Override
    public String toString() {
        return amount == null ? "blank" : toText();
    }
}
