package dev.xxgk.serialization.html.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.codec.TemplateDeviations;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Money;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes a report as HTML5 in the official layout. The page is built as a jsoup DOM and
 * serialized by jsoup, which escapes the texts; every label, group label and caption comes from
 * the template catalogue, and every {@code rowspan}/{@code colspan} from the catalogue's group
 * labels.
 *
 * <p>Section 二 is one table with a {@code <tbody>} per band (its caption row, its header row,
 * its rows), as in the official template; a band with fewer columns than the widest lets its
 * last column span the rest. Section 三 has the row labels in as many columns as the deepest
 * row has labels, the group labels merged down the rows they hold, and two header rows.
 * Section 四 is the official single row of fifteen numbers under three header rows. Each table's
 * {@code <caption>} is its section's heading.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlPageWriter implements ReportWriter {

    /** The words after the agency and the year in the title. */
    static final String TITLE = "年政府信息公开工作年度报告";

    private static final String STYLE = """
            body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei","Noto Sans CJK SC","SimSun",sans-serif;\
            line-height:1.6;max-width:64em;margin:0 auto;padding:1em;color:#000;background:#fff}
            h1{text-align:center;font-size:1.6em}
            .xxgk-published{text-align:center}
            h2,caption{font-size:1.25em;font-weight:bold;text-align:left;margin:1em 0 .5em}
            h3{font-size:1.05em}
            table{border-collapse:collapse;width:100%;margin:0 0 1em;break-inside:avoid;page-break-inside:avoid}
            th,td{border:1px solid #000;padding:.2em .4em}
            th{font-weight:normal}
            thead th{font-weight:bold}
            td{text-align:center}
            thead{display:table-header-group}
            tr{break-inside:avoid;page-break-inside:avoid}
            @media print{body{max-width:none;padding:0}h2,h3,caption{break-after:avoid;page-break-after:avoid}}
            @page{size:A4;margin:2cm}
            """;

    private final boolean fragment;

    /**
     * A writer.
     *
     * @param fragment true to write the three tables only, for a page of the caller's
     */
    public HtmlPageWriter(boolean fragment) {
        this.fragment = fragment;
    }

    @Override
    public void write(AnnualReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            out.write(render(report).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as HTML.
     *
     * @param report the report
     * @return a whole page, or the three tables in fragment mode, ending in a line break
     */
    public String render(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        // no row of another edition in the HTML tables yet: refused, not dropped
        TemplateDeviations.requireNone(report, "html");
        Document page = new Document("");
        page.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html).prettyPrint(true).indentAmount(1);
        Template template = report.template();
        if (fragment) {
            Element holder = page.appendElement("div");
            tables(holder, report, template);
            StringBuilder out = new StringBuilder(32_768);
            for (Element table : holder.children()) {
                out.append(table.outerHtml()).append('\n');
            }
            return out.toString();
        }
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("lang", "zh-CN");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "xxgk");
        String title = report.agency() + report.year() + TITLE;
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element article = html.appendElement("body").appendElement("article").addClass("xxgk-report");
        article.appendElement("h1").text(title);
        if (report.publishedOn() != null) {
            Element date = article.appendElement("p").addClass("xxgk-published");
            date.appendText(ReportField.PUBLISHED_ON.label() + "：");
            date.appendElement("time").attr("datetime", report.publishedOn().toString()).text(report.publishedOn().toString());
        }
        Overview overview = report.overview();
        Element one = section(article, Section.OVERVIEW);
        one.appendElement("h2").text(Section.OVERVIEW.heading());
        paragraphs(one, overview.text());
        topic(one, ReportField.OVERVIEW_PROACTIVE, overview.proactive());
        topic(one, ReportField.OVERVIEW_ON_REQUEST, overview.onRequest());
        topic(one, ReportField.OVERVIEW_INFORMATION_MANAGEMENT, overview.informationManagement());
        topic(one, ReportField.OVERVIEW_PLATFORMS, overview.platforms());
        topic(one, ReportField.OVERVIEW_OVERSIGHT, overview.oversight());
        proactive(section(article, Section.PROACTIVE_DISCLOSURE), report, template);
        applications(section(article, Section.APPLICATIONS), report, template);
        litigation(section(article, Section.RECONSIDERATION_AND_LITIGATION), report, template);
        Element five = section(article, Section.PROBLEMS_AND_IMPROVEMENTS);
        five.appendElement("h2").text(Section.PROBLEMS_AND_IMPROVEMENTS.heading());
        paragraphs(five, report.problemsAndImprovements());
        Element six = section(article, Section.OTHER_MATTERS);
        six.appendElement("h2").text(Section.OTHER_MATTERS.heading());
        paragraphs(six, report.otherMatters());
        return page.outerHtml() + "\n";
    }

    private static void tables(Element holder, AnnualReport report, Template template) {
        proactive(holder, report, template);
        applications(holder, report, template);
        litigation(holder, report, template);
    }

    private static Element section(Element article, Section section) {
        return article.appendElement("section").id(section.code());
    }

    private static void paragraphs(Element parent, String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            parent.appendElement("p").text(line);
        }
    }

    private static void topic(Element parent, ReportField field, String text) {
        if (!text.isEmpty()) {
            parent.appendElement("h3").text(field.label());
            paragraphs(parent, text);
        }
    }

    private static Element table(Element parent, Section section) {
        Element table = parent.appendElement("table").addClass("xxgk-" + section.code());
        table.appendElement("caption").text(section.heading());
        return table;
    }

    /** Section 二: one table, a tbody per band: the caption row, the header row, the rows. */
    private static void proactive(Element parent, AnnualReport report, Template template) {
        List<Table> bands = template.tables(Section.PROACTIVE_DISCLOSURE);
        int labelColumns = labelColumns(bands);
        int valueColumns = bands.stream().mapToInt(t -> t.columns().size()).max().orElse(1);
        Element table = table(parent, Section.PROACTIVE_DISCLOSURE);
        for (Table band : bands) {
            Element body = table.appendElement("tbody");
            Element caption = body.appendElement("tr").appendElement("th").attr("scope", "colgroup")
                    .text(band.caption());
            span(caption, "colspan", labelColumns + valueColumns);
            Element header = body.appendElement("tr");
            span(header.appendElement("th").attr("scope", "col").text(band.heading()), "colspan", labelColumns);
            List<Column> columns = band.columns();
            for (int c = 0; c < columns.size(); c++) {
                Element th = header.appendElement("th").attr("scope", "col").text(columns.get(c).label());
                if (c == columns.size() - 1) {
                    span(th, "colspan", valueColumns - columns.size() + 1);
                }
            }
            rows(body, report, band, labelColumns, valueColumns);
        }
    }

    /** Section 三: the heading over the row labels, the column groups over their columns. */
    private static void applications(Element parent, AnnualReport report, Template template) {
        for (Table band : template.tables(Section.APPLICATIONS)) {
            int labelColumns = labelColumns(List.of(band));
            List<Column> columns = band.columns();
            int levels = columns.stream().mapToInt(c -> c.groupLabels().size() + 1).max().orElse(1);
            Element table = table(parent, Section.APPLICATIONS);
            Element head = table.appendElement("thead");
            for (int level = 0; level < levels; level++) {
                Element tr = head.appendElement("tr");
                if (level == 0) {
                    Element corner = tr.appendElement("th").attr("scope", "col").text(band.heading());
                    span(corner, "colspan", labelColumns);
                    span(corner, "rowspan", levels);
                }
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    List<String> groups = column.groupLabels();
                    if (level < groups.size()) {
                        if (c > 0 && samePrefix(columns.get(c - 1).groupLabels(), groups, level)) {
                            continue;
                        }
                        int run = 1;
                        while (c + run < columns.size() && samePrefix(columns.get(c + run).groupLabels(), groups, level)) {
                            run++;
                        }
                        span(tr.appendElement("th").attr("scope", "colgroup").text(groups.get(level)), "colspan", run);
                    } else if (level == groups.size()) {
                        span(tr.appendElement("th").attr("scope", "col").text(column.label()), "rowspan", levels - level);
                    }
                }
            }
            rows(table.appendElement("tbody"), report, band, labelColumns, columns.size());
        }
    }

    /** Section 四: the groups over their rows' columns, the rows' labels, the columns, one row of numbers. */
    private static void litigation(Element parent, AnnualReport report, Template template) {
        for (Table band : template.tables(Section.RECONSIDERATION_AND_LITIGATION)) {
            List<Row> rows = band.rows();
            List<Column> columns = band.columns();
            int depth = rows.stream().mapToInt(r -> r.groupLabels().size() + 1).max().orElse(1);
            Element table = table(parent, Section.RECONSIDERATION_AND_LITIGATION);
            Element head = table.appendElement("thead");
            for (int level = 0; level <= depth; level++) {
                Element tr = head.appendElement("tr");
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    List<String> groups = row.groupLabels();
                    if (level < groups.size()) {
                        if (r > 0 && samePrefix(rows.get(r - 1).groupLabels(), groups, level)) {
                            continue;
                        }
                        int run = 1;
                        while (r + run < rows.size() && samePrefix(rows.get(r + run).groupLabels(), groups, level)) {
                            run++;
                        }
                        span(tr.appendElement("th").attr("scope", "colgroup").text(groups.get(level)), "colspan",
                                run * columns.size());
                    } else if (level == groups.size()) {
                        span(tr.appendElement("th").attr("scope", "colgroup").text(row.label()), "colspan", columns.size());
                    } else if (level == groups.size() + 1) {
                        for (Column column : columns) {
                            span(tr.appendElement("th").attr("scope", "col").text(column.label()), "rowspan", depth - level + 1);
                        }
                    }
                }
            }
            Element values = table.appendElement("tbody").appendElement("tr");
            for (Cell cell : band.cells()) {
                values.appendElement("td").text(value(cell, cell.get(report)));
            }
        }
    }

    /** Data rows: the labels of each row in {@code labelColumns} columns, group labels merged down their rows. */
    private static void rows(Element body, AnnualReport report, Table band, int labelColumns, int valueColumns) {
        List<Row> rows = band.rows();
        int columns = band.columns().size();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> groups = row.groupLabels();
            Element tr = body.appendElement("tr");
            for (int level = 0; level < groups.size(); level++) {
                if (r > 0 && samePrefix(rows.get(r - 1).groupLabels(), groups, level)) {
                    continue;
                }
                int run = 1;
                while (r + run < rows.size() && samePrefix(rows.get(r + run).groupLabels(), groups, level)) {
                    run++;
                }
                span(tr.appendElement("th").attr("scope", "rowgroup").text(groups.get(level)), "rowspan", run);
            }
            span(tr.appendElement("th").attr("scope", "row").text(row.label()), "colspan", labelColumns - groups.size());
            List<Cell> cells = band.cells().subList(r * columns, (r + 1) * columns);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                Element td = tr.appendElement("td").text(value(cell, cell.get(report)));
                if (c == cells.size() - 1) {
                    span(td, "colspan", valueColumns - columns + 1);
                }
            }
        }
    }

    private static int labelColumns(List<Table> tables) {
        return tables.stream().flatMap(t -> t.rows().stream()).mapToInt(r -> r.groupLabels().size() + 1).max().orElse(1);
    }

    /** Whether two label paths agree up to and including a level. */
    private static boolean samePrefix(List<String> other, List<String> groups, int level) {
        return other.size() > level && other.subList(0, level + 1).equals(groups.subList(0, level + 1));
    }

    private static void span(Element cell, String attribute, int n) {
        if (n > 1) {
            cell.attr(attribute, Integer.toString(n));
        }
    }

    private static String value(Cell cell, CellValue value) {
        if (value.isBlank()) {
            return "";
        }
        if (cell.kind() == CellKind.MONEY_WAN_YUAN) {
            return ((Money) value).amount().toPlainString();
        }
        return value.toText();
    }
}
