package dev.xxgk.examples.cli;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.UnknownFormatException;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Opens the files named on the command line, each in the format its name and first bytes say. */
final class Inputs {

    private static final int HEAD = 8192;

    private static final WideCsvFormat READ_AHEAD = WideCsvFormat.builder().readAhead(true).build();

    private Inputs() {
    }

    /** One report read from a file; {@code index} counts reports within a file that holds many, from 1, else 0. */
    record Input(int index, Reading reading) {
    }

    /** The format of a file from its name and first bytes. */
    static ReportFormat formatOf(Path file, byte[] head) {
        try {
            ReportFormat format = ReportFormats.installed().forFile(file.getFileName().toString(), head);
            if (format.reader().isEmpty()) {
                throw new UsageException(file + ": the format " + format.id() + " cannot be read");
            }
            // a data set of many reports: split rows on a second thread while this one validates
            return format instanceof WideCsvFormat ? READ_AHEAD : format;
        } catch (UnknownFormatException e) {
            throw new UsageException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every report of a file and hands each on, streaming, so that a data set of millions of
     * rows is never held at once. The file is opened once (item 16: a named pipe can be read only
     * once): its first bytes, which tell its format, are read through a mark.
     *
     * @throws UsageException if the file cannot be read or is not a report of its format
     */
    static void read(Path file, Consumer<Input> each) {
        String source = file.toString();
        InputStream opened;
        try {
            opened = new java.io.FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int available() {
                    // NIO's stream seeks to answer, which a named pipe cannot ("illegal seek")
                    try {
                        return super.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }
            };
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + why(e), e);
        }
        try (InputStream in = new BufferedInputStream(opened, 1 << 16)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            ReportFormat format = formatOf(file, head);
            ReportReader reader = format.reader().orElseThrow();
            if (format.holdsMany()) {
                int[] index = {0};
                try (Stream<Reading> readings = reader.readAll(in, source)) {
                    readings.forEach(reading -> each.accept(new Input(++index[0], reading)));
                }
            } else {
                each.accept(new Input(0, reader.read(in, source)));
            }
        } catch (ReportFormatException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + why(e), e);
        } catch (UncheckedIOException e) {
            throw new UsageException(file + ": cannot read: " + why(e.getCause()), e);
        }
    }

    /**
     * What went wrong with a file, in words: no Java exception name, no path other than the file's
     * own, which the caller names (item 17).
     *
     * @param e the failure
     * @return e.g. {@code permission denied}
     */
    static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return lower(fs.getReason());
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "the text is not valid in its charset";
        }
        return e.getMessage() == null ? "an input or output error" : lower(e.getMessage());
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /**
     * Reads every report of a file at once, for a file known to be small (last year's report).
     *
     * @throws UsageException if the file cannot be read or is not a report of its format
     */
    static List<Reading> readAll(Path file) {
        List<Reading> readings = new ArrayList<>();
        read(file, input -> readings.add(input.reading()));
        return readings;
    }
}
