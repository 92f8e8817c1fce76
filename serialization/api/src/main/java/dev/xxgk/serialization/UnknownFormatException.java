package dev.xxgk.serialization;

import dev.xxgk.XxgkException;

/** No installed {@link dev.xxgk.serialization.spi.ReportFormat} has the id, or reads the file, asked for. */
public class UnknownFormatException extends XxgkException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked for and which formats are installed
     */
    public UnknownFormatException(String message) {
        super(message);
    }
}
