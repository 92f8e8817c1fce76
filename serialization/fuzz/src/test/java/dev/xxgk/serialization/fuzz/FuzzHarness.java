package dev.xxgk.serialization.fuzz;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.UnknownFormatException;
import dev.xxgk.serialization.spi.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The invariant every fuzz target checks, whatever the reader: reading any bytes either refuses them
 * with a {@link ReportFormatException} or gives reports, nothing else escapes (an unchecked
 * exception or an {@code Error}, {@code OutOfMemoryError} included, is a finding), within a time
 * bound ({@link #MAX_NANOS}) and the fuzzing JVM's small heap; and every report accepted re-reads
 * equal in every format of the SDK that writes.
 *
 * <p>A reader is one line to add: a {@code @FuzzTest} method calling {@link #read} with its format.
 */
final class FuzzHarness {

    /** The most one input may take to read and write back: far above what a report takes, below a hang. */
    static final long MAX_NANOS = 10_000_000_000L;

    private FuzzHarness() {
    }

    /**
     * Reads the input with a format, and checks the invariant.
     *
     * @param format the format
     * @param input the bytes
     */
    static void read(ReportFormat format, byte[] input) {
        long start = System.nanoTime();
        List<AnnualReport> reports = new ArrayList<>();
        try {
            if (format.holdsMany()) {
                try (Stream<Reading> readings = format.reader().orElseThrow().readAll(new ByteArrayInputStream(input),
                        "fuzz")) {
                    readings.forEach(reading -> reports.add(reading.report()));
                }
            } else {
                reports.add(format.reader().orElseThrow().read(new ByteArrayInputStream(input), "fuzz").report());
            }
        } catch (ReportFormatException e) {
            Objects.requireNonNull(e.getMessage(), "a refusal says why");
            within(start, format);
            return;
        }
        for (AnnualReport report : reports) {
            rereads(report);
        }
        within(start, format);
    }

    /**
     * Sniffs the format of a file from its name and first bytes: only {@link UnknownFormatException}
     * may say no.
     *
     * @param name the file name
     * @param head the first bytes
     */
    static void sniff(String name, byte[] head) {
        try {
            ReportFormat format = ReportFormats.installed().forFile(name, head);
            Objects.requireNonNull(format, "a format or an exception");
        } catch (UnknownFormatException e) {
            Objects.requireNonNull(e.getMessage(), "a refusal says why");
        }
    }

    /** The formats whose writers carry a report's template deviations; the others refuse such a report. */
    private static final java.util.Set<String> CARRY_DEVIATIONS = java.util.Set.of("json", "csv", "csv-layout");

    /**
     * Every format of the SDK that writes reads its own output of the report back equal. The
     * published text, whose reader interprets the texts (headings, table labels, signatures),
     * instead refuses to write what it cannot hold, with an {@code IllegalArgumentException} that
     * names the field (docs/published-text.md); what it writes must read back equal too. Template
     * deviations are compared too; a writer that cannot carry them refuses a report that has some.
     */
    static void rereads(AnnualReport report) {
        for (ReportFormat format : ReportFormats.installed().all()) {
            if (format.writer().isEmpty() || format.reader().isEmpty()) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!report.deviations().isEmpty() && !CARRY_DEVIATIONS.contains(format.id())) {
                // a writer that has no place for a row of another edition refuses the report, never drops the row
                try {
                    format.writer().orElseThrow().write(report, out);
                } catch (IllegalArgumentException e) {
                    if (e.getMessage().startsWith("deviations: ") && out.size() == 0) {
                        continue;
                    }
                    throw e;
                }
                throw new AssertionError(format.id() + " wrote a report with template deviations it cannot carry");
            }
            try {
                format.writer().orElseThrow().write(report, out);
            } catch (IllegalArgumentException e) {
                if (!format.id().equals("text")) {
                    throw new AssertionError(format.id() + " refuses to write an accepted report: " + e.getMessage(), e);
                }
                Objects.requireNonNull(e.getMessage(), "a refusal says why");
                continue;
            }
            AnnualReport back;
            try {
                back = format.reader().orElseThrow().read(new ByteArrayInputStream(out.toByteArray()), "rewritten")
                        .report();
            } catch (ReportFormatException e) {
                throw new AssertionError(format.id() + " refuses its own output of an accepted report: "
                        + e.getMessage(), e);
            }
            // deviations included: the rows of another edition a published report prints come back too
            if (!back.equals(report)) {
                throw new AssertionError(format.id() + " reads its own output back different:\n" + report + "\n"
                        + back);
            }
        }
    }

    private static void within(long start, ReportFormat format) {
        long took = System.nanoTime() - start;
        if (took > MAX_NANOS) {
            throw new AssertionError(format.id() + " took " + took / 1_000_000 + " ms for one input");
        }
    }
}
