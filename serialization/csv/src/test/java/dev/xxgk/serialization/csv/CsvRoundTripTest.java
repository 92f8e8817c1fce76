package dev.xxgk.serialization.csv;

import static dev.xxgk.serialization.testing.Tries.TRIES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.serialization.testing.Tries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wide and layout CSV → report → CSV over generated reports of both editions, blanks included. */
class CsvRoundTripTest {

    private static final WideCsvFormat WIDE = new WideCsvFormat();
    private static final LayoutCsvFormat LAYOUT = new LayoutCsvFormat();

    static Stream<Arguments> formsAndEditions() {
        return Stream.of(WIDE, LAYOUT).flatMap(format -> Stream.of(Edition.values())
                .map(edition -> Arguments.of(format.id(), format, edition)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("formsAndEditions")
    void aReportReadsBackEqualAndWritesTheSameBytes(String id, ReportFormat format, Edition edition) {
        AtomicInteger tried = new AtomicInteger();
        qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
            tried.incrementAndGet();
            AnnualReport report = Tries.exchangeReport(seed, edition);
            byte[] csv = RoundTrip.write(format, report);
            AnnualReport read = RoundTrip.read(format, csv);
            assertEquals(report, read);
            assertArrayEquals(csv, RoundTrip.write(format, read));
        });
        assertEquals(TRIES, tried.get());
    }

    @Test
    void aDataSetMixingEditionsReadsBackInOrder() {
        qt().withExamples(Math.max(1, TRIES / 10)).forAll(longs().all(), integers().between(0, 40))
                .checkAssert((seed, size) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<AnnualReport> reports = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        reports.add(Tries.exchangeReport(random.nextLong(),
                                random.nextBoolean() ? Edition.EDITION_2019 : Edition.EDITION_2021));
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (ReportSink sink = WIDE.writer().orElseThrow().open(out)) {
                        reports.forEach(sink::write);
                    }
                    try (Stream<Reading> readings = WIDE.reader().orElseThrow()
                            .readAll(new ByteArrayInputStream(out.toByteArray()), "data.csv")) {
                        assertEquals(reports, readings.map(Reading::report).toList());
                    }
                });
    }
}
