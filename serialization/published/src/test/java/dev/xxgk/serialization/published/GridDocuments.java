package dev.xxgk.serialization.published;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.codec.CellCodec;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a report as the document an HTML or workbook front end makes of the official tables:
 * merged header cells expanded and marked spanned, group labels merged down the label columns,
 * a blank cell empty. For the pipeline's tests: what is rendered must read back to the report.
 */
public final class GridDocuments {

    private int line;
    private final List<Block> blocks = new ArrayList<>();
    private final List<MetaField> metadata = new ArrayList<>();

    private GridDocuments() {
    }

    private Location next() {
        return Location.line(++line);
    }

    private void paragraph(String text) {
        blocks.add(new Paragraph(text, next()));
    }

    /**
     * The document of a report.
     *
     * @param report the report
     * @param metadataBox whether the publication date is in a metadata box rather than a line
     * @return the document
     */
    public static Document render(AnnualReport report, boolean metadataBox) {
        GridDocuments d = new GridDocuments();
        if (metadataBox && report.publishedOn() != null) {
            d.metadata.add(new MetaField("公开日期", report.publishedOn().toString(), d.next()));
        }
        d.paragraph(report.agency() + report.year() + "年政府信息公开工作年度报告");
        if (!metadataBox && report.publishedOn() != null) {
            d.paragraph(ReportField.PUBLISHED_ON.label() + "：" + report.publishedOn());
        }
        d.paragraph(Section.OVERVIEW.heading());
        Overview overview = report.overview();
        d.text(overview.text());
        d.topic(ReportField.OVERVIEW_PROACTIVE, overview.proactive());
        d.topic(ReportField.OVERVIEW_ON_REQUEST, overview.onRequest());
        d.topic(ReportField.OVERVIEW_INFORMATION_MANAGEMENT, overview.informationManagement());
        d.topic(ReportField.OVERVIEW_PLATFORMS, overview.platforms());
        d.topic(ReportField.OVERVIEW_OVERSIGHT, overview.oversight());
        Template template = report.template();
        d.paragraph(Section.PROACTIVE_DISCLOSURE.heading());
        d.proactive(report, template);
        d.paragraph(Section.APPLICATIONS.heading());
        d.applications(report, template.tables(Section.APPLICATIONS).get(0));
        d.paragraph(Section.RECONSIDERATION_AND_LITIGATION.heading());
        d.litigation(report, template.tables(Section.RECONSIDERATION_AND_LITIGATION).get(0));
        d.paragraph(Section.PROBLEMS_AND_IMPROVEMENTS.heading());
        d.text(report.problemsAndImprovements());
        d.paragraph(Section.OTHER_MATTERS.heading());
        d.text(report.otherMatters());
        return new Document("test.html", d.metadata, d.blocks);
    }

    private void text(String text) {
        if (!text.isEmpty()) {
            for (String l : text.split("\n", -1)) {
                paragraph(l);
            }
        }
    }

    private void topic(ReportField field, String text) {
        if (!text.isEmpty()) {
            paragraph(field.label());
            text(text);
        }
    }

    private static String value(Cell cell, AnnualReport report) {
        return CellCodec.cellText(cell, cell.get(report));
    }

    private GridCell cell(String text, boolean spanned) {
        return new GridCell(text, Location.line(line), spanned);
    }

