package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.template.Cell;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages made the ways portals make them, read through the whole pipeline: every cell of the
 * report, its header fields and its texts come back as the fixture holds them.
 */
class HtmlReadingTest {

    private static final HtmlFormat FORMAT = new HtmlFormat();

    static List<AnnualReport> reports() {
        return HtmlFrontEndTest.reports().toList();
    }

    static Reading read(byte[] page) {
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(page), "page.html");
    }

    /** Every cell compared, so that a failure names each cell read wrong, then the whole report. */
    static void assertSameReport(AnnualReport expected, Reading reading) {
        AnnualReport actual = reading.report();
        List<String> wrong = new ArrayList<>();
        for (Cell cell : expected.template().cells()) {
            if (actual.edition() != expected.edition()) {
                break;
            }
            if (!cell.get(expected).equals(cell.get(actual))) {
                wrong.add(cell.code() + ": expected " + cell.get(expected) + ", read " + cell.get(actual));
            }
        }
        List<String> notes = reading.notes().stream().map(n -> n.location() + " " + n.message(Locale.ENGLISH)).toList();
        assertEquals(List.of(), wrong, () -> "notes: " + notes);
        assertEquals(expected, actual, () -> "notes: " + notes);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theWrittenPage(AnnualReport report) {
        assertSameReport(report, read(PortalPages.official(report).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aWordExportedPage(AnnualReport report) {
        assertSameReport(report, read(PortalPages.word(report)));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aCmsPageInsideTheSiteChrome(AnnualReport report) {
        assertSameReport(datedByTheMetadataBox(report), read(PortalPages.cms(report, true).getBytes(StandardCharsets.UTF_8)));
    }

    /** The CMS page's metadata box always prints a 发布日期; the title does not, so the report takes it from the box. */
    private static AnnualReport datedByTheMetadataBox(AnnualReport report) {
        return report.publishedOn() != null ? report : report.withPublishedOn(PortalPages.CMS_DEFAULT_DATE);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aGbkPageWithoutCharsetDeclaration(AnnualReport report) {
        assertSameReport(datedByTheMetadataBox(report), read(PortalPages.cms(report, false).getBytes(PortalPages.GBK)));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aPageWhoseSectionThreeTableIsSplitInTwo(AnnualReport report) {
        assertSameReport(report, read(PortalPages.splitApplications(report).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aPageWithNbspOnlyBlanksAndOneCharacterSpans(AnnualReport report) {
        SplittableRandom random = new SplittableRandom(report.year());
        AnnualReport.Builder builder = report.toBuilder();
        List<Cell> cells = report.template().cells();
        for (int i = 0; i < 12; i++) {
            Cell cell = cells.get(random.nextInt(cells.size()));
            builder.cell(cell, cell.blank());
        }
        AnnualReport withBlanks = builder.build();
        assertSameReport(withBlanks, read(PortalPages.nbspAndOneCharacterSpans(withBlanks, random).getBytes(StandardCharsets.UTF_8)));
    }
}
