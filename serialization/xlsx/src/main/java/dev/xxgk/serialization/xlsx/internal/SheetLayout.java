package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The official layout of the sheet of one section with tables (二, 三 or 四), derived from the
 * catalogue: where every label and every cell goes and which areas are merged. The writer draws
 * it; nothing here is written by hand.
 *
 * <p>The sheet starts with the section's heading, merged across the table's width, and an empty
 * row. Section 二 is one table of bands, each a caption row merged across, a header row and its
 * data rows; section 三 a two-row header (the rule statement over the label columns, 法人或其他组织
 * over its five columns) and data rows whose group labels are merged down their group; section 四
 * a three-row header over one row of fifteen numbers, as the template prints it.
 */
public final class SheetLayout {

    /** What kind of text an area holds, for its style. */
    public enum Kind {
        /** The section's heading. */
        HEADING,
        /** A caption of a band of section 二. */
        CAPTION,
        /** A header cell of a table. */
        HEADER,
        /** A row label. */
        LABEL
    }

    /**
     * A label placed on the sheet, merged over its area when the area is larger than one cell.
     *
     * @param text the label
     * @param kind its style
     * @param firstRow the area's first row, from 0
     * @param lastRow the area's last row
     * @param firstColumn the area's first column, from 0
     * @param lastColumn the area's last column
     */
    public record Label(String text, Kind kind, int firstRow, int lastRow, int firstColumn, int lastColumn) {

        /** {@return whether the area is more than one cell} */
        public boolean merged() {
            return firstRow != lastRow || firstColumn != lastColumn;
        }
    }

    /**
     * A cell of the template placed on the sheet.
     *
     * @param cell the template's cell
     * @param row the sheet row, from 0
     * @param column the sheet column, from 0
     */
    public record Placed(Cell cell, int row, int column) {
    }

