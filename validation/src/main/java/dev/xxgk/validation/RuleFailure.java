package dev.xxgk.validation;

import dev.xxgk.template.RuleId;
import java.util.Objects;

/**
 * A rule added through the SPI that threw instead of checking a report: the rule's failure, not
 * the report's and not the SDK's. The other rules still ran; what the failing rule had reported
 * before it threw is dropped, so a result with failures is incomplete and never
 * {@linkplain ValidationResult#isValid() valid}.
 *
 * <p>Equal when rule, agency, year and message are equal. Immutable and thread-safe (the
 * exception is kept for its stack trace only and is not compared).
 */
public final class RuleFailure {

    private final RuleId ruleId;
    private final String agency;
    private final int year;
    private final String message;
    private final Throwable cause;

    private RuleFailure(RuleId ruleId, String agency, int year, Throwable cause) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.year = year;
        this.cause = Objects.requireNonNull(cause, "cause");
        this.message = cause.getMessage() == null ? cause.getClass().getName()
                : cause.getClass().getName() + ": " + cause.getMessage();
    }

    /**
     * A failure.
     *
     * @param ruleId the id of the rule that threw
     * @param agency the agency of the report it was checking
     * @param year the year of that report
     * @param cause what it threw
     * @return the failure
     */
    public static RuleFailure of(RuleId ruleId, String agency, int year, Throwable cause) {
        return new RuleFailure(ruleId, agency, year, cause);
    }

    /** {@return the id of the rule that threw} */
    public RuleId ruleId() {
        return ruleId;
    }

    /** {@return the agency of the report the rule was checking} */
    public String agency() {
        return agency;
    }

    /** {@return the year of the report the rule was checking} */
    public int year() {
        return year;
    }

    /** {@return the exception's class and message, e.g. {@code java.lang.IllegalStateException: no row 7}} */
    public String message() {
        return message;
    }

    /** {@return what the rule threw} */
    public Throwable cause() {
        return cause;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RuleFailure other && ruleId.equals(other.ruleId) && agency.equals(other.agency)
                && year == other.year && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, agency, year, message);
    }

    /** {@return the rule, the report and the message} */
    @Override
    public String toString() {
        return "rule " + ruleId + " failed on the report of " + agency + " on " + year + ": " + message;
    }
}
