package dev.xxgk.serialization.spi;

import dev.xxgk.model.AnnualReport;

/**
 * Writes many reports to one document, streaming. Not thread-safe: one writer thread at a time.
 * Closing finishes the document and flushes; it does not close the underlying stream.
 */
public interface ReportSink extends AutoCloseable {

    /**
     * Writes the next report.
     *
     * @param report the report
     * @throws java.io.UncheckedIOException if writing fails
     */
    void write(AnnualReport report);

    /**
     * Finishes the document and flushes, leaving the underlying stream open.
     *
     * @throws java.io.UncheckedIOException if writing fails
     */
    @Override
    void close();
}
