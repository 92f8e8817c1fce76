package dev.xxgk.serialization.spi;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import java.io.InputStream;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads reports from a byte stream. Never closes the stream it is given. Stateless and
 * thread-safe; each call reads its own stream.
 */
public interface ReportReader {

    /**
     * Reads the one report the input holds.
     *
     * @param in the input, read to its end and left open
     * @param source where the input came from, for error messages: a file name or {@code <stdin>}
     * @return the report and the reader's notes
     * @throws ReportFormatException if the input is not exactly one report of the format;
     *     nothing is returned in part
     * @throws java.io.UncheckedIOException if reading the stream fails
     */
    Reading read(InputStream in, String source);

    /**
     * Reads every report the input holds, lazily, in order: a wide CSV data set of millions of
     * reports is read in constant memory. A format that holds one report per input returns a
     * stream of that one.
     *
     * <p>The stream throws {@link ReportFormatException} from its terminal operation at the first
     * bad report, after the good reports before it were handed on. Closing the stream releases
     * what the reader holds; it does not close {@code in}.
     *
     * <p>By default, for a format that holds one report per input: a stream of the one report
     * {@link #read} reads when the stream is consumed.
     *
     * @param in the input, left open
     * @param source where the input came from, for error messages
     * @return the readings
     */
    default Stream<Reading> readAll(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return Stream.of(source).map(s -> read(in, s));
    }
}