    /** Section 二 as one grid: per band a caption row spanning the table, a header row, its rows. */
    private void proactive(AnnualReport report, Template template) {
        List<GridRow> rows = new ArrayList<>();
        Location at = Location.line(line + 1);
        int width = 4;
        for (Table table : template.tables(Section.PROACTIVE_DISCLOSURE)) {
            List<GridCell> caption = new ArrayList<>();
            line++;
            for (int c = 0; c < width; c++) {
                caption.add(cell(table.caption(), c > 0));
            }
            rows.add(new GridRow(caption, Location.line(line)));
            List<GridCell> header = new ArrayList<>();
            line++;
            header.add(cell(table.heading(), false));
            for (int c = 0; c < width - 1; c++) {
                Column column = table.columns().get(Math.min(c, table.columns().size() - 1));
                header.add(cell(column.label(), c >= table.columns().size()));
            }
            rows.add(new GridRow(header, Location.line(line)));
            for (Row row : table.rows()) {
                line++;
                List<GridCell> cells = new ArrayList<>();
                cells.add(cell(row.label(), false));
                for (int c = 0; c < width - 1; c++) {
                    int k = Math.min(c, table.columns().size() - 1);
                    cells.add(cell(value(table.cell(row, table.columns().get(k)), report), c >= table.columns().size()));
                }
                rows.add(new GridRow(cells, Location.line(line)));
            }
        }
        blocks.add(new Grid(rows, true, at));
    }

    /** Section 三: three label columns (group, sub-group, row), a two-row header. */
    private void applications(AnnualReport report, Table table) {
        List<GridRow> rows = new ArrayList<>();
        Location at = Location.line(line + 1);
        line++;
        List<GridCell> top = new ArrayList<>();
        List<GridCell> bottom = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            top.add(cell(table.heading(), c > 0));
        }
        String previousGroup = null;
        for (Column column : table.columns()) {
            String group = column.groupLabels().isEmpty() ? column.label() : column.groupLabels().get(0);
            top.add(cell(group, group.equals(previousGroup)));
            previousGroup = group;
        }
        rows.add(new GridRow(top, Location.line(line)));
        line++;
        for (int c = 0; c < 3; c++) {
            bottom.add(cell(table.heading(), true));
        }
        for (Column column : table.columns()) {
            bottom.add(cell(column.label(), column.groupLabels().isEmpty()));
        }
        rows.add(new GridRow(bottom, Location.line(line)));
        String[] previous = new String[3];
        for (Row row : table.rows()) {
            line++;
            List<String> labels = new ArrayList<>(row.groupLabels());
            labels.add(row.label());
            String[] three = new String[3];
            for (int c = 0; c < 3; c++) {
                three[c] = labels.get(Math.min(c, labels.size() - 1));
            }
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                boolean spanned = c > 0 && three[c].equals(three[c - 1])
                        || c < labels.size() - 1 && three[c].equals(previous[c]);
                cells.add(cell(three[c], spanned));
            }
            previous = three;
            for (Column column : table.columns()) {
                cells.add(cell(value(table.cell(row, column), report), false));
            }
            rows.add(new GridRow(cells, Location.line(line)));
        }
        blocks.add(new Grid(rows, true, at));
    }

    /** Section 四: 行政复议 | 行政诉讼 over two groups, the five columns thrice, one row of 15. */
    private void litigation(AnnualReport report, Table table) {
        List<GridRow> rows = new ArrayList<>();
        Location at = Location.line(line + 1);
        List<GridCell> top = new ArrayList<>();
        List<GridCell> middle = new ArrayList<>();
        List<GridCell> bottom = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        int columns = table.columns().size();
        line++;
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            String outer = row.groupLabels().isEmpty() ? row.label() : row.groupLabels().get(0);
            String inner = row.label();
            for (int c = 0; c < columns; c++) {
                boolean sameOuter = c > 0 || r > 0 && outer.equals(table.rows().get(r - 1).groupLabels().isEmpty()
                        ? table.rows().get(r - 1).label() : table.rows().get(r - 1).groupLabels().get(0));
                top.add(cell(outer, sameOuter));
                middle.add(cell(inner, c > 0 || row.groupLabels().isEmpty()));
                bottom.add(cell(table.columns().get(c).label(), false));
                values.add(cell(value(table.cell(row, table.columns().get(c)), report), false));
            }
        }
        rows.add(new GridRow(top, Location.line(line)));
        rows.add(new GridRow(middle, Location.line(++line)));
        rows.add(new GridRow(bottom, Location.line(++line)));
        rows.add(new GridRow(values, Location.line(++line)));
        blocks.add(new Grid(rows, true, at));
    }
}
