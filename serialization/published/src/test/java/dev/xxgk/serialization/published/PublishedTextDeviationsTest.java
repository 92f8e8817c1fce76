package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.testing.Deviations;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The text writer has no place yet for a row of another edition a report keeps as printed: it refuses
 * the report with an error naming the row, and writes nothing, rather than drop the row silently.
 */
class PublishedTextDeviationsTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportWithADeviationIsRefused(Edition edition) {
        Deviations.assertRefused(new PublishedTextFormat(), ReportGenerator.withDeviations(new SplittableRandom(7), edition));
    }

    @Test
    void aRealReportWithADeviationIsRefusedAndWithoutItWritten() {
        AnnualReport report = Deviations.dongyingquAsHongze();
        Deviations.assertRefused(new PublishedTextFormat(), report);
        // without its deviations the same report is written, and reads back equal
        AnnualReport without = report.toBuilder().deviations(List.of()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PublishedTextFormat().writer().orElseThrow().write(without, out);
        assertEquals(without, new PublishedTextFormat().read(out.toString(StandardCharsets.UTF_8), "t.txt").report());
    }
}
