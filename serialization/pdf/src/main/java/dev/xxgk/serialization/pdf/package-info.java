/**
 * The PDF format: {@link dev.xxgk.serialization.pdf.PdfFormat} reads the PDF files agencies
 * publish through the reading pipeline, within {@link dev.xxgk.serialization.pdf.PdfLimits}.
 * No argument or result is null.
 */
package dev.xxgk.serialization.pdf;
