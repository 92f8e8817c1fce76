package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the real published texts and checks every cell of sections 二, 三 and 四 against figures
 * written out by hand from the texts, with the header facts and the notes of every row that
 * needed the table's arithmetic.
 */
class PublishedTextFixturesTest {

    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();

    private static Reading read(String name) {
        byte[] bytes = PublishedReports.bytes(name);
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(bytes), name);
    }

    /** Row code (without the section) and the row's cells as printed: numbers, {@code /} for blank. */
    private static Map<String, String> rows(String... codeAndValues) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValues.length; i += 2) {
            if (rows.put(codeAndValues[i], codeAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("row twice: " + codeAndValues[i]);
            }
        }
        return rows;
    }

    /**
     * The rows of section 三 of an edition: the rows given with their cells, every other row seven
     * zeros. A code given that is no row of the edition fails, and the edition has the 23 (2019)
     * or 25 (2021) rows TEMPLATE.md counts.
     */
    private static Map<String, String> applications(Edition edition, String... codeAndValues) {
        Map<String, String> given = rows(codeAndValues);
        Map<String, String> rows = new LinkedHashMap<>();
        for (Row row : Template.of(edition).rows(Section.APPLICATIONS)) {
            String code = row.code().substring(Section.APPLICATIONS.code().length() + 1);
            String values = given.remove(code);
            rows.put(code, values == null ? "0 0 0 0 0 0 0" : values);
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("no row of section 三 in edition " + edition + ": " + given.keySet());
        }
        assertEquals(edition == Edition.EDITION_2019 ? 23 : 25, rows.size(), "rows of section 三");
        return rows;
    }

    private static CellValue expected(Cell cell, String text) {
        if (text.equals("/")) {
            return cell.blank();
        }
        if (cell.kind() == CellKind.MONEY_WAN_YUAN) {
            return Money.ofWanYuan(new BigDecimal(text));
        }
        return cell.kind() == CellKind.MONEY ? Money.parse(text) : Count.parse(text);
    }

    /** Asserts every cell of one section, and that the expectations name every row of it. */
    private static void assertSection(AnnualReport report, Section section, Map<String, String> expected) {
        Template template = report.template();
        List<String> codes = template.rows(section).stream().map(Row::code).toList();
        assertEquals(codes, expected.keySet().stream().map(k -> section.code() + "." + k).toList(),
                "the expectations list every row of " + section.code());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> row : expected.entrySet()) {
            String[] values = row.getValue().split(" ");
            List<Cell> cells = template.cells().stream()
                    .filter(c -> c.row().code().equals(section.code() + "." + row.getKey())).toList();
            assertEquals(cells.size(), values.length, row.getKey());
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                CellValue want = expected(cell, values[c]);
                checks.add(() -> assertEquals(want, cell.get(report), cell.code()));
            }
        }
        assertAll(checks);
    }

    private static List<String> linesAndPaths(Reading reading) {
        return reading.notes().stream().map(n -> n.line() + " " + n.path()).toList();
    }

    private static List<String> truncated(Reading reading) {
        return reading.notes().stream().filter(n -> n.id().equals("published.label-truncated"))
                .map(n -> n.line() + " " + n.path()).toList();
    }

    /** The first note on a path other than a cut label's, which {@link #truncated} checks. */
    private static ReadingNote note(Reading reading, String path) {
        return reading.notes().stream().filter(n -> n.path().equals(path) && !n.id().equals("published.label-truncated"))
                .findFirst().orElseThrow();
    }

    @Test
    void zhaoyuan2019() {
        Reading reading = read(PublishedReports.ZHAOYUAN_2019);
        AnnualReport report = reading.report();
        assertEquals(Edition.EDITION_2019, report.edition());
        assertEquals("招远市人民政府办公室", report.agency());
        assertEquals(2019, report.year());
        assertNull(report.publishedOn());
        assertSection(report, Section.PROACTIVE_DISCLOSURE, rows(
                "regulations", "0 0 0",
                "normativeDocuments", "4 4 16",
                "licensing", "0 0 0",
                "otherServices", "2 0 0",
                "penalties", "0 0 0",
                "coercion", "0 0 0",
                "fees", "0 0",
                "procurement", "1 1500084元"));
        assertSection(report, Section.APPLICATIONS, applications(Edition.EDITION_2019,
                "newRequests", "12 0 0 0 0 0 12",
                "granted", "3 0 0 0 0 0 3",
                "partiallyGranted", "5 0 0 0 0 0 5",
                "unavailable.notHeld", "2 0 0 0 0 0 2",
                "otherHandling", "2 0 0 0 0 0 2",
                "totalHandled", "12 0 0 0 0 0 12"));
        assertSection(report, Section.RECONSIDERATION_AND_LITIGATION, rows(
                "reconsideration", "0 0 0 0 0",
                "litigationDirect", "0 0 0 0 0",
                "litigationAfterReconsideration", "0 0 0 0 0"));
        assertEquals("没有其他需要报告的事项。", report.otherMatters());
        assertTrue(report.overview().text().startsWith("2019 年，招远市人民政府办公室认真贯彻落实"), report.overview().text());
        assertTrue(report.overview().text().endsWith("没有被提起行政复议或行政诉讼的情形。"));
        assertTrue(report.problemsAndImprovements().startsWith("尽管本单位在推进政务公开工作中取得了一定成效，但工作\n中还存在"));

        assertEquals(List.of(
                "49 applications.granted",
                "50 applications.partiallyGranted",
                "50 applications.partiallyGranted",
                "72 applications.otherHandling",
                "73 applications.totalHandled",
                "81 reconsiderationAndLitigation"), linesAndPaths(reading));
        // the label cut short by the table cell it was printed in: read as its row, and noted
        assertEquals(List.of("50 applications.partiallyGranted"), truncated(reading));
        ReadingNote granted = note(reading, "applications.granted");
        assertTrue(granted.message(java.util.Locale.ENGLISH).contains("6 numbers for 7 cells (3 0 0 0 0 3)"), granted.message(java.util.Locale.ENGLISH));
        assertTrue(granted.message(java.util.Locale.ENGLISH).contains("read as 3 0 0 0 0 0 3"), granted.message(java.util.Locale.ENGLISH));
        assertTrue(granted.message(java.util.Locale.ENGLISH).contains("APP-ROW-TOTAL") && granted.message(java.util.Locale.ENGLISH).contains("APP-OUTCOMES"), granted.message(java.util.Locale.ENGLISH));
        assertTrue(granted.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("读为 3 0 0 0 0 0 3"), granted.message(java.util.Locale.SIMPLIFIED_CHINESE));
        ReadingNote partial = note(reading, "applications.partiallyGranted");
        assertTrue(partial.message(java.util.Locale.ENGLISH).contains("read as 5 0 0 0 0 0 5") && partial.message(java.util.Locale.ENGLISH).contains("APP-OUTCOMES"), partial.message(java.util.Locale.ENGLISH));
        ReadingNote other = note(reading, "applications.otherHandling");
        assertTrue(other.message(java.util.Locale.ENGLISH).contains("8 numbers for 7 cells (2 0 0 0 0 0 0 2)"), other.message(java.util.Locale.ENGLISH));
        assertTrue(other.message(java.util.Locale.ENGLISH).contains("read as 2 0 0 0 0 0 2 (decided by APP-ROW-TOTAL)"), other.message(java.util.Locale.ENGLISH));
        ReadingNote total = note(reading, "applications.totalHandled");
        assertTrue(total.message(java.util.Locale.ENGLISH).contains("read as 12 0 0 0 0 0 12 (decided by APP-ROW-TOTAL)"), total.message(java.util.Locale.ENGLISH));
        ReadingNote litigation = note(reading, "reconsiderationAndLitigation");
        assertTrue(litigation.message(java.util.Locale.ENGLISH).contains("16 numbers for 15 cells"), litigation.message(java.util.Locale.ENGLISH));
        assertTrue(litigation.message(java.util.Locale.ENGLISH).contains("every reading gives the same values"), litigation.message(java.util.Locale.ENGLISH));
    }

    @Test
    void dongyingXzsp2020() {
        Reading reading = read(PublishedReports.DONGYING_XZSP_2020);
        AnnualReport report = reading.report();
        assertEquals(Edition.EDITION_2019, report.edition());
        assertEquals("东营市行政审批服务局", report.agency());
        assertEquals(2020, report.year());
        assertNull(report.publishedOn(), "the 发布日期 2020-10-15 is the embedded notice's, not the report's");
        assertSection(report, Section.PROACTIVE_DISCLOSURE, rows(
                "regulations", "0 0 0",
                "normativeDocuments", "1 1 1",
                "licensing", "94 25 15592",
                "otherServices", "22 -5 45338",
                "penalties", "0 0 0",
                "coercion", "0 0 0",
                "fees", "0 0",
                "procurement", "4 608万元"));
        assertSection(report, Section.APPLICATIONS, applications(Edition.EDITION_2019,
                "newRequests", "3 0 0 0 0 0 3",
                "granted", "1 0 0 0 0 0 1",
                "unavailable.notHeld", "1 0 0 0 0 0 1",
                "notProcessed.duplicate", "1 0 0 0 0 0 1",
                "totalHandled", "3 0 0 0 0 0 3"));
        assertSection(report, Section.RECONSIDERATION_AND_LITIGATION, rows(
                "reconsideration", "/ / / / /",
                "litigationDirect", "0 0 0 0 0",
                "litigationAfterReconsideration", "0 0 0 0 0"));
        assertEquals("在“政务公开看山东”栏目刊发经验稿件 1 篇。", report.otherMatters());
        assertTrue(report.overview().text().startsWith("（一）主动公开\n市行政审批服务局聚焦中心工作"), report.overview().text());
        assertEquals("", report.overview().proactive(), "（四）平台建设 is no topic of the template: section 一 stays one text");

        assertEquals(List.of("7 ", "29 publishedOn", "106 applications.withheld.prohibitedByLaw",
                "113 applications.unavailable.notHeld", "114 applications.unavailable.needsCompilation",
                "115 applications.unavailable.unclearAfterCorrection", "120 applications.notProcessed.excessive",
                "131 reconsiderationAndLitigation"), linesAndPaths(reading));
        // labels cut short by the table cells they were printed in (2.其他法律行政法规禁止): each read as its row, noted
        assertEquals(List.of("106 applications.withheld.prohibitedByLaw", "113 applications.unavailable.notHeld",
                "114 applications.unavailable.needsCompilation", "115 applications.unavailable.unclearAfterCorrection",
                "120 applications.notProcessed.excessive"), truncated(reading));
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("before \"一、总体情况\""), reading.notes().get(0).message(java.util.Locale.ENGLISH));
        ReadingNote date = note(reading, "publishedOn");
        assertTrue(date.message(java.util.Locale.ENGLISH).contains("2020-10-15") && date.message(java.util.Locale.ENGLISH).contains("not in its header"), date.message(java.util.Locale.ENGLISH));
        ReadingNote litigation = note(reading, "reconsiderationAndLitigation");
        assertTrue(litigation.message(java.util.Locale.ENGLISH).contains("10 numbers for 15 cells"), litigation.message(java.util.Locale.ENGLISH));
        assertTrue(litigation.message(java.util.Locale.ENGLISH).contains("15 tab- or pipe-separated fields, 5 of them empty"), litigation.message(java.util.Locale.ENGLISH));
        assertTrue(litigation.message(java.util.Locale.ENGLISH).contains("/ / / / / 0 0 0 0 0 0 0 0 0 0"), litigation.message(java.util.Locale.ENGLISH));
    }

    @Test
    void dongyingqu2023() {
        Reading reading = read(PublishedReports.DONGYINGQU_2023);
        AnnualReport report = reading.report();
        assertEquals(Edition.EDITION_2021, report.edition());
        assertEquals("东营市东营区人民政府办公室", report.agency());
        assertEquals(2023, report.year());
        assertEquals(LocalDate.of(2024, 1, 26), report.publishedOn());
        assertSection(report, Section.PROACTIVE_DISCLOSURE, rows(
                "regulations", "0 0 0",
                "normativeDocuments", "1 0 7",
                "licensing", "0",
                "penalties", "0",
                "coercion", "0",
                "fees", "0"));
        assertSection(report, Section.APPLICATIONS, applications(Edition.EDITION_2021,
                "newRequests", "18 0 0 0 0 0 18",
                "granted", "2 0 0 0 0 0 2",
                "partiallyGranted", "5 0 0 0 0 0 5",
                "withheld.stateSecret", "2 0 0 0 0 0 2",
                "unavailable.notHeld", "1 0 0 0 0 0 1",
                "otherHandling.noCorrection", "1 0 0 0 0 0 1",
                "otherHandling.other", "7 0 0 0 0 0 7",
                "totalHandled", "18 0 0 0 0 0 18"));
        assertSection(report, Section.RECONSIDERATION_AND_LITIGATION, rows(
                "reconsideration", "0 0 0 0 0",
                "litigationDirect", "0 0 0 0 0",
                "litigationAfterReconsideration", "0 0 0 0 0"));
        assertTrue(report.otherMatters().endsWith("(七)其他有关文件专门要求通过政府信息公开工作年度报\n告予以报告的事项:无。"),
                report.otherMatters());
        assertTrue(report.overview().text().startsWith("2023 年以来,东营区人民政府办公室始终坚持"), report.overview().text());

        assertEquals(List.of("4 ", "148 proactiveDisclosure.normativeDocuments", "290 applications", "486 otherMatters"),
                linesAndPaths(reading));
        ReadingNote label = note(reading, "proactiveDisclosure.normativeDocuments");
        assertTrue(label.message(java.util.Locale.ENGLISH).contains("\"规范性文件\"") && label.message(java.util.Locale.ENGLISH).contains("\"行政规范性文件\""), label.message(java.util.Locale.ENGLISH));
        ReadingNote stray = note(reading, "applications");
        assertTrue(stray.message(java.util.Locale.ENGLISH).contains("(7)") && stray.message(java.util.Locale.ENGLISH).contains("not read"), stray.message(java.util.Locale.ENGLISH));
        ReadingNote signature = note(reading, "otherMatters");
        assertTrue(signature.message(java.util.Locale.ENGLISH).contains("东营区人民政府办公室") && signature.message(java.util.Locale.ENGLISH).contains("13 line(s) after it"),
                signature.message(java.util.Locale.ENGLISH));
    }

    static Stream<Arguments> realFixtures() {
        return Stream.of(
                Arguments.of(PublishedReports.ZHAOYUAN_2019, PublishedReports.zhaoyuan2019()),
                Arguments.of(PublishedReports.DONGYING_XZSP_2020, PublishedReports.dongyingXzsp2020()),
                Arguments.of(PublishedReports.DONGYINGQU_2023, PublishedReports.dongyingqu2023()));
    }

    @ParameterizedTest
    @MethodSource("realFixtures")
    void agreesWithTheLeadsReadingOfEveryFigure(String name, AnnualReport lead) {
        AnnualReport report = read(name).report();
        assertEquals(lead.edition(), report.edition());
        assertEquals(lead.agency(), report.agency());
        assertEquals(lead.year(), report.year());
        assertEquals(lead.publishedOn(), report.publishedOn());
        assertAll(report.template().cells().stream()
                .map(cell -> () -> assertEquals(cell.get(lead), cell.get(report), cell.code())));
    }

    @ParameterizedTest
    @MethodSource("realFixtures")
    void readsGb18030AsUtf8(String name, AnnualReport lead) {
        byte[] gb = PublishedReports.text(name).getBytes(Charset.forName("GB18030"));
        Reading fromGb = FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(gb), name);
        assertEquals(read(name), fromGb);
    }

    @Test
    void refusesTheCircularAsNotAnAnnualReport() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> read(PublishedReports.NOT_A_REPORT));
        assertEquals("text", e.format());
        assertEquals(PublishedReports.NOT_A_REPORT, e.source());
        assertTrue(e.problem().startsWith("not an annual report"), e.getMessage());
        assertEquals(3, e.line());
        assertEquals("东营市人民政府办公室", e.found());
    }

    @Test
    void refusesThePreTemplateReportAsHavingNoTemplateTables() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> read(PublishedReports.NOT_A_TEMPLATE));
        assertEquals("text", e.format());
        assertTrue(e.problem().startsWith("has no template tables (written before the 2019 template?)"), e.getMessage());
    }

    @Test
    void isInstalledAsTheTextFormat() {
        ReportFormats formats = ReportFormats.installed();
        assertEquals(PublishedTextFormat.class, formats.byId("text").getClass());
        assertEquals(PublishedTextFormat.class, formats.forFile("2023-report.TXT", new byte[0]).getClass());
        assertTrue(FORMAT.reader().isPresent() && FORMAT.writer().isPresent());
        assertEquals(List.of("txt"), FORMAT.fileExtensions());
    }

    @Test
    void readAllGivesTheOneReport() {
        byte[] bytes = PublishedReports.bytes(PublishedReports.ZHAOYUAN_2019);
        try (Stream<Reading> all = FORMAT.reader().orElseThrow()
                .readAll(new ByteArrayInputStream(bytes), PublishedReports.ZHAOYUAN_2019)) {
            assertEquals(List.of(read(PublishedReports.ZHAOYUAN_2019)), all.toList());
        }
    }
}
