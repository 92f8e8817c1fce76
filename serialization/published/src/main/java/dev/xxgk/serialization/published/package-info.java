/**
 * The published text of a report: {@link dev.xxgk.serialization.published.PublishedTextFormat} reads
 * what agencies publish on the web or in a PDF into the model, with notes on every damaged place,
 * and writes a report back in the official layout.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}.
 */
package dev.xxgk.serialization.published;
