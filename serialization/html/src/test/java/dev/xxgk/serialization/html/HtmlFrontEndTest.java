package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.html.internal.HtmlFrontEnd;
import dev.xxgk.serialization.html.internal.HtmlNote;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.template.Cell;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front end on pages made the ways portals make them, from the real figures of the fixtures:
 * every cell of the report must be found where the layout puts it, as printed; the chrome must
 * stay out of the report's blocks; the notes must say what was decided.
 */
class HtmlFrontEndTest {

    static final String OVERVIEW = "2023 年以来，东营区人民政府办公室始终坚持“公开为常态，不公开为例外”的原则，规范主动公开内容形式，探索依申请办理新路径，拓宽公开渠道，不断加强日常监督管理，公开成效得到显著提升。";
    static final String PROACTIVE = "一是做好信息对外发布工作。2023 年依托东营区政府门户网站共发布各类信息 4000 余条。";
    static final String PROBLEMS = "2023 年，我区政府信息公开工作虽然取得了一定成效，但也存在一些不足。";
    static final String OTHER = "本年度未收取信息处理费。";

    /** The fixtures' figures with texts of the kind the real report prints. */
    static Stream<AnnualReport> reports() {
        return Stream.of(withTexts(PublishedReports.dongyingqu2023()), withTexts(PublishedReports.zhaoyuan2019()),
                withTexts(PublishedReports.dongyingXzsp2020()));
    }

    static AnnualReport withTexts(AnnualReport report) {
        return report.toBuilder()
                .overview(new Overview(OVERVIEW, PROACTIVE, "", "", "", ""))
                .problemsAndImprovements(PROBLEMS)
                .otherMatters(OTHER)
                .build();
    }

    private static HtmlFrontEnd.Result read(byte[] page) {
        return HtmlFrontEnd.read(page, "page.html");
    }

