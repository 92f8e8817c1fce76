/**
 * The CSV formats: {@link dev.xxgk.serialization.csv.WideCsvFormat} (id {@code csv}), one report
 * per line for data sets, read and written streaming; and
 * {@link dev.xxgk.serialization.csv.LayoutCsvFormat} (id {@code csv-layout}), one report laid out
 * as the official tables for people ({@code docs/csv-format.md}).
 *
 * <p>No method accepts or returns {@code null}. Formats are immutable and thread-safe; their
 * readers and writers never close the streams they are given.
 */
package dev.xxgk.serialization.csv;
