package dev.xxgk.validation;

import dev.xxgk.template.CellPath;
import dev.xxgk.template.RuleId;
import dev.xxgk.validation.spi.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * One inconsistency a rule found in a report: which rule, how serious, where (the cell's code and
 * its official label), what was expected and what was found, and why, in Chinese or English.
 *
 * <pre>{@code
 * violation.ruleId();    // APP-BALANCE
 * violation.path();      // applications.carriedForward.total
 * violation.expected();  // 18  (一 + 二)
 * violation.actual();    // 17  (三（七）总计 + 四)
 * violation.message(Locale.SIMPLIFIED_CHINESE);
 *   // 「总计」列：一 + 二 = 18 + 0 = 18，但 三（七）总计 + 四 = 17 + 0 = 17（…）
 * }</pre>
 *
 * <p>The message is resolved when asked for, in the locale asked for. Two violations are equal
 * when their rule, severity, path, label, expected and actual values are equal; the message is
 * not compared. Immutable and thread-safe.
 */
public final class Violation {

    private final RuleId ruleId;
    private final Severity severity;
    private final CellPath path;
    private final String label;
    private final String expected;
    private final String actual;
    private final LocalizedText message;

    private Violation(RuleId ruleId, Severity severity, CellPath path, String label, String expected, String actual,
            LocalizedText message) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.label = Objects.requireNonNull(label, "label");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * A violation.
     *
     * @param ruleId the id of the rule that found it
     * @param severity how serious it is
     * @param path the code of the cell or field, such as {@code applications.granted.total} or {@code year}
     * @param label the official Chinese label of that cell or field
     * @param expected what was expected, as text
     * @param actual what was found, as text
     * @param message the explanation, resolved late
     * @return the violation
     * @throws NullPointerException if an argument is null
     */
    public static Violation of(RuleId ruleId, Severity severity, CellPath path, String label, String expected,
            String actual, LocalizedText message) {
        return new Violation(ruleId, severity, path, label, expected, actual, message);
    }

    /**
     * The public id of the rule that found the violation.
     *
     * @return e.g. {@code APP-BALANCE}
     */
    public RuleId ruleId() {
        return ruleId;
    }

    /**
     * How serious the violation is, after the validator's profile and overrides.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Where the violation is: the code of a cell ({@code applications.granted.total}) or of a
     * header field ({@code year}, {@code publishedOn}, {@code edition}); the same code names the
     * cell in every format.
     *
     * @return the path, printed as codes joined by {@code .}
     */
    public CellPath path() {
        return path;
    }

    /**
     * The official Chinese label of the cell or field at {@link #path()}, taken from the template's
     * catalogue.
     *
     * @return e.g. {@code 三、本年度办理结果 （一）予以公开｜总计}
     */
    public String label() {
        return label;
    }

    /**
     * What the rule expected: a number as the report would write it, or a condition such as
     * {@code ≥ 0}; {@code filled} for a blank cell.
     *
     * @return the expected value, as text
     */
    public String expected() {
        return expected;
    }

    /**
     * What the rule found: the cell's value, or the sum of the side of an equation the cell is on;
     * {@code blank} for a blank cell.
     *
     * @return the actual value, as text
     */
    public String actual() {
        return actual;
    }

    /**
     * The explanation, stating the arithmetic: in Chinese for a locale whose language is
     * {@code zh} ({@link Locale#CHINESE}, {@link Locale#SIMPLIFIED_CHINESE}), in English otherwise.
     * Chinese messages name rows and columns by their labels, English ones by their codes.
     *
     * @param locale the locale
     * @return the message
     */
    public String message(Locale locale) {
        return message.in(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * A copy with another severity.
     *
     * @param value the severity
     * @return the copy
     */
    public Violation withSeverity(Severity value) {
        return value == severity ? this : new Violation(ruleId, value, path, label, expected, actual, message);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Violation other && ruleId.equals(other.ruleId) && severity == other.severity
                && path.equals(other.path) && label.equals(other.label) && expected.equals(other.expected)
                && actual.equals(other.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, path, label, expected, actual);
    }

    /** {@return severity, rule, path, expected and actual values, and the English message} */
    @Override
    public String toString() {
        return severity.code() + " " + ruleId + " " + path + ": expected " + expected + ", actual " + actual + " ("
                + message(Locale.ROOT) + ")";
    }
}
