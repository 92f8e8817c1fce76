package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.html.internal.HtmlNote;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The written page: the official layout, its merged header cells as the catalogue groups them, and what a page must be. */
class HtmlWriterTest {

    static Stream<AnnualReport> reports() {
        return HtmlFrontEndTest.reports();
    }

    private static Document page(AnnualReport report) {
        return Jsoup.parse(new HtmlFormat().render(report));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void aStandaloneHtml5PageInChineseWithoutScript(AnnualReport report) {
        String html = new HtmlFormat().render(report);
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"zh-CN\">"), html.substring(0, 40));
        Document page = Jsoup.parse(html);
        assertEquals("utf-8", page.selectFirst("head > meta[charset]").attr("charset"));
        assertEquals(report.agency() + report.year() + "年政府信息公开工作年度报告", page.title());
        assertEquals(page.title(), page.selectFirst("h1").text());
        assertTrue(page.select("script, [onload], [onclick]").isEmpty());
        String style = page.selectFirst("style").data();
        assertTrue(style.contains("break-inside:avoid") && style.contains("page-break-inside:avoid"), "print CSS");
        assertTrue(style.contains("thead{display:table-header-group}"), "the header repeats on each printed page");
        assertEquals(List.of("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), page.select("h2").eachText());
        assertEquals(List.of(Section.PROACTIVE_DISCLOSURE.heading(), Section.APPLICATIONS.heading(),
                Section.RECONSIDERATION_AND_LITIGATION.heading()), page.select("table > caption").eachText());
        assertEquals(3, page.select("table").size());
        for (Element th : page.select("th")) {
            assertTrue(List.of("col", "colgroup", "row", "rowgroup").contains(th.attr("scope")), th.outerHtml());
        }
        if (report.publishedOn() != null) {
            assertEquals("发布日期：" + report.publishedOn(), page.selectFirst("p.xxgk-published").text());
            assertEquals(report.publishedOn().toString(), page.selectFirst("time").attr("datetime"));
        } else {
            assertNotNull(page.selectFirst("h1"));
            assertTrue(page.select("p.xxgk-published").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void sectionThreeHeaderCellsSpanAsTheCatalogueGroupsThem(AnnualReport report) {
        Table table = report.template().tables(Section.APPLICATIONS).get(0);
        Element html = page(report).selectFirst("table.xxgk-applications");
        Element corner = html.selectFirst("thead th");
        assertEquals(table.heading(), corner.text());
        assertEquals("3", corner.attr("colspan"));
        assertEquals("2", corner.attr("rowspan"));
        for (Column column : table.columns()) {
            if (!column.groupLabels().isEmpty()) {
                String group = column.groupLabels().get(0);
                long width = table.columns().stream().filter(c -> c.groupLabels().contains(group)).count();
                Element th = html.select("thead th").stream().filter(e -> e.text().equals(group)).findFirst().orElseThrow();
                assertEquals(Long.toString(width), th.attr("colspan"), group);
            } else {
                Element th = html.select("thead th").stream().filter(e -> e.text().equals(column.label())).findFirst().orElseThrow();
                assertEquals("2", th.attr("rowspan"), column.label());
            }
        }
        for (Row row : table.rows()) {
            for (String group : row.groupLabels()) {
                long rows = table.rows().stream().filter(r -> r.groupLabels().contains(group)).count();
                Elements th = html.select("tbody th").select("th:containsOwn(" + group + ")");
                assertEquals(1, th.stream().filter(e -> e.text().equals(group)).count(), group);
                assertEquals(rows > 1 ? Long.toString(rows) : "", th.first().attr("rowspan"), group);
            }
        }
        assertEquals(table.rows().size(), html.select("tbody tr").size());
        for (Element tr : html.select("tbody tr")) {
            assertEquals(table.columns().size(), tr.select("td").size());
        }
    }

    @Test
    void sectionFourIsTheOfficialRowOfFifteenNumbers() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        Element html = page(report).selectFirst("table.xxgk-reconsiderationAndLitigation");
        assertEquals(List.of("行政复议", "行政诉讼"), html.select("thead tr").get(0).select("th").eachText());
        assertEquals(List.of("5", "10"), html.select("thead tr").get(0).select("th").eachAttr("colspan"));
        assertEquals(List.of("未经复议直接起诉", "复议后起诉"), html.select("thead tr").get(1).select("th[colspan]").eachText());
        assertEquals(5, html.select("thead tr").get(1).select("th[rowspan=2]").size());
        assertEquals(10, html.select("thead tr").get(2).select("th").size());
        assertEquals(1, html.select("tbody tr").size());
        assertEquals(15, html.select("tbody td").size());
    }

    @Test
    void blanksAreEmptyCellsAndMoneyCarriesItsUnit() {
        AnnualReport report = PublishedReports.zhaoyuan2019()
                .withCell("applications.granted.total", dev.xxgk.model.Count.blank());
        Document page = page(report);
        Element granted = page.select("table.xxgk-applications tbody tr").get(2);
        assertEquals("", granted.select("td").last().text());
        assertTrue(granted.select("td").last().childNodes().isEmpty(), "an empty cell, not a placeholder");
        assertTrue(page.select("table.xxgk-proactiveDisclosure td").eachText().contains("1500084元"));
        AnnualReport wan = PublishedReports.dongyingXzsp2020();
        assertTrue(page(wan).select("table.xxgk-proactiveDisclosure td").eachText().contains("608万元"));
    }

    @Test
    void sectionTwoBandsWithFewerColumnsSpanTheTable() {
        for (Edition edition : Edition.values()) {
            Template template = Template.of(edition);
            AnnualReport report = dev.xxgk.testkit.ReportGenerator.valid(new java.util.SplittableRandom(1), edition);
            Element html = page(report).selectFirst("table.xxgk-proactiveDisclosure");
            int width = 1 + template.tables(Section.PROACTIVE_DISCLOSURE).stream().mapToInt(t -> t.columns().size()).max().orElseThrow();
            for (Element tr : html.select("tr")) {
                int slots = tr.children().stream().mapToInt(c -> c.hasAttr("colspan") ? Integer.parseInt(c.attr("colspan")) : 1).sum();
                assertEquals(width, slots, tr.outerHtml());
            }
            assertEquals(template.tables(Section.PROACTIVE_DISCLOSURE).stream().map(Table::caption).toList(),
                    html.select("tbody > tr:first-child > th").eachText());
        }
    }

    @Test
    void fragmentModeWritesTheThreeTablesOnly() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        HtmlFormat fragment = HtmlFormat.builder().fragment(true).build();
        assertTrue(fragment.fragment());
        String html = fragment.render(report);
        assertTrue(html.startsWith("<table class=\"xxgk-proactiveDisclosure\">"), html.substring(0, 60));
        assertFalse(html.contains("<html") || html.contains("<body") || html.contains("<h1") || html.contains("<style"));
        Document parsed = Jsoup.parseBodyFragment(html);
        assertEquals(3, parsed.body().children().size());
        assertEquals(List.of("table", "table", "table"), parsed.body().children().stream().map(Element::tagName).toList());
        String whole = new HtmlFormat().render(report);
        Document page = Jsoup.parse(whole);
        assertEquals(page.select("table").outerHtml(), parsed.select("table").outerHtml(), "the same tables as the page");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fragment.writer().orElseThrow().write(report, out);
        assertEquals(html, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textsAreEscapedByTheSerializer() {
        AnnualReport report = PublishedReports.dongyingqu2023().withOtherMatters("<script>alert(1)</script> & \"引号\"");
        String html = new HtmlFormat().render(report);
        assertFalse(html.contains("<script>"));
        assertEquals("<script>alert(1)</script> & \"引号\"", Jsoup.parse(html).select("#otherMatters p").text());
    }

    @Test
    void theRegistryFindsTheFormatByIdAndExtension() {
        ReportFormats formats = ReportFormats.installed();
        assertEquals(HtmlFormat.ID, formats.byId("html").id());
        assertEquals(List.of("html", "htm"), formats.byId("html").fileExtensions());
        assertEquals(HtmlFormat.ID, formats.forFile("2023年报.HTM", new byte[0]).id());
        assertThrows(IllegalArgumentException.class, () -> HtmlFormat.builder().maxBytes(0));
    }

    @Test
    void everyNoteHasAChineseAndAnEnglishMessage() {
        assertEquals(HtmlNote.CHARSET_SNIFFED.bundle().keys(Locale.ENGLISH), HtmlNote.CHARSET_SNIFFED.bundle().keys(Locale.SIMPLIFIED_CHINESE));
        for (HtmlNote note : HtmlNote.values()) {
            assertTrue(HtmlNote.CHARSET_SNIFFED.bundle().keys(Locale.ENGLISH).contains(note.id()), note.id());
            assertFalse(note.message(Locale.ENGLISH, List.of("a", "b", "c")).contains("{"), note.id());
            assertFalse(note.message(Locale.SIMPLIFIED_CHINESE, List.of("a", "b", "c")).contains("{"), note.id());
        }
        assertTrue(HtmlNote.TITLE_OUTSIDE.message(Locale.ENGLISH, List.of("t")).contains("report's"));
    }
}
