package dev.xxgk.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.testing.CloseTracking;
import dev.xxgk.serialization.testing.Tries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code WideCsvFormat.builder().readAhead(true)} reads exactly what the plain reader reads: the
 * same reports in the same order, and the same error after the same reports; and closing its
 * stream early stops its thread without closing the input.
 */
class WideCsvReadAheadTest {

    private static final WideCsvFormat PLAIN = new WideCsvFormat();
    private static final WideCsvFormat AHEAD = WideCsvFormat.builder().readAhead(true).build();

    /** What reading an input to its end gave: the reports, then the error's message if one stopped it. */
    private record Outcome(List<AnnualReport> reports, String error) {
    }

    private static Outcome read(WideCsvFormat format, byte[] input) {
        List<AnnualReport> reports = new ArrayList<>();
        try (Stream<Reading> readings = format.reader().orElseThrow()
                .readAll(new ByteArrayInputStream(input), "bad.csv")) {
            readings.forEach(reading -> reports.add(reading.report()));
        } catch (ReportFormatException e) {
            return new Outcome(reports, e.getMessage());
        }
        return new Outcome(reports, null);
    }

    private static byte[] dataSet(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportSink sink = PLAIN.writer().orElseThrow().open(out)) {
            for (int i = 0; i < count; i++) {
                sink.write(Tries.report(random.nextLong(), i % 2 == 0 ? Edition.EDITION_2019 : Edition.EDITION_2021));
            }
        }
        return out.toByteArray();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> wideCases() {
        return CsvBadInputTest.cases().filter(arguments -> arguments.get()[1] instanceof WideCsvFormat);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideCases")
    void eachBadInputFailsAlikeAfterTheSameReports(String name, ReportFormat format, byte[] input) {
        Outcome plain = read(PLAIN, input);
        Outcome ahead = read(AHEAD, input);
        assertTrue(plain.error() != null, name);
        assertEquals(plain, ahead, name);
    }

    @Test
    void aDataSetOfManyBatchesReadsAlike() {
        // 257 rows a batch would be one too many: several batches, the last one short
        byte[] input = dataSet(1000, 20241201);
        Outcome plain = read(PLAIN, input);
        assertEquals(1000, plain.reports().size());
        assertEquals(plain, read(AHEAD, input));
    }

    @Test
    void anErrorAfterManyRowsComesAfterEveryReportBeforeIt() {
        // 600 good rows (texts with line breaks among them), then a ragged one
        byte[] good = dataSet(600, 7);
        byte[] bad = "2021,某机关\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[good.length + bad.length];
        System.arraycopy(good, 0, input, 0, good.length);
        System.arraycopy(bad, 0, input, good.length, bad.length);
        Outcome plain = read(PLAIN, input);
        assertEquals(600, plain.reports().size());
        assertTrue(plain.error().contains("fields as in the header, found 2"), plain.error());
        assertEquals(plain, read(AHEAD, input));
    }

    @Test
    void closingEarlyStopsTheThreadAndLeavesTheInputOpen() throws InterruptedException {
        CloseTracking.Input input = new CloseTracking.Input(dataSet(3000, 11));
        try (Stream<Reading> readings = AHEAD.reader().orElseThrow().readAll(input, "big.csv")) {
            Iterator<Reading> it = readings.iterator();
            for (int i = 0; i < 10; i++) {
                it.next();
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (readAheadThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, readAheadThreads(), "the read-ahead thread did not stop");
        assertFalse(input.closed());
    }

    @Test
    void theInputIsNotClosedAfterAWholeRead() {
        CloseTracking.Input input = new CloseTracking.Input(dataSet(300, 3));
        try (Stream<Reading> readings = AHEAD.reader().orElseThrow().readAll(input, "data.csv")) {
            assertEquals(300, readings.count());
        }
        assertFalse(input.closed());
    }

    @Test
    void readingOneReportNeverStartsAThread() {
        byte[] input = dataSet(1, 5);
        InputStream in = new ByteArrayInputStream(input);
        assertEquals(read(PLAIN, input).reports().get(0), AHEAD.reader().orElseThrow().read(in, "one.csv").report());
        assertTrue(AHEAD.readAhead());
        assertFalse(PLAIN.readAhead());
    }

    private static long readAheadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("xxgk-csv-read-ahead")).count();
    }
}
