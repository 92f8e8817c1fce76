package dev.xxgk.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.testing.Pipe;
import dev.xxgk.serialization.testing.Tries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes reports in wide CSV into a pipe and reads them back from it as they come, under a small
 * heap: the whole data set never fits in memory, so the test passes only if both sides stream.
 *
 * <p>Runs in a JVM of its own with {@code -Xmx64m} (the {@code streaming} execution in the
 * module's POM). The number of reports is the system property {@code xxgk.streaming.reports},
 * 1,000,000 by default (about 800 MB of CSV, in about 40 s on 2 cores); lower it for a quick run.
 */
class WideCsvStreamingTest {

    private static final long REPORTS = Long.getLong("xxgk.streaming.reports", 1_000_000L);
    private static final long MAX_HEAP = 96L << 20;

    @Test
    void aMillionReportsStreamThroughASmallHeap() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        assertTrue(heap <= MAX_HEAP, "run with a small heap (-Xmx64m); the heap is " + (heap >> 20) + " MiB");
        SplittableRandom random = new SplittableRandom(20240126);
        List<AnnualReport> pool = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            pool.add(Tries.report(random.nextLong(), i % 2 == 0 ? Edition.EDITION_2019 : Edition.EDITION_2021));
        }
        WideCsvFormat format = new WideCsvFormat();
        Pipe pipe = new Pipe(16, 1 << 16);
        InputStream in = pipe.input();
        AtomicLong written = new AtomicLong();
        AtomicLong writtenSum = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        Thread writer = new Thread(() -> {
            try (OutputStream out = pipe.output()) {
                try (ReportSink sink = format.writer().orElseThrow().open(out)) {
                    long sum = 0;
                    for (long i = 0; i < REPORTS; i++) {
                        AnnualReport report = pool.get((int) (i % pool.size()));
                        sink.write(report);
                        sum = sum * 31 + report.hashCode();
                    }
                    writtenSum.set(sum);
                    written.set(REPORTS);
                }
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        }, "wide-csv-writer");
        writer.start();
        long read = 0;
        long readSum = 0;
        try (Stream<Reading> readings = format.reader().orElseThrow().readAll(in, "<pipe>")) {
            Iterator<Reading> it = readings.iterator();
            while (it.hasNext()) {
                AnnualReport report = it.next().report();
                if (read < pool.size()) {
                    assertEquals(pool.get((int) read), report);
                }
                readSum = readSum * 31 + report.hashCode();
                read++;
            }
        } finally {
            in.close();
            writer.join(60_000);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("wide CSV: %,d reports written and read through a pipe in %,d ms with a %d MiB heap%n",
                read, millis, heap >> 20);
        assertEquals(null, failure.get());
        assertEquals(REPORTS, written.get());
        assertEquals(REPORTS, read);
        assertEquals(writtenSum.get(), readSum);
    }
}
