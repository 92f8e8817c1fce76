package dev.xxgk.serialization.spi;

import dev.xxgk.serialization.Reading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A format reports are read from or written to, found by {@link java.util.ServiceLoader}.
 * Implementations must be stateless and thread-safe, and have a public no-argument constructor
 * (or a public static {@code provider()} method, on the module path).
 */
public interface ReportFormat {

    /**
     * The format's id, unique among installed formats: {@code json}, {@code csv},
     * {@code csv-layout}, {@code text}, or a user's own.
     *
     * @return the id
     */
    String id();

    /**
     * What the format is, for a person choosing one.
     *
     * @return a one-line description
     */
    String description();

    /**
     * The extensions of files in this format, without the dot, e.g. {@code json}.
     *
     * @return the extensions, lower case
     */
    List<String> fileExtensions();

    /**
     * Whether a file starting with these bytes is in this format, asked only when several
     * formats share the file's extension (wide and layout CSV both use {@code .csv}).
     *
     * @param head the file's first bytes, possibly empty
     * @return true if the bytes look like this format
     */
    default boolean recognizes(byte[] head) {
        return true;
    }

    /**
     * Whether one input of this format can hold many reports (a wide CSV data set) rather than
     * exactly one.
     *
     * @return true if it holds many
     */
    default boolean holdsMany() {
        return false;
    }

    /**
     * The format's reader.
     *
     * @return the reader, or empty if the format is written only
     */
    Optional<ReportReader> reader();

    /**
     * The format's writer.
     *
     * @return the writer, or empty if the format is read only
     */
    Optional<ReportWriter> writer();

    /**
     * Reads the one report of a file: {@link ReportReader#read} of this format's reader, the file's
     * path as the source that errors name.
     *
     * @param file the file
     * @return the reading
     * @throws UnsupportedOperationException if the format does not read
     * @throws dev.xxgk.serialization.ReportFormatException if the file is not exactly one report
     *     of the format
     * @throws UncheckedIOException if the file cannot be read
     */
    default Reading read(Path file) {
        Objects.requireNonNull(file, "file");
        ReportReader reader = reader().orElseThrow(
                () -> new UnsupportedOperationException("the format " + id() + " does not read"));
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
