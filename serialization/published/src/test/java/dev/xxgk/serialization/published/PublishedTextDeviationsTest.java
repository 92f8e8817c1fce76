package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The text writer has no place yet for a row of another edition a report keeps as printed: it refuses
 * the report with an error naming the row, and writes nothing, rather than drop the row silently.
 */
class PublishedTextDeviationsTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportWithADeviationIsRefusedNotWrittenWithoutIt(Edition edition) {
        AnnualReport report = ReportGenerator.withDeviations(new SplittableRandom(7), edition);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PublishedTextFormat().writer().orElseThrow().write(report, out));
        String row = report.deviations().get(0).label();
        assertEquals("deviations: the text writer cannot write the row \"" + row + "\" of edition "
                + report.deviations().get(0).edition().code() + " (" + report.deviations().get(0).path() + ")",
                e.getMessage().substring(0, e.getMessage().indexOf(" that the report keeps")));
        assertEquals(0, out.size());
    }

    @org.junit.jupiter.api.Test
    void aRealReportWithADeviationIsRefusedAndWithoutItWritten() {
        AnnualReport report = dev.xxgk.serialization.testing.Deviations.dongyingquAsHongze();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PublishedTextFormat().writer().orElseThrow().write(report, out));
        assertEquals(true, e.getMessage().startsWith("deviations: the text writer cannot write the row"), e.getMessage());
        assertEquals(0, out.size());
        // without its deviations the same report is written, and reads back equal
        AnnualReport without = report.toBuilder().deviations(List.of()).build();
        new PublishedTextFormat().writer().orElseThrow().write(without, out);
        assertEquals(without, new PublishedTextFormat().read(out.toString(java.nio.charset.StandardCharsets.UTF_8), "t.txt").report());
    }
}
