/**
 * The report generators under QuickTheories, with shrinking: {@link dev.xxgk.testkit.quicktheories.ReportGens}.
 * Needs {@code org.quicktheories:quicktheories}, an optional dependency of {@code xxgk-testkit}.
 *
 * <p>No method accepts or returns {@code null}.
 */
package dev.xxgk.testkit.quicktheories;
