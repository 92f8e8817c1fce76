package dev.xxgk.serialization.xlsx;

import static dev.xxgk.serialization.testing.Tries.TRIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.serialization.testing.Tries;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The law of the format: a report written as a workbook reads back to an equal report, in either
 * edition, every cell filled or with blanks, whatever its texts and agency hold. A workbook is written
 * and read through POI and the pipeline, far slower than a line of CSV, so the property runs a
 * fiftieth of {@code xxgk.property.tries} (20 an edition in CI; raise the property for a long run).
 */
class XlsxRoundTripTest {

    private static final XlsxFormat FORMAT = new XlsxFormat();
    static final int WORKBOOK_TRIES = Math.max(10, TRIES / 50);

    private static Reading read(byte[] xlsx) {
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(xlsx), "round-trip.xlsx");
    }

    @Test
    void thePublishedReportsReadBackEqual() {
        for (AnnualReport report : new AnnualReport[] {PublishedReports.dongyingqu2023(), PublishedReports.zhaoyuan2019()}) {
            Reading reading = read(RoundTrip.write(FORMAT, report));
            assertEquals(report, reading.report());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aGeneratedReportReadsBackEqual(Edition edition) {
        AtomicInteger tried = new AtomicInteger();
        qt().withExamples(WORKBOOK_TRIES).forAll(longs().all()).checkAssert(seed -> {
            tried.incrementAndGet();
            AnnualReport report = Tries.report(seed, edition);
            assertEquals(report, read(RoundTrip.write(FORMAT, report)).report());
        });
        assertEquals(WORKBOOK_TRIES, tried.get());
    }
}
