package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.model.TemplateDeviation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writer is lossless or refuses: what it writes reads back equal, and a report the text form
 * cannot hold is refused with the field and the place, never written to read back as another.
 */
class PublishedTextWriterTest {

    private static final PublishedTextWriter WRITER = new PublishedTextWriter();
    private static final String CANNOT = "the published text cannot hold this report exactly";

    private static IllegalArgumentException refused(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(report, out));
        assertEquals(0, out.size(), "nothing is written");
        return e;
    }

    @Test
    void aReportItCanHoldIsWrittenAndReadsBackEqual() {
        for (AnnualReport report : List.of(PublishedReports.zhaoyuan2019(), PublishedReports.dongyingXzsp2020(),
                PublishedReports.dongyingqu2023())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WRITER.write(report, out);
            assertEquals(report, new PublishedTextReader().read(new ByteArrayInputStream(out.toByteArray()), "t.txt")
                    .report());
        }
    }

    @Test
    void aLeadingSpaceOfATextIsRefusedWhereItIs() {
        // fuzzing's json/crash-7fc05c…: the reader trims a line's white space, so the space would be lost
        AnnualReport report = PublishedReports.dongyingqu2023().withProblemsAndImprovements(" 一是公开内容不够全面。");
        IllegalArgumentException e = refused(report);
        assertTrue(e.getMessage().startsWith("problemsAndImprovements: " + CANNOT), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 1 of the text, \"\\u0020一是公开内容不够全面。\" reads back as"
                + " \"一是公开内容不够全面。\""), e.getMessage());
    }

    @Test
    void anEmptyLineOrATrailingSpaceInsideATextIsRefused() {
        AnnualReport empty = PublishedReports.dongyingqu2023().withOverview(Overview.of("第一段。\n\n第二段。"));
        IllegalArgumentException e = refused(empty);
        assertTrue(e.getMessage().startsWith("overview.text: " + CANNOT), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 2 of the text, \"第一段。\\n\\n第二段。\" reads back as \"第一段。\\n第二段。\""),
                e.getMessage());

        AnnualReport trailing = PublishedReports.dongyingqu2023().withOtherMatters("无。\u3000");
        assertTrue(refused(trailing).getMessage().startsWith("otherMatters: " + CANNOT));
    }

    @Test
    void aLineTheReaderTakesForAHeadingIsRefused() {
        AnnualReport report = PublishedReports.dongyingqu2023()
                .withProblemsAndImprovements("下一步：\n六、其他需要报告的事项\n无。");
        assertTrue(refused(report).getMessage().contains(CANNOT));
    }

    @Test
    void anAgencyWithASpaceIsRefused() {
        IllegalArgumentException e = refused(PublishedReports.dongyingqu2023().withAgency("东营市 东营区人民政府办公室"));
        assertTrue(e.getMessage().startsWith("agency: " + CANNOT), e.getMessage());
    }

    @Test
    void aRowOfAnotherEditionIsRefusedByName() {
        AnnualReport report = dev.xxgk.serialization.testing.Deviations.dongyingquAsHongze();
        IllegalArgumentException e = refused(report);
        assertTrue(e.getMessage().startsWith("deviations: the text writer cannot write the row"), e.getMessage());
        assertTrue(e.getMessage().contains("（六）其他处理"), e.getMessage());
    }
}
