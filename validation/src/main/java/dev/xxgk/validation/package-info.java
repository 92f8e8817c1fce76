/**
 * The rule engine: checks an annual report against the arithmetic of its template, the limits of
 * what its cells mean, what its own texts say, last year's report, and the reports of its
 * children ({@link dev.xxgk.validation.aggregate}), and says exactly where and why it is wrong.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard(Profile.AUDIT).validate(report);
 * result.isValid();                 // no violation of severity error
 * for (Violation v : result.violations()) {
 *     v.ruleId();                   // APP-BALANCE, a RuleId
 *     v.path();                     // applications.carriedForward.total, a CellPath
 *     v.label();                    // 四、结转下年度继续办理｜总计
 *     v.message(Locale.CHINESE);    // 「总计」列：一 + 二 = 18 + 0 = 18，但 三（七）总计 + 四 = 17 + 0 = 17（…）
 * }
 * }</pre>
 *
 * <h2>Rules</h2>
 * Every rule has a stable public id; {@link dev.xxgk.validation.ReportValidator#rules()} lists
 * them with their basis and severity, and {@code docs/rules.md} documents each. The arithmetic
 * rules check the relations of the template's catalogue ({@link dev.xxgk.template.Template#relations()});
 * a violation of a relation is reported on its anchor, the total or balancing cell.
 *
 * <h2>Blank cells</h2>
 * A blank cell is not 0. An equation with a blank part is not checked; {@code BLANK-CELL} reports
 * the blank instead, as an error in profile {@link dev.xxgk.validation.Profile#FILING} and a
 * warning in {@link dev.xxgk.validation.Profile#AUDIT}, and {@code PARTS-EXCEED-TOTAL} checks what
 * the equation still implies: the filled parts do not exceed the total.
 *
 * <h2>Rules that fail</h2>
 * A rule added through the SPI that throws is its own failure, listed in
 * {@link dev.xxgk.validation.ValidationResult#failures()}; the other rules still run.
 *
 * <h2>Bean Validation</h2>
 * {@link dev.xxgk.model.AnnualReport} carries {@link dev.xxgk.constraint.ConsistentReport}; with this
 * module present, Hibernate Validator finds its validator through {@code ServiceLoader}, and
 * {@code Validator.validate(report)} returns one constraint violation per rule violation of
 * severity error, its property path the cell's code, its message in the JVM's default locale.
 *
 * <h2>Nulls and threads</h2>
 * No method accepts or returns {@code null}. Every type here is immutable and thread-safe, except
 * {@link dev.xxgk.validation.ReportValidator.Builder}, which is for one thread.
 */
package dev.xxgk.validation;
