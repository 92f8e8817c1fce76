package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.AnnualReport;
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
import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.codec.TemplateDeviations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as text in the official layout: the title, the publication date, the six
 * section headings with the texts, and the tables with the catalogue's labels, their cells
 * separated by tabs and a blank cell written as {@value #BLANK}. UTF-8, lines ending in {@code \n}.
 *
 * <p>Lossless or nothing: {@link #write} reads what it rendered back with the format's own reader
 * and refuses, with an {@link IllegalArgumentException} naming the first field or cell that would
 * come back different, a report the text form cannot hold (a text line with white space at its
 * ends, an empty line, a line the reader takes for a heading, an agency with a space, a row of
 * another edition: docs/published-text.md lists them). {@link #render} is the layout alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublishedTextWriter implements ReportWriter {

    /** How a blank cell is written: a placeholder that reads back as blank. */
    public static final String BLANK = "/";

    private static final String SEPARATOR = "：";

    /** Reads a rendering back: what the writer writes must read back as the report. */
    private static final PublishedTextReader READER = new PublishedTextReader();

    private static final String CANNOT = "the published text cannot hold this report exactly (see docs/published-text.md,"
            + " \"What the text format preserves\"): ";

    @Override
    public void write(AnnualReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        // Item 7: a lone surrogate would be written as "?" by getBytes, silently
        Limits.requireWritable(report);
        // the text writer has no place for a row of another edition yet: refused, not dropped
        TemplateDeviations.requireNone(report, "text");
        String text = render(report);
        requireReadsBack(report, text);
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as text.
     *
     * @param report the report
     * @return the text, ending in a line break
     */
    public static String render(AnnualReport report) {
        StringBuilder out = new StringBuilder(8192);
        Template template = report.template();
        out.append(report.agency()).append(report.year()).append(PublishedTextReader.YEAR)
                .append(PublishedTextReader.TITLE).append('\n');
        if (report.publishedOn() != null) {
            out.append(ReportField.PUBLISHED_ON.label()).append(SEPARATOR).append(report.publishedOn()).append('\n');
        }
        out.append('\n');
        out.append(Section.OVERVIEW.heading()).append('\n');
        Overview overview = report.overview();
        text(out, overview.text());
        topic(out, ReportField.OVERVIEW_PROACTIVE, overview.proactive());
        topic(out, ReportField.OVERVIEW_ON_REQUEST, overview.onRequest());
        topic(out, ReportField.OVERVIEW_INFORMATION_MANAGEMENT, overview.informationManagement());
        topic(out, ReportField.OVERVIEW_PLATFORMS, overview.platforms());
        topic(out, ReportField.OVERVIEW_OVERSIGHT, overview.oversight());
        out.append('\n');
        out.append(Section.PROACTIVE_DISCLOSURE.heading()).append('\n');
        for (Table table : template.tables(Section.PROACTIVE_DISCLOSURE)) {
            out.append(table.caption()).append('\n');
            out.append(table.heading());
            for (Column column : table.columns()) {
                out.append('\t').append(column.label());
            }
            out.append('\n');
            rows(out, report, table);
        }
        out.append('\n');
        out.append(Section.APPLICATIONS.heading()).append('\n');
        for (Table table : template.tables(Section.APPLICATIONS)) {
            out.append(table.heading()).append('\n');
            header(out, table.columns());
            rows(out, report, table);
        }
        out.append('\n');
        out.append(Section.RECONSIDERATION_AND_LITIGATION.heading()).append('\n');
        for (Table table : template.tables(Section.RECONSIDERATION_AND_LITIGATION)) {
            litigation(out, report, table);
        }
        out.append('\n');
        out.append(Section.PROBLEMS_AND_IMPROVEMENTS.heading()).append('\n');
        text(out, report.problemsAndImprovements());
        out.append('\n');
        out.append(Section.OTHER_MATTERS.heading()).append('\n');
        text(out, report.otherMatters());
        return out.toString();
    }

    /**
     * Refuses a rendering that the reader would not read back as the report: the writer never
     * writes a file that reads back as another report.
     *
     * @throws IllegalArgumentException naming the first field or cell that differs, and how
     */
    static void requireReadsBack(AnnualReport report, String text) {
        AnnualReport back;
        try {
            back = READER.read(text, "written").report();
        } catch (ReportFormatException e) {
            throw new IllegalArgumentException(CANNOT + "written as text, it is not read back as a report: "
                    + e.problem(), e);
        }
        if (back.equals(report)) {
            return;
        }
        for (ReportField field : ReportField.values()) {
            String was = field.toText(report);
            String reads = field.toText(back);
            if (!was.equals(reads)) {
                throw new IllegalArgumentException(field.code() + ": " + CANNOT + difference(was, reads));
            }
        }
        for (Cell cell : report.template().cells()) {
            CellValue was = cell.get(report);
            CellValue reads = cell.get(back);
            if (!was.equals(reads)) {
                throw new IllegalArgumentException(cell.code() + ": " + CANNOT + "written as " + value(cell, was)
                        + ", it reads back as " + (reads.isBlank() ? "blank" : reads.toText()));
            }
        }
        if (!report.deviations().isEmpty()) {
            throw new IllegalArgumentException("deviations: " + CANNOT + "the text layout writes the template's rows only,"
                    + " not the " + report.deviations().size() + " row(s) of another edition the report keeps ("
                    + report.deviations().get(0).label() + ")");
        }
        if (!back.deviations().isEmpty()) {
            throw new IllegalArgumentException(CANNOT + "written as text, it reads back with a row of another edition ("
                    + back.deviations().get(0).label() + ") that the report does not have");
        }
        throw new IllegalArgumentException(CANNOT + "it reads back different");
    }

    /** Where two texts part, with a little of each around it, quoted in Java's escapes. */
    private static String difference(String was, String reads) {
        int at = 0;
        int n = Math.min(was.length(), reads.length());
        while (at < n && was.charAt(at) == reads.charAt(at)) {
            at++;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += was.charAt(i) == '\n' ? 1 : 0;
        }
        int from = Math.max(0, at - 10);
        return "at line " + line + " of the text, \"" + excerpt(was, from, at) + "\" reads back as \""
                + excerpt(reads, from, at) + "\"";
    }

    private static String excerpt(String text, int from, int at) {
        String part = text.substring(Math.min(from, text.length()), Math.min(text.length(), at + 20));
        StringBuilder out = new StringBuilder();
        part.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void text(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(text.replace("\r\n", "\n").replace('\r', '\n')).append('\n');
        }
    }

    private static void topic(StringBuilder out, ReportField field, String text) {
        if (!text.isEmpty()) {
            out.append(field.label()).append('\n');
            text(out, text);
        }
    }

    /** A two-line header: group labels over the columns they span, then the columns' own labels. */
    private static void header(StringBuilder out, List<Column> columns) {
        StringBuilder top = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        String group = null;
        for (Column column : columns) {
            top.append('\t');
            bottom.append('\t');
            if (column.groupLabels().isEmpty()) {
                top.append(column.label());
                group = null;
            } else {
                String g = String.join(" ", column.groupLabels());
                if (!g.equals(group)) {
                    top.append(g);
                }
                group = g;
                bottom.append(column.label());
            }
        }
        out.append(top).append('\n').append(bottom).append('\n');
    }

    /** Rows with their group labels on lines of their own where a group begins. */
    private static void rows(StringBuilder out, AnnualReport report, Table table) {
        List<String> groups = List.of();
        int columns = table.columns().size();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            List<String> rowGroups = row.groupLabels();
            for (int g = 0; g < rowGroups.size(); g++) {
                if (g >= groups.size() || !groups.get(g).equals(rowGroups.get(g))) {
                    for (String label : rowGroups.subList(g, rowGroups.size())) {
                        out.append(label).append('\n');
                    }
                    break;
                }
            }
            groups = rowGroups;
            out.append(row.label());
            for (Cell cell : table.cells().subList(r * columns, (r + 1) * columns)) {
                out.append('\t').append(value(cell, cell.get(report)));
            }
            out.append('\n');
        }
    }

    /** Section 四: the groups over their columns, the column labels, and one row of all cells. */
    private static void litigation(StringBuilder out, AnnualReport report, Table table) {
        int columns = table.columns().size();
        List<String> outer = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        for (Row row : table.rows()) {
            outer.add(row.groupLabels().isEmpty() ? row.label() : String.join(" ", row.groupLabels()));
            inner.add(row.groupLabels().isEmpty() ? "" : row.label());
        }
        StringBuilder top = new StringBuilder();
        StringBuilder middle = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        for (int r = 0; r < outer.size(); r++) {
            boolean newGroup = r == 0 || !outer.get(r).equals(outer.get(r - 1));
            for (int c = 0; c < columns; c++) {
                if (r + c > 0) {
                    top.append('\t');
                    middle.append('\t');
                    bottom.append('\t');
                }
                if (c == 0) {
                    top.append(newGroup ? outer.get(r) : "");
                    middle.append(inner.get(r));
                }
                bottom.append(table.columns().get(c).label());
            }
        }
        out.append(top).append('\n').append(middle).append('\n').append(bottom).append('\n');
        StringBuilder values = new StringBuilder();
        for (Cell cell : table.cells()) {
            if (values.length() > 0) {
                values.append('\t');
            }
            values.append(value(cell, cell.get(report)));
        }
        out.append(values).append('\n');
    }

    private static String value(Cell cell, CellValue value) {
        if (value.isBlank()) {
            return BLANK;
        }
        if (cell.kind() == CellKind.MONEY_WAN_YUAN) {
            return ((Money) value).amount().toPlainString();
        }
        return value.toText();
    }
}
