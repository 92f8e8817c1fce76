package dev.xxgk.validation.spi;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.validation.Basis;
import dev.xxgk.validation.Severity;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A rule added to the engine by a vendor or a province: a check the national template does not
 * make, such as a province's own requirement.
 *
 * <p>Rules are found with {@link java.util.ServiceLoader}: on the module path, declare
 * {@code provides dev.xxgk.validation.spi.ReportRule with com.example.MyRule;} in your
 * {@code module-info.java}; on the class path, list the class in
 * {@code META-INF/services/dev.xxgk.validation.spi.ReportRule}. A provider needs a public
 * no-argument constructor. They can also be added one by one with
 * {@link dev.xxgk.validation.ReportValidator.Builder#addRule}.
 *
 * <pre>{@code
 * public final class PlatformsRequired implements ReportRule {
 *     public String id() { return "SD-PLATFORMS"; }
 *     public Severity defaultSeverity() { return Severity.WARNING; }
 *     public Basis basis() { return Basis.PRACTICE; }
 *     public String description(Locale locale) { return "section one names the platforms"; }
 *     public void check(AnnualReport report, RuleContext context) {
 *         if (report.overview().platforms().isBlank()) {
 *             context.report(ReportField.OVERVIEW_PLATFORMS, "filled", "empty",
 *                     LocalizedText.of("the platforms are not described", "未说明政府信息公开平台建设情况"));
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>A rule must be stateless and thread-safe: one instance checks every report, on any thread.
 * It must never fire on a correct report, and it must skip (not guess) where a cell it needs is
 * blank: {@code BLANK-CELL} reports blank cells. A rule that throws is reported as its own failure
 * ({@link dev.xxgk.validation.RuleFailure}, in {@link dev.xxgk.validation.ValidationResult#failures()}):
 * what it reported in that call is dropped and the other rules still run.
 */
public interface ReportRule {

    /**
     * The rule's public id: upper-case letters and digits in words joined by {@code -}, such as
     * {@code SD-PLATFORMS}; stable, never reused, and different from every other rule's.
     *
     * @return the id
     */
    String id();

    /**
     * The severity of the rule's violations unless the validator is told otherwise.
     *
     * @return the severity
     */
    Severity defaultSeverity();

    /**
     * Where the rule comes from.
     *
     * @return the basis
     */
    Basis basis();

    /**
     * What the rule checks, in one sentence, for a listing of the rules.
     *
     * @param locale the locale; Chinese for a locale whose language is {@code zh}
     * @return the description, never null
     */
    String description(Locale locale);

    /**
     * The editions the rule applies to. A single-report rule is called only for reports of these
     * editions; a cross-year rule only when both reports are of these editions.
     *
     * @return the editions, not empty; both by default
     */
    default Set<Edition> editions() {
        return EnumSet.allOf(Edition.class);
    }

    /**
     * Whether the rule compares this year's report with last year's. A cross-year rule is called
     * through {@link #checkAcrossYears} only, and only when both reports are of the same agency,
     * of consecutive years and of its {@link #editions()}; otherwise the engine reports it as not
     * applied.
     *
     * @return false by default
     */
    default boolean isCrossYear() {
        return false;
    }

    /**
     * Checks one report and reports each violation to the context. Called for single-report
     * rules only.
     *
     * @param report the report, of one of {@link #editions()}
     * @param context where violations go
     */
    default void check(AnnualReport report, RuleContext context) {
    }

    /**
     * Checks this year's report against last year's. Called for cross-year rules only.
     *
     * @param current this year's report
     * @param previous the same agency's report on the year before
     * @param context where violations go; they are about cells of {@code current}
     */
    default void checkAcrossYears(AnnualReport current, AnnualReport previous, RuleContext context) {
    }
}
