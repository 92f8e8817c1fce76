package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.serialization.testing.Tries;
import dev.xxgk.template.ReportField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pipeline on documents whose grids have known columns, as the HTML, workbook and ruled-PDF front ends make them. */
class DocumentReaderTest {

    private static int line;

    private static Location at() {
        return Location.line(++line);
    }

    private static Paragraph p(String text) {
        return new Paragraph(text, at());
    }

    private static GridRow row(String... cells) {
        Location l = at();
        List<GridCell> out = new ArrayList<>();
        for (String c : cells) {
            boolean spanned = c.startsWith("^");
            out.add(new GridCell(spanned ? c.substring(1) : c, l, spanned));
        }
        return new GridRow(out, l);
    }

    private static Grid grid(GridRow... rows) {
        return new Grid(List.of(rows), true, rows[0].location());
    }

    private static boolean has(Reading reading, String id) {
        return reading.notes().stream().anyMatch(n -> n.id().equals(id));
    }

    @Test
    void everyGeneratedReportOfBothEditionsReadsBackFromItsGrids() {
        {
            qt().withExamples(Math.max(50, Tries.TRIES / 5)).withFixedSeed(11)
                    .forAll(longs().all())
                    .checkAssert(seed -> {
                        AnnualReport report = PublishedTextRoundTripTest.report(seed);
                        Document document = GridDocuments.render(report, (seed & 2) == 0);
                        Reading reading = DocumentReader.read(document, "html");
                        assertEquals(report, reading.report(), () -> "seed " + seed + " notes " + reading.notes());
                    });
        }
    }

    private static List<Block> head(String title) {
        line = 0;
        List<Block> blocks = new ArrayList<>();
        blocks.add(p(title));
        blocks.add(p("一、总体情况"));
        blocks.add(p("本机关依法公开政府信息。"));
        return blocks;
    }

    private static Grid applications2021(String granted, String total) {
        return grid(
                row("", "", "", "申请人情况", "^申请人情况", "^申请人情况", "^申请人情况", "^申请人情况", "^申请人情况", "^申请人情况"),
                row("^", "^", "^", "自然人", "法人或其他组织", "^法人或其他组织", "^法人或其他组织", "^法人或其他组织", "^法人或其他组织", "总计"),
                row("^", "^", "^", "^自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^总计"),
                row("一、本年新收政府信息公开申请数量", "^", "^", "5", "1", "0", "0", "0", "0", "6"),
                row("三、本年度办理结果", "（一）予以公开", "^", granted, "1", "0", "0", "0", "0", total),
                row("^三、本年度办理结果", "（三）不予公开", "1、属于国家秘密", "0", "0", "0", "0", "0", "0", "0"));
    }

    @Test
    void readsSectionThreeWithMergedHeadersAndGroupLabels() {
        List<Block> blocks = head("某某市人民政府办公室2023年政府信息公开工作年度报告");
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        Reading reading = DocumentReader.read(new Document("t.html", List.of(), blocks), "html");
        AnnualReport r = reading.report();
        assertEquals(Edition.EDITION_2021, r.edition());
        assertEquals(Count.of(5), r.cell("applications.newRequests.naturalPerson"));
        assertEquals(Count.of(6), r.cell("applications.newRequests.total"));
        assertEquals(Count.of(4), r.cell("applications.granted.naturalPerson"));
        assertEquals(Count.of(1), r.cell("applications.granted.commercialEnterprise"));
        assertEquals(Count.of(5), r.cell("applications.granted.total"));
        assertEquals(Count.of(0), r.cell("applications.withheld.stateSecret.total"));
        assertTrue(r.cell("applications.carriedOver.total").isBlank());
        assertTrue(reading.notes().stream().anyMatch(n -> n.id().equals("published.row-not-found")
                && n.path().equals("applications.carriedOver")), reading.notes()::toString);
        // 1、 for 1. is the same key: no loose-label note
        assertTrue(reading.notes().stream().noneMatch(n -> n.path().startsWith("applications.withheld.stateSecret")));
    }

    @Test
    void aCellPrintedTwiceWithDifferentFiguresIsLeftBlankWithANote() {
        List<Block> blocks = head("某某市人民政府办公室2023年政府信息公开工作年度报告");
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        blocks.add(grid(row("", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                row("三、本年度办理结果", "（一）予以公开", "^", "3", "1", "0", "0", "0", "0", "5")));
        Reading reading = DocumentReader.read(new Document("t.html", List.of(), blocks), "html");
        assertTrue(reading.report().cell("applications.granted.naturalPerson").isBlank());
        assertEquals(Count.of(5), reading.report().cell("applications.granted.total"));
        ReadingNote note = reading.notes().stream().filter(n -> n.id().equals("published.cell-read-twice")).findFirst()
                .orElseThrow();
        assertEquals("applications.granted.naturalPerson", note.path());
        assertTrue(note.message(Locale.ENGLISH).contains("4") && note.message(Locale.ENGLISH).contains("3"));
        assertTrue(has(reading, "published.cell-repeated"));
    }

    @Test
    void aCellThatIsNotAValueIsBlankWithANote() {
        List<Block> blocks = head("某某市人民政府办公室2023年政府信息公开工作年度报告");
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("约4件", "5"));
        Reading reading = DocumentReader.read(new Document("t.html", List.of(), blocks), "html");
        assertTrue(reading.report().cell("applications.granted.naturalPerson").isBlank());
        ReadingNote note = reading.notes().stream().filter(n -> n.id().equals("published.cell-not-a-value")).findFirst()
                .orElseThrow();
        assertEquals("applications.granted.naturalPerson", note.path());
        assertEquals(9, note.line());
    }