    private static final Map<Edition, Map<Section, SheetLayout>> LAYOUTS = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            Map<Section, SheetLayout> sections = new EnumMap<>(Section.class);
            Template template = Template.of(edition);
            for (Section section : Section.values()) {
                if (section.hasTables()) {
                    sections.put(section, new SheetLayout(section, template.tables(section)));
                }
            }
            LAYOUTS.put(edition, sections);
        }
    }

    private final Section section;
    private final List<Label> labels = new ArrayList<>();
    private final List<Placed> cells = new ArrayList<>();
    private int width;
    private int headerRows;
    private int labelColumns;
    private int rows;

    private SheetLayout(Section section, List<Table> tables) {
        this.section = section;
        int row = 2;
        for (Table table : tables) {
            width = Math.max(width, labelColumns(table) + columnCount(table));
        }
        for (Table table : tables) {
            row = section == Section.RECONSIDERATION_AND_LITIGATION ? sideBySide(table, row) : table(table, row);
        }
        labels.add(0, new Label(section.heading(), Kind.HEADING, 0, 0, 0, width - 1));
        rows = row;
    }

    /**
     * The layout of a section's sheet.
     *
     * @param edition the edition
     * @param section a section with tables
     * @return the layout
     */
    public static SheetLayout of(Edition edition, Section section) {
        SheetLayout layout = LAYOUTS.get(edition).get(section);
        if (layout == null) {
            throw new IllegalArgumentException(section + " has no tables");
        }
        return layout;
    }

    /** {@return the section} */
    public Section section() {
        return section;
    }

    /** {@return the labels, the heading first} */
    public List<Label> labels() {
        return List.copyOf(labels);
    }

    /** {@return the template's cells, in the catalogue's order} */
    public List<Placed> cells() {
        return List.copyOf(cells);
    }

    /** {@return the number of columns the tables span} */
    public int width() {
        return width;
    }

    /** {@return the number of rows the sheet uses} */
    public int rows() {
        return rows;
    }

    /** {@return the rows above the first data row of the first table, frozen when the sheet scrolls} */
    public int headerRows() {
        return headerRows;
    }

    /** {@return the columns that hold row labels, frozen when the sheet scrolls} */
    public int labelColumns() {
        return labelColumns;
    }

    private static int labelColumns(Table table) {
        if (table.section() == Section.RECONSIDERATION_AND_LITIGATION) {
            return 0;
        }
        int n = 0;
        for (Row row : table.rows()) {
            n = Math.max(n, row.groupLabels().size() + 1);
        }
        return n;
    }

    private static int columnCount(Table table) {
        return table.section() == Section.RECONSIDERATION_AND_LITIGATION
                ? table.rows().size() * table.columns().size()
                : table.columns().size();
    }

    private int table(Table table, int top) {
        int row = top;
        int labelWidth = labelColumns(table);
        labelColumns = Math.max(labelColumns, labelWidth);
        if (!table.caption().isEmpty()) {
            labels.add(new Label(table.caption(), Kind.CAPTION, row, row, 0, width - 1));
            row++;
        }
        List<List<String>> stacks = new ArrayList<>();
        for (Column column : table.columns()) {
            List<String> stack = new ArrayList<>(column.groupLabels());
            stack.add(column.label());
            stacks.add(stack);
        }
        int depth = header(stacks, row, labelWidth, table.heading());
        row += depth;
        if (headerRows == 0) {
            headerRows = row;
        }
        List<Row> data = table.rows();
        for (int r = 0; r < data.size(); r++) {
            Row current = data.get(r);
            List<String> stack = new ArrayList<>(current.groupLabels());
            stack.add(current.label());
            for (int k = 0; k < stack.size() - 1; k++) {
                if (r > 0 && sharesPrefix(data.get(r - 1), current, k)) {
                    continue;
                }
                int last = r;
                while (last + 1 < data.size() && sharesPrefix(data.get(last + 1), current, k)) {
                    last++;
                }
                labels.add(new Label(stack.get(k), Kind.LABEL, row + r, row + last, k, k));
            }
            labels.add(new Label(current.label(), Kind.LABEL, row + r, row + r, stack.size() - 1, labelWidth - 1));
            for (Column column : table.columns()) {
                cells.add(new Placed(table.cell(current, column), row + r, labelWidth + column.index()));
            }
        }
        return row + data.size();
    }

    private static boolean sharesPrefix(Row a, Row b, int k) {
        return a.groupLabels().size() > k && b.groupLabels().size() > k
                && a.groupLabels().subList(0, k + 1).equals(b.groupLabels().subList(0, k + 1));
    }

    private int sideBySide(Table table, int top) {
        List<List<String>> stacks = new ArrayList<>();
        for (Row row : table.rows()) {
            for (Column column : table.columns()) {
                List<String> stack = new ArrayList<>(row.groupLabels());
                stack.add(row.label());
                stack.add(column.label());
                stacks.add(stack);
            }
        }
        int depth = header(stacks, top, 0, "");
        int data = top + depth;
        headerRows = data;
        int column = 0;
        for (Row row : table.rows()) {
            for (Column c : table.columns()) {
                cells.add(new Placed(table.cell(row, c), data, column++));
            }
        }
        return data + 1;
    }

    /**
     * The header rows over columns whose labels are given outermost first, as the template merges
     * them: a label spans the run of columns that share it and the labels before it; the first
     * label of a column with fewer labels than the header has rows spans the rows left over (自然人
     * over both rows of section 三, 行政复议 over two of the three of section 四); the table's
     * heading spans the label columns and every header row.
     */
    private int header(List<List<String>> stacks, int top, int labelWidth, String heading) {
        int depth = 0;
        for (List<String> stack : stacks) {
            depth = Math.max(depth, stack.size());
        }
        if (labelWidth > 0) {
            labels.add(new Label(heading, Kind.HEADER, top, top + depth - 1, 0, labelWidth - 1));
        }
        for (int j = 0; j < stacks.size(); j++) {
            List<String> stack = stacks.get(j);
            int extra = depth - stack.size();
            for (int k = 0; k < stack.size(); k++) {
                if (j > 0 && sharesPrefix(stacks.get(j - 1), stack, k) && k < stack.size() - 1) {
                    continue;
                }
                int last = j;
                if (k < stack.size() - 1) {
                    while (last + 1 < stacks.size() && sharesPrefix(stacks.get(last + 1), stack, k)) {
                        last++;
                    }
                }
                int firstRow = k == 0 ? top : top + k + extra;
                int lastRow = top + k + extra;
                labels.add(new Label(stack.get(k), Kind.HEADER, firstRow, lastRow, labelWidth + j, labelWidth + last));
            }
        }
        return depth;
    }

    private static boolean sharesPrefix(List<String> a, List<String> b, int k) {
        return a.size() > k + 1 && b.size() > k + 1 && a.subList(0, k + 1).equals(b.subList(0, k + 1));
    }
}
