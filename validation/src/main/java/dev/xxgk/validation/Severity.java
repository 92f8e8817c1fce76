package dev.xxgk.validation;

import java.util.Objects;

/** How serious a {@link Violation} is. */
public enum Severity {

    /** The report is wrong: a figure contradicts the template's arithmetic or a domain limit. */
    ERROR("error"),

    /** The report is probably wrong or incomplete; a person should look. */
    WARNING("warning"),

    /** Worth knowing, not a defect of the figures (a late publication date, say). */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /**
     * The severity's name in lower case, as reports and command lines print it.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String code() {
        return code;
    }

    /**
     * Reads a severity's code.
     *
     * @param code {@code error}, {@code warning} or {@code info}
     * @return the severity
     * @throws IllegalArgumentException for any other text
     */
    public static Severity parse(String code) {
        Objects.requireNonNull(code, "code");
        for (Severity severity : values()) {
            if (severity.code.equals(code)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("severity must be error, warning or info, was \"" + code + "\"");
    }

    @Override
    public String toString() {
        return code;
    }
}