    @Test
    void aRowOfEdition2019InAnEdition2021GridIsKeptAsPrintedNotSplit() {
        List<Block> blocks = head("某某区人民政府2023年政府信息公开工作年度报告");
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        Grid table = applications2021("4", "5");
        List<GridRow> rows = new ArrayList<>(table.rows());
        rows.add(row("^三、本年度办理结果", "（六）其他处理", "^", "2", "0", "0", "0", "0", "0", "2"));
        blocks.add(new Grid(rows, true, table.location()));
        Reading reading = DocumentReader.read(new Document("t.pdf", List.of(), blocks), "pdf");
        AnnualReport r = reading.report();
        assertEquals(Edition.EDITION_2021, r.edition());
        assertEquals(1, r.deviations().size(), reading.notes()::toString);
        assertEquals("applications.otherHandling", r.deviations().get(0).path());
        assertEquals(Edition.EDITION_2019, r.deviations().get(0).edition());
        assertEquals(Count.of(2), r.deviations().get(0).cells().get("naturalPerson"));
        assertEquals(Count.of(2), r.deviations().get(0).cells().get("total"));
        assertTrue(r.cell("applications.otherHandling.noCorrection.total").isBlank());
        assertTrue(r.cell("applications.otherHandling.other.naturalPerson").isBlank());
        assertTrue(has(reading, "published.row-of-other-edition"));
        assertTrue(reading.notes().stream().noneMatch(n -> n.id().equals("published.numbers-without-row")));
    }

    @Test
    void sectionFourAsThreeSubTablesUnderTheirHeadings() {
        List<Block> blocks = head("某某市人民政府办公室2023年政府信息公开工作年度报告");
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        blocks.add(p("四、政府信息公开行政复议、行政诉讼情况"));
        String[][] parts = {{"行政复议", "1"}, {"行政诉讼（未经复议直接起诉）", "2"}, {"行政诉讼（复议后起诉）", "3"}};
        for (String[] part : parts) {
            blocks.add(new Heading(part[0], 3, at()));
            blocks.add(grid(row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
                    row(part[1], "0", "0", "0", part[1])));
        }
        Reading reading = DocumentReader.read(new Document("t.md", List.of(), blocks), "html");
        AnnualReport r = reading.report();
        assertEquals(Count.of(1), r.cell("reconsiderationAndLitigation.reconsideration.upheld"));
        assertEquals(Count.of(2), r.cell("reconsiderationAndLitigation.litigationDirect.upheld"));
        assertEquals(Count.of(3), r.cell("reconsiderationAndLitigation.litigationAfterReconsideration.total"));
    }

    @Test
    void titleYearFirstOverTwoLinesAndShortNameWithTheFullNameInTheSignature() {
        line = 0;
        List<Block> blocks = new ArrayList<>();
        blocks.add(p("2024年某某市科委政府信息公开工作"));
        blocks.add(p("年度报告"));
        blocks.add(p("一、总体情况"));
        blocks.add(p("本机关依法公开政府信息。"));
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        blocks.add(p("六、其他需要报告的事项"));
        blocks.add(p("无。"));
        blocks.add(p("某某市科学技术委员会"));
        blocks.add(p("2025年1月20日"));
        Reading reading = DocumentReader.read(new Document("t.html", List.of(), blocks), "html");
        assertEquals("某某市科学技术委员会", reading.report().agency());
        assertEquals(2024, reading.report().year());
        assertEquals("无。", reading.report().otherMatters());
        assertTrue(has(reading, "published.agency-full-name"));
        assertTrue(has(reading, "published.signature-not-kept"));
    }

    @Test
    void metadataBoxGivesTitleAgencyAndDate() {
        line = 0;
        List<Block> blocks = new ArrayList<>();
        List<MetaField> meta = List.of(
                new MetaField("名称", "2023年度政府信息公开年度报告", at()),
                new MetaField("发布机构", "某某县人民政府办公室", at()),
                new MetaField("公开日期", "2024-01-26", at()));
        blocks.add(p("一、总体情况"));
        blocks.add(p("本机关依法公开政府信息。"));
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        Reading reading = DocumentReader.read(new Document("t.html", meta, blocks), "html");
        assertEquals("某某县人民政府办公室", reading.report().agency());
        assertEquals(2023, reading.report().year());
        assertEquals(LocalDate.of(2024, 1, 26), reading.report().publishedOn());
        assertTrue(reading.notes().stream().anyMatch(n -> n.id().equals("published.field-source")
                && n.path().equals("agency")), reading.notes()::toString);
    }

