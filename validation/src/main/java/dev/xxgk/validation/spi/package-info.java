/**
 * Extension points of the rule engine: {@link dev.xxgk.validation.spi.ReportRule}, found with
 * {@link java.util.ServiceLoader}, the {@link dev.xxgk.validation.spi.RuleContext} the engine
 * passes it, and {@link dev.xxgk.validation.spi.LocalizedText} for its messages.
 *
 * <p>Interfaces only. No method accepts or returns {@code null}.
 */
package dev.xxgk.validation.spi;
