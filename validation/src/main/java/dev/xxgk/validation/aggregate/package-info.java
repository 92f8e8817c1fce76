/**
 * Parents and children: the report of a county (or a city) as the sum of the reports of its
 * departments and townships. {@link dev.xxgk.validation.aggregate.Aggregation#sum} adds child
 * reports into a parent's; {@link dev.xxgk.validation.ReportValidator#validateSum} checks a
 * published parent against its children with the rules {@code PARENT-SUM} and
 * {@code PARENT-CHILD-MISSING}.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}.
 */
package dev.xxgk.validation.aggregate;
