package dev.xxgk.serialization.json;

import static dev.xxgk.serialization.testing.Tries.TRIES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.testing.Tries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JSON → report → JSON over generated reports of both editions, blanks included. */
class JsonRoundTripTest {

    private static final JsonFormat PRETTY = new JsonFormat();
    private static final JsonFormat COMPACT = JsonFormat.builder().prettyPrint(false).build();

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportReadsBackEqualAndWritesTheSameBytes(Edition edition) {
        AtomicInteger tried = new AtomicInteger();
        qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
            tried.incrementAndGet();
            AnnualReport report = Tries.exchangeReport(seed, edition);
            for (JsonFormat format : new JsonFormat[] {PRETTY, COMPACT}) {
                byte[] json = write(format, report);
                AnnualReport read = format.reader().orElseThrow()
                        .read(new ByteArrayInputStream(json), "seed-" + seed + ".json").report();
                assertEquals(report, read);
                assertArrayEquals(json, write(format, read));
            }
        });
        assertEquals(TRIES, tried.get());
    }

    private static byte[] write(JsonFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = format.writer().orElseThrow();
        writer.write(report, out);
        return out.toByteArray();
    }
}
