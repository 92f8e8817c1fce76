package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.testing.Deviations;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The html writer has no place yet for a row of another edition a report keeps as printed: it refuses
 * the report with an error naming the row, and writes nothing, rather than drop the row silently.
 */
class HtmlDeviationsTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportWithADeviationIsRefusedNotWrittenWithoutIt(Edition edition) {
        AnnualReport report = ReportGenerator.withDeviations(new SplittableRandom(7), edition);
        Deviations.assertRefused(new HtmlFormat(), report);
        // without its deviations the same report is written
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlFormat().writer().orElseThrow().write(report.toBuilder().deviations(List.of()).build(), out);
        assertEquals(true, out.size() > 0);
    }
}
