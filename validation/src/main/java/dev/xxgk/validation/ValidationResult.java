package dev.xxgk.validation;

import java.util.List;

/**
 * What a {@link ReportValidator} found in a report: every violation, in a deterministic order,
 * and the rules that could not apply.
 *
 * <p>Violations are in the order of {@link ReportValidator#rules()}, and within one rule in the
 * template's order of cells (header fields first); the same report always gives the same list.
 * A report is valid when it has no violation of severity {@link Severity#ERROR}: warnings and
 * infos do not make it invalid. Immutable and thread-safe.
 */
public final class ValidationResult {

    private static final ValidationResult EMPTY = new ValidationResult(List.of(), List.of(), List.of());

    private final List<Violation> violations;
    private final List<NotApplied> notApplied;
    private final List<RuleFailure> failures;
    private final int errors;
    private final int warnings;
    private final int infos;

    private ValidationResult(List<Violation> violations, List<NotApplied> notApplied, List<RuleFailure> failures) {
        this.violations = List.copyOf(violations);
        this.notApplied = List.copyOf(notApplied);
        this.failures = List.copyOf(failures);
        int e = 0;
        int w = 0;
        int i = 0;
        for (Violation violation : this.violations) {
            switch (violation.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        this.errors = e;
        this.warnings = w;
        this.infos = i;
    }

    /**
     * The result with no violation and no rule left unapplied. Validating a report that breaks no
     * rule returns this instance.
     *
     * @return the empty result
     */
    public static ValidationResult empty() {
        return EMPTY;
    }

    /**
     * A result.
     *
     * @param violations the violations, in the order to keep
     * @param notApplied the rules that could not apply
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations, List<NotApplied> notApplied) {
        return of(violations, notApplied, List.of());
    }

    /**
     * A result with the rules that failed.
     *
     * @param violations the violations, in the order to keep
     * @param notApplied the rules that could not apply
     * @param failures the rules added through the SPI that threw
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations, List<NotApplied> notApplied,
            List<RuleFailure> failures) {
        if (violations.isEmpty() && notApplied.isEmpty() && failures.isEmpty()) {
            return EMPTY;
        }
        return new ValidationResult(violations, notApplied, failures);
    }

    /**
     * The rules added through the SPI that threw instead of checking the report; the other rules
     * still ran.
     *
     * @return the failures, unmodifiable; empty when every rule ran
     */
    public List<RuleFailure> failures() {
        return failures;
    }

    /**
     * Every violation found, in a deterministic order (see the class documentation).
     *
     * @return the violations, unmodifiable; empty when none
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The rules that were asked to run but could not apply, with the reason.
     *
     * @return the rules not applied, unmodifiable; empty when none
     */
    public List<NotApplied> notApplied() {
        return notApplied;
    }

    /**
     * Whether the report has no violation of severity error, and every rule ran: a result with
     * {@linkplain #failures() failures} is incomplete and not valid.
     *
     * @return true when {@link #errorCount()} is 0 and no rule failed
     */
    public boolean isValid() {
        return errors == 0 && failures.isEmpty();
    }

    /**
     * The number of violations of severity error.
     *
     * @return the count
     */
    public int errorCount() {
        return errors;
    }

    /**
     * The number of violations of severity warning.
     *
     * @return the count
     */
    public int warningCount() {
        return warnings;
    }

    /**
     * The number of violations of severity info.
     *
     * @return the count
     */
    public int infoCount() {
        return infos;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ValidationResult other && violations.equals(other.violations)
                && notApplied.equals(other.notApplied) && failures.equals(other.failures);
    }

    @Override
    public int hashCode() {
        return violations.hashCode() * 31 + notApplied.hashCode();
    }

    /** {@return the counts, then one violation per line} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(errors).append(" errors, ").append(warnings).append(" warnings, ").append(infos).append(" infos");
        for (Violation violation : violations) {
            text.append('\n').append(violation);
        }
        for (NotApplied rule : notApplied) {
            text.append('\n').append(rule);
        }
        for (RuleFailure failure : failures) {
            text.append('\n').append(failure);
        }
        return text.toString();
    }
}
