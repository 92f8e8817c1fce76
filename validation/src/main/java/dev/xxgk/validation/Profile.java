package dev.xxgk.validation;

import java.util.Objects;

/**
 * What the report being checked is, which decides how strict the checks are by default.
 *
 * <p>The two profiles differ only in the default severity of {@code BLANK-CELL}; every severity
 * can still be changed with {@link ReportValidator.Builder#severity}.
 */
public enum Profile {

    /** A vendor's own export, before filing: every cell must be filled, a blank cell is an error. */
    FILING("filing"),

    /** A report as published: a blank cell is a warning, since published tables do leave cells empty. */
    AUDIT("audit");

    private final String code;

    Profile(String code) {
        this.code = code;
    }

    /**
     * The profile's name, as {@link dev.xxgk.constraint.ConsistentReport#profile()} and command
     * lines write it.
     *
     * @return {@code filing} or {@code audit}
     */
    public String code() {
        return code;
    }

    /**
     * Reads a profile's name.
     *
     * @param code {@code filing} or {@code audit}
     * @return the profile
     * @throws IllegalArgumentException for any other text
     */
    public static Profile parse(String code) {
        Objects.requireNonNull(code, "code");
        for (Profile profile : values()) {
            if (profile.code.equals(code)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("profile must be filing or audit, was \"" + code + "\"");
    }

    @Override
    public String toString() {
        return code;
    }
}
