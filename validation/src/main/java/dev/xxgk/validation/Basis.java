package dev.xxgk.validation;

/** Where a rule comes from, as TEMPLATE.md's rule catalogue marks it. */
public enum Basis {

    /** {@code O}: printed in the official template. */
    OFFICIAL("O"),

    /** {@code I}: implied by the table's arithmetic or by what a cell means. */
    IMPLIED("I"),

    /** {@code X}: cross-report practice used by checkers, not stated officially. */
    CROSS_REPORT("X"),

    /** {@code practice}: how the template is used in practice (which edition for which year, deadlines). */
    PRACTICE("practice");

    private final String code;

    Basis(String code) {
        this.code = code;
    }

    /**
     * The basis as the catalogue writes it.
     *
     * @return {@code O}, {@code I}, {@code X} or {@code practice}
     */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
