package dev.xxgk.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A count in a cell of the template: blank (not filled) or a whole number.
 *
 * <p>Counts are {@code int}: no count of the template comes near two billion, and a sum of all
 * the cells of a table, done in {@code long}, can therefore never overflow. Negative counts are
 * allowed in the model, because a published table can carry one by mistake; the rules report it.
 *
 * <p>This is a value-based class: use {@link #equals(Object)}, not {@code ==}. Instances are
 * immutable and thread-safe; small values are cached.
 */
public final class Count implements CellValue, Comparable<Count> {

    private static final Count BLANK = new Count(0, true);
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1023;
    private static final Count[] CACHE = new Count[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Count(CACHE_LOW + i, false);
        }
    }

    private final int value;
    private final boolean blank;

    private Count(int value, boolean blank) {
        this.value = value;
        this.blank = blank;
    }

    /**
     * A filled count.
     *
     * @param value the number, negative allowed
     * @return the count
     */
    public static Count of(int value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[value - CACHE_LOW];
        }
        return new Count(value, false);
    }

    /**
     * The blank count: a cell that was not filled.
     *
     * @return the blank count
     */
    public static Count blank() {
        return BLANK;
    }

    /**
     * A count from a nullable number, {@code null} meaning blank.
     *
     * @param value the number or null
     * @return the count
     */
    public static Count ofNullable(Integer value) {
        return value == null ? BLANK : of(value);
    }

    /**
     * Reads a count as {@link #toText()} writes it: ASCII digits with an optional leading
     * {@code -} or {@code +}, or the empty string for a blank, so that
     * {@code Count.parse(c.toText()).equals(c)} for every count. Nothing else is accepted: no
     * spaces, no grouping, no fraction, no placeholder. Readers of published text normalize what
     * the field writes before calling this.
     *
     * @param text the digits, or the empty string
     * @return the count, blank for the empty string
     * @throws IllegalArgumentException if the text is not such a number, or is outside the
     *     {@code int} range
     */
    public static Count parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length == 0) {
            return BLANK;
        }
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        if (i == length) {
            throw new IllegalArgumentException("a count must be a whole number, was \"" + text + "\"");
        }
        long result = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a count must be a whole number, was \"" + text + "\"");
            }
            result = result * 10 + (c - '0');
            if (result > (long) Integer.MAX_VALUE + 1) {
                throw new IllegalArgumentException(
                        "a count must be in " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE + ", was " + text);
            }
        }
        long signed = negative ? -result : result;
        if (signed > Integer.MAX_VALUE || signed < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(
                    "a count must be in " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE + ", was " + text);
        }
        return of((int) signed);
    }

    @Override
    public boolean isBlank() {
        return blank;
    }

    /**
     * Whether the count is filled.
     *
     * @return true when not blank
     */
    public boolean isPresent() {
        return !blank;
    }

    /**
     * The number.
     *
     * @return the number
     * @throws IllegalStateException if the count is blank
     */
    public int value() {
        if (blank) {
            throw new IllegalStateException("the count is blank");
        }
        return value;
    }

    /**
     * The number, or a fallback when blank.
     *
     * @param other what to return when blank
     * @return the number or {@code other}
     */
    public int orElse(int other) {
        return blank ? other : value;
    }

    /**
     * The number as an optional, empty when blank.
     *
     * @return the optional number
     */
    public OptionalInt toOptional() {
        return blank ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The number as a nullable {@code Integer}, {@code null} when blank.
     *
     * @return the number or null
     */
    public Integer toInteger() {
        return blank ? null : value;
    }

    @Override
    public String toText() {
        return blank ? "" : Integer.toString(value);
    }

    /** Blank sorts before every number. */
    @Override
    public int compareTo(Count other) {
        if (blank || other.blank) {
            return Boolean.compare(!blank, !other.blank);
        }
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Count other && blank == other.blank && value == other.value;
    }

    @Override
    public int hashCode() {
        return blank ? -1 : Integer.hashCode(value);
    }

    /** {@return the number, or {@code blank}} */
    @Override
    public String toString() {
        return blank ? "blank" : Integer.toString(value);
    }
}
