/**
 * Reading and writing reports: the registry of formats ({@link dev.xxgk.serialization.ReportFormats}),
 * readings with their notes, and the exception every reader throws on bad input,
 * {@link dev.xxgk.serialization.ReportFormatException}. Formats plug in through
 * {@link dev.xxgk.serialization.spi}.
 *
 * <p>Readers and writers work on streams and never close a stream they did not open. No method
 * accepts or returns {@code null} unless documented. Every type here is immutable and thread-safe.
 */
package dev.xxgk.serialization;
