/**
 * The report as an Excel workbook: {@link dev.xxgk.serialization.xlsx.XlsxFormat} (format id
 * {@code xlsx}) reads and writes {@code .xlsx}; {@link dev.xxgk.serialization.xlsx.XlsFormat}
 * (format id {@code xls}) reads the older {@code .xls}. Both are found by
 * {@link java.util.ServiceLoader} through {@link dev.xxgk.serialization.ReportFormats}.
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns null.
 */
package dev.xxgk.serialization.xlsx;
