package dev.xxgk.serialization.spi;

import dev.xxgk.model.AnnualReport;
import java.io.OutputStream;

/**
 * Writes reports to a byte stream. Never closes the stream it is given. Stateless and
 * thread-safe; each call writes its own stream.
 */
public interface ReportWriter {

    /**
     * Writes one report as a whole document of the format, and flushes.
     *
     * @param report the report
     * @param out the output, left open
     * @throws java.io.UncheckedIOException if writing fails
     */
    void write(AnnualReport report, OutputStream out);

    /**
     * Opens a sink that writes many reports as one document, for formats that hold many (see
     * {@link ReportFormat#holdsMany()}).
     *
     * @param out the output, left open when the sink is closed
     * @return the sink
     * @throws UnsupportedOperationException if the format holds one report per document
     */
    default ReportSink open(OutputStream out) {
        throw new UnsupportedOperationException("this format holds one report per document");
    }
}
