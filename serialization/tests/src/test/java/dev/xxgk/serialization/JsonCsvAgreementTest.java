package dev.xxgk.serialization;
import static dev.xxgk.serialization.testing.Tries.TRIES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.csv.LayoutCsvFormat;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.serialization.testing.Tries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JSON and both CSV forms read the same report from what they write, and convert into each other losslessly. */
class JsonCsvAgreementTest {

    private static final JsonFormat JSON = new JsonFormat();
    private static final WideCsvFormat WIDE = new WideCsvFormat();
    private static final LayoutCsvFormat LAYOUT = new LayoutCsvFormat();

    @ParameterizedTest
    @EnumSource(Edition.class)
    void jsonAndCsvGiveEqualReports(Edition edition) {
        qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = Tries.exchangeReport(seed, edition);
            byte[] json = RoundTrip.write(JSON, report);
            AnnualReport fromJson = RoundTrip.read(JSON, json);
            AnnualReport fromWide = RoundTrip.read(WIDE, RoundTrip.write(WIDE, fromJson));
            AnnualReport fromLayout = RoundTrip.read(LAYOUT, RoundTrip.write(LAYOUT, fromWide));
            assertEquals(fromJson, fromWide);
            assertEquals(fromWide, fromLayout);
            assertEquals(report, fromLayout);
            assertArrayEquals(json, RoundTrip.write(JSON, fromLayout));
        });
    }
}