    /** A form's header (a workbook's label/value rows): the fields stated under their own labels, no title. */
    @Test
    void headerFieldsStatedUnderTheirLabelsNeedNoTitleAndEachIsNoted() {
        line = 0;
        List<MetaField> meta = List.of(
                new MetaField(ReportField.AGENCY.label(), "某某县人民政府办公室", Location.cell("报告", "B4")),
                new MetaField(ReportField.YEAR.label(), "2023年", Location.cell("报告", "B5")),
                new MetaField(ReportField.PUBLISHED_ON.label(), "2023-12-30", Location.cell("报告", "B6")));
        List<Block> blocks = new ArrayList<>();
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        Reading reading = DocumentReader.read(new Document("t.xlsx", meta, blocks), "xlsx");
        assertEquals("某某县人民政府办公室", reading.report().agency());
        assertEquals(2023, reading.report().year());
        assertEquals(LocalDate.of(2023, 12, 30), reading.report().publishedOn(), "a stated date is as stated, in the year too");
        List<String> sources = reading.notes().stream().filter(n -> n.id().equals("published.field-source"))
                .map(n -> n.path() + " " + n.location() + " " + n.message(Locale.ENGLISH)).toList();
        assertEquals(List.of(
                "year 报告!B5 the report year \"2023\" was taken from the metadata field \"报告年度\".",
                "agency 报告!B4 the agency \"某某县人民政府办公室\" was taken from the metadata field \"报告机关\".",
                "publishedOn 报告!B6 the publication date \"2023-12-30\" was taken from the metadata field \"发布日期\"."),
                sources);
        assertEquals("报告年度“2023”取自页面信息“报告年度”。", reading.notes().stream()
                .filter(n -> n.id().equals("published.field-source")).findFirst().orElseThrow().message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void statedHeaderFieldsWinOverATitleThatDisagreesWithANote() {
        List<Block> blocks = head("某某市人民政府办公室2022年政府信息公开工作年度报告");
        List<MetaField> meta = List.of(
                new MetaField(ReportField.AGENCY.label(), "某某县人民政府办公室", Location.cell("报告", "B4")),
                new MetaField(ReportField.YEAR.label(), "2023", Location.cell("报告", "B5")));
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        Reading reading = DocumentReader.read(new Document("t.xlsx", meta, blocks), "xlsx");
        assertEquals("某某县人民政府办公室", reading.report().agency());
        assertEquals(2023, reading.report().year());
        List<String> disagree = reading.notes().stream().filter(n -> n.id().equals("published.field-disagrees"))
                .map(n -> n.path() + " " + n.location()).toList();
        assertEquals(List.of("year 报告!B5", "agency 报告!B4"), disagree, reading.notes()::toString);
        assertTrue(reading.notes().stream().filter(n -> n.path().equals("year")).findFirst().orElseThrow()
                .message(Locale.SIMPLIFIED_CHINESE).contains("2022"), reading.notes()::toString);
    }

    @Test
    void aStatedYearThatIsNoYearIsNotUsed() {
        line = 0;
        List<MetaField> meta = List.of(new MetaField(ReportField.YEAR.label(), "二〇二三", Location.cell("报告", "B5")));
        List<Block> blocks = new ArrayList<>();
        blocks.add(p("某某市人民政府办公室2022年政府信息公开工作年度报告"));
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        Reading reading = DocumentReader.read(new Document("t.xlsx", meta, blocks), "xlsx");
        assertEquals(2022, reading.report().year(), "the title's year: nothing is made of 二〇二三");
    }

    @Test
    void theStatisticsPeriodDisagreeingWithTheTitleIsNoted() {
        List<Block> blocks = head("某某市人民政府办公室2023年政府信息公开工作年度报告");
        blocks.add(2, p("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"));
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        blocks.add(applications2021("4", "5"));
        Reading reading = DocumentReader.read(new Document("t.html", List.of(), blocks), "html");
        assertEquals(2023, reading.report().year());
        assertTrue(reading.notes().stream().anyMatch(n -> n.id().equals("published.field-disagrees")
                && n.path().equals("year") && n.message(Locale.ENGLISH).contains("2022")), reading.notes()::toString);
    }

    @Test
    void aDocumentThatIsNoReportIsRefusedWithTheFirstLine() {
        line = 0;
        Document document = new Document("x.html", List.of(), List.of(p("关于开展检查的通知"), p("各单位：")));
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> DocumentReader.read(document, "html"));
        assertEquals(1, e.line());
        assertEquals("html", e.format());
        assertTrue(e.getMessage().contains("not an annual report"), e.getMessage());
    }

    @Test
    void aReportWithoutTablesIsRefused() {
        List<Block> blocks = head("某某市人民政府办公室2023年政府信息公开工作年度报告");
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> DocumentReader.read(new Document("t.html", List.of(), blocks), "html"));
        assertTrue(e.getMessage().contains("no template tables"), e.getMessage());
    }
}
