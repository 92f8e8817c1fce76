package dev.xxgk.model;

/**
 * The value of one numeric cell of the template: a {@link Count} or a {@link Money} amount.
 *
 * <p>Either kind is blank (not filled) or holds a value; blank is never zero.
 */
public sealed interface CellValue permits Count, Money {

    /**
     * Whether the cell was left unfilled.
     *
     * @return true when blank
     */
    boolean isBlank();

    /**
     * The value as it is written in every text format: the number without grouping or exponent,
     * a money amount followed by its unit (e.g. {@code 608万元}), or the empty string when blank.
     *
     * @return the canonical text
     */
    String toText();
}