    private static HtmlFrontEnd.Result read(String page) {
        return read(page.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Document document) {
        return document.blocks().stream().filter(b -> !(b instanceof Grid))
                .map(b -> b instanceof Heading h ? h.text() : ((Paragraph) b).text()).toList();
    }

    private static List<String> ids(List<ReadingNote> notes) {
        return notes.stream().map(ReadingNote::id).toList();
    }

    private static String title(AnnualReport report) {
        return report.agency() + report.year() + "年政府信息公开工作年度报告";
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theWrittenPageGivesEveryCellAndTheTextsInOrder(AnnualReport report) {
        HtmlFrontEnd.Result result = read(PortalPages.official(report));
        Layout.assertEveryCell(report, result.document(), -1);
        List<String> texts = texts(result.document());
        assertEquals(title(report), texts.get(0));
        assertTrue(texts.containsAll(List.of("一、总体情况", OVERVIEW, "（一）主动公开", PROACTIVE, "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", PROBLEMS,
                "六、其他需要报告的事项", OTHER)), () -> texts.toString());
        assertEquals(List.of(), result.notes(), "a page of ours needs no note");
        assertTrue(result.document().blocks().get(0) instanceof Heading h && h.level() == 1);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aWordExportedPageGivesEveryCell(AnnualReport report) {
        HtmlFrontEnd.Result result = read(PortalPages.word(report));
        Layout.assertEveryCell(report, result.document(), -1);
        List<String> texts = texts(result.document());
        assertEquals(title(report), texts.get(0), "the title's source lines rejoined without spaces");
        assertTrue(texts.contains(OVERVIEW), () -> texts.toString());
        assertTrue(texts.contains(PROACTIVE), () -> texts.toString());
        Block heading = result.document().blocks().stream()
                .filter(b -> b instanceof Heading h && h.text().equals("一、总体情况")).findFirst().orElseThrow();
        assertEquals(0, ((Heading) heading).level(), "a paragraph in bold is a heading without level");
        assertEquals(List.of(HtmlNote.CHARSET_SUPERSET.id()), ids(result.notes()));
        assertEquals("gb2312", result.notes().get(0).arguments().get(0));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aCmsPageInsideTheSiteChromeGivesEveryCellAndTheMetadataBox(AnnualReport report) {
        HtmlFrontEnd.Result result = read(PortalPages.cms(report, true));
        Document document = result.document();
        Layout.assertEveryCell(report, document, -1);
        List<String> texts = texts(document);
        assertEquals(title(report), texts.get(0), "the title outside the editor's element is the first block");
        assertEquals("一、总体情况", texts.get(1), "nothing of the chrome before the report");
        assertEquals(OTHER, texts.get(texts.size() - 1), "nothing of the chrome after the report");
        for (String chrome : List.of("首页", "分享到", "网站标识码", "浏览次数", "索引号", "当前位置", "打印本页")) {
            assertTrue(texts.stream().noneMatch(t -> t.contains(chrome)), chrome);
        }
        String date = report.publishedOn() == null ? "2024-01-26" : report.publishedOn().toString();
        List<MetaField> metadata = document.metadata();
        assertTrue(has(metadata, "发布机构", report.agency()), () -> metadata.toString());
        assertTrue(has(metadata, "发布日期", date), () -> metadata.toString());
        assertTrue(has(metadata, "索引号", "11370502004207011Y/2024-00012"), () -> metadata.toString());
        assertTrue(has(metadata, "名称", title(report)), () -> metadata.toString());
        assertTrue(has(metadata, "来源", report.agency()), () -> metadata.toString());
        assertTrue(has(metadata, "发布时间", date), () -> metadata.toString());
        assertTrue(has(metadata, "meta:ArticleTitle", title(report)), () -> metadata.toString());
        assertTrue(has(metadata, "meta:PubDate", date + " 10:12"), () -> metadata.toString());
        assertEquals(List.of(HtmlNote.CONTENT_FOUND.id(), HtmlNote.TITLE_OUTSIDE.id()), ids(result.notes()));
        assertEquals("div class=\"Custom_UnionStyle\"", result.notes().get(0).arguments().get(0));
        assertTrue(result.notes().get(0).message(Locale.SIMPLIFIED_CHINESE).contains("Custom_UnionStyle"));
    }

    @Test
    void sectionHeadingsInALinkedTableOfContentsAreNoAnchors() {
        AnnualReport report = withTexts(PublishedReports.dongyingqu2023());
        StringBuilder toc = new StringBuilder("<div class=\"sidebar\"><ul>");
        for (dev.xxgk.template.Section section : dev.xxgk.template.Section.values()) {
            toc.append("<li><a href=\"#").append(section.code()).append("\">").append(section.heading()).append("</a></li>");
        }
        String page = PortalPages.cms(report, true).replace("<div class=\"main\">", toc + "</ul></div>\n<div class=\"main\">");
        HtmlFrontEnd.Result result = read(page);
        Layout.assertEveryCell(report, result.document(), -1);
        List<String> texts = texts(result.document());
        assertEquals(title(report), texts.get(0));
        assertEquals("一、总体情况", texts.get(1));
        assertEquals(1, texts.stream().filter("一、总体情况"::equals).count(), () -> texts.toString());
    }

    private static boolean has(List<MetaField> fields, String name, String value) {
        return fields.stream().anyMatch(f -> f.name().equals(name) && f.value().equals(value));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aGbkPageWithoutCharsetDeclarationIsSniffed(AnnualReport report) {
        HtmlFrontEnd.Result result = read(PortalPages.cms(report, false).getBytes(PortalPages.GBK));
        Layout.assertEveryCell(report, result.document(), -1);
        assertEquals(title(report), texts(result.document()).get(0));
        assertEquals(HtmlNote.CHARSET_SNIFFED.id(), result.notes().get(0).id());
        assertEquals("GB18030", result.notes().get(0).arguments().get(0));
    }

    @Test
    void aDeclaredCharsetTheBytesAreNotInIsSetAside() {
        AnnualReport report = withTexts(PublishedReports.dongyingqu2023());
        HtmlFrontEnd.Result result = read(PortalPages.cms(report, true).getBytes(PortalPages.GBK));
        Layout.assertEveryCell(report, result.document(), -1);
        assertEquals(HtmlNote.CHARSET_WRONG.id(), result.notes().get(0).id());
        assertEquals(List.of("utf-8", result.notes().get(0).arguments().get(1), "GB18030"), result.notes().get(0).arguments());
        assertTrue(result.notes().get(0).location().lineNumber() > 1, "the line of the first byte that is not UTF-8");
    }

    @Test
    void aPageDeclaredGbkButWrittenInUtf8IsReadAsUtf8() {
        AnnualReport report = withTexts(PublishedReports.dongyingqu2023());
        String page = PortalPages.cms(report, true).replace("charset=utf-8", "charset=gbk");
        HtmlFrontEnd.Result result = read(page.getBytes(StandardCharsets.UTF_8));
        Layout.assertEveryCell(report, result.document(), -1);
        assertEquals(List.of(HtmlNote.CHARSET_UTF8.id()), ids(result.notes()).subList(0, 1));
        assertEquals(title(report), texts(result.document()).get(0));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aSectionThreeTableSplitInTwoGivesTwoGridsWithEveryCell(AnnualReport report) {
        HtmlFrontEnd.Result result = read(PortalPages.splitApplications(report));
        Layout.assertEveryCell(report, result.document(), PortalPages.splitRow(report.template()));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void nbspOnlyBlanksAreEmptyAndOneCharacterSpansAreJoined(AnnualReport report) {
        SplittableRandom random = new SplittableRandom(report.year());
        AnnualReport.Builder builder = report.toBuilder();
        List<Cell> cells = report.template().cells();
        for (int i = 0; i < 12; i++) {
            Cell cell = cells.get(random.nextInt(cells.size()));
            builder.cell(cell, cell.blank());
        }
        AnnualReport withBlanks = builder.build();
        HtmlFrontEnd.Result result = read(PortalPages.nbspAndOneCharacterSpans(withBlanks, random));
        Layout.assertEveryCell(withBlanks, result.document(), -1);
        Grid applications = Layout.grids(result.document()).get(1);
        assertEquals("自然人", applications.rows().get(0).cells().get(3).text());
        assertEquals("法人或其他组织", applications.rows().get(0).cells().get(4).text());
        assertTrue(applications.rows().get(0).cells().get(5).spanned());
    }

    @Test
    void theCellsOfATwoLineHeaderAreJoinedAsPrinted() {
        String page = "<html><body><h2>三、收到和处理政府信息公开申请情况</h2><table>"
                + "<tr><td rowspan=\"2\">自然人</td><td colspan=\"2\">法人或<br>其他组织</td><td>Total<br>sum</td></tr>"
                + "<tr><td>商业<br/>企业</td><td><p>科研</p><p>机构</p></td><td>总<span>计</span> </td></tr>"
                + "<tr><td>&nbsp;</td><td> 1<span>2</span> </td><td>\u3000</td><td><o:p>&nbsp;</o:p></td></tr></table></body></html>";
        Grid grid = Layout.grids(read(page).document()).get(0);
        List<List<String>> texts = grid.rows().stream().map(r -> r.cells().stream().map(GridCell::text).toList()).toList();
        assertEquals(List.of(List.of("自然人", "法人或其他组织", "法人或其他组织", "Total sum"),
                List.of("自然人", "商业企业", "科研机构", "总计"),
                List.of("", "12", "", "")), texts);
        List<List<Boolean>> spanned = grid.rows().stream().map(r -> r.cells().stream().map(GridCell::spanned).toList()).toList();
        assertEquals(List.of(List.of(false, false, true, false), List.of(true, false, false, false),
                List.of(false, false, false, false)), spanned);
        assertTrue(grid.columnsKnown());
    }

    @Test
    void everyCellIsLocatedAtItsTagInTheSource() {
        AnnualReport report = withTexts(PublishedReports.dongyingqu2023());
        String page = PortalPages.reindent(PortalPages.official(report));
        String[] lines = page.split("\n", -1);
        int checked = 0;
        for (Grid grid : Layout.grids(read(page).document())) {
            for (GridRow row : grid.rows()) {
                assertTrue(at(lines, row.location()).startsWith("<tr"), () -> row.location().toString());
                for (GridCell cell : row.cells()) {
                    String source = at(lines, cell.location());
                    assertTrue(source.startsWith("<td") || source.startsWith("<th"), () -> cell.location() + ": " + source);
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, "cells checked: " + checked);
        for (Block block : read(page).document().blocks()) {
            if (block instanceof Paragraph p) {
                assertTrue(at(lines, p.location()).startsWith(p.text().substring(0, 1)), () -> p.location() + " " + p.text());
            }
        }
    }

    private static String at(String[] lines, Location location) {
        Location.Line line = (Location.Line) location;
        return lines[(int) line.line() - 1].substring((int) line.column() - 1);
    }

    @Test
    void whatIsNotPrintedIsNotRead() {
        String page = "<html><head><script>document.write('一、总体情况')</script></head><body>"
                + "<div class=\"content\"><p>一、总体情况</p><p style=\"display:none\">隐藏的文字</p>"
                + "<noscript>请启用脚本</noscript><style>p{color:red}</style><p hidden>也隐藏</p>"
                + "<p>正文<select><option>选项</option></select>继续</p>"
                + "<h3>五、存在的主要问题及改进情况</h3><p><b>加粗</b>与<strong>不加粗</strong>混排</p></div></body></html>";
        Document document = read(page).document();
        assertEquals(List.of("一、总体情况", "正文继续", "五、存在的主要问题及改进情况", "加粗与不加粗混排"), texts(document));
        assertTrue(document.blocks().get(2) instanceof Heading h && h.level() == 3);
        assertTrue(document.blocks().get(3) instanceof Paragraph, "a paragraph only partly bold is no heading");
    }

    @Test
    void aLayoutTableIsReadAsContainersAndTheTablesInsideItAsGrids() {
        AnnualReport report = withTexts(PublishedReports.dongyingqu2023());
        String official = PortalPages.official(report);
        String body = official.substring(official.indexOf("<article"), official.indexOf("</article>") + 10);
        String page = "<html><body><table width=\"1000\"><tr><td class=\"left\"><a href=\"/\">首页</a></td><td class=\"right\">"
                + "<table><tr><td>" + body + "</td></tr></table></td></tr></table></body></html>";
        HtmlFrontEnd.Result result = read(page);
        Layout.assertEveryCell(report, result.document(), -1);
        assertFalse(texts(result.document()).contains("首页"));
    }
}
