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

    static ReportFormat formatOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage(), e);
        }
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
     * rows is never held at once.
     *
     * @throws UsageException if the file cannot be read or is not a report of its format
     */
    static void read(Path file, Consumer<Input> each) {
        ReportFormat format = formatOf(file);
        ReportReader reader = format.reader().orElseThrow();
        String source = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
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
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage(), e);
        }
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
