package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.serialization.Reading;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Section;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tables as some pages print them: a group label cut into two merged cells, two template tables in one {@code <table>}. */
class HtmlOddTablesTest {

    static java.util.List<AnnualReport> reports() {
        return HtmlReadingTest.reports();
    }

    /** 三、本年度办理结果 printed as two cells merged over half of its rows each: 三、本年度 and 办理结果. */
    @ParameterizedTest
    @MethodSource("reports")
    void aGroupLabelSplitIntoTwoVerticallyMergedCells(AnnualReport report) {
        Document page = Jsoup.parse(PortalPages.official(report));
        Element group = page.select("table.xxgk-applications tbody th[rowspan]").first();
        int span = Integer.parseInt(group.attr("rowspan"));
        String label = group.text();
        int cut = label.indexOf("、") + 4;
        group.attr("rowspan", Integer.toString(span / 2)).text(label.substring(0, cut));
        Element row = page.select("table.xxgk-applications tbody tr").get(2 + span / 2);
        row.prependElement("th").attr("rowspan", Integer.toString(span - span / 2)).text(label.substring(cut));
        HtmlReadingTest.assertSameReport(report, HtmlReadingTest.read(page.outerHtml().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Section 二 and section 三 in one {@code <table>}, the heading of 三 a full-width row between
     * them. The front end hands the one grid over as printed; the pipeline splits it at the heading
     * row and aligns each part to its own section: every cell of the report is read.
     */
    @ParameterizedTest
    @MethodSource("reports")
    void twoTemplateTablesInOneTable(AnnualReport report) {
        Document page = Jsoup.parse(PortalPages.official(report));
        Element two = page.selectFirst("table.xxgk-proactiveDisclosure");
        Element three = page.selectFirst("table.xxgk-applications");
        Element caption = three.selectFirst("caption");
        two.appendElement("tbody").appendElement("tr").appendElement("td").attr("colspan", "10").text(caption.text());
        for (Element part : three.select("thead, tbody")) {
            two.appendChild(part.tagName("tbody"));
        }
        three.remove();
        HtmlReadingTest.assertSameReport(report, HtmlReadingTest.read(page.outerHtml().getBytes(StandardCharsets.UTF_8)));
    }

    /** The same without the heading row: the header rows of section 三 start the second table. */
    @ParameterizedTest
    @MethodSource("reports")
    void twoTemplateTablesInOneTableWithoutAHeadingRow(AnnualReport report) {
        Document page = Jsoup.parse(PortalPages.official(report));
        Element two = page.selectFirst("table.xxgk-proactiveDisclosure");
        Element three = page.selectFirst("table.xxgk-applications");
        for (Element part : three.select("thead, tbody")) {
            two.appendChild(part.tagName("tbody"));
        }
        three.remove();
        HtmlReadingTest.assertSameReport(report, HtmlReadingTest.read(page.outerHtml().getBytes(StandardCharsets.UTF_8)));
    }
}
