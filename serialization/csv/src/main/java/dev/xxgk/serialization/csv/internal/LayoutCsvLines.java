package dev.xxgk.serialization.csv.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the layout CSV form of one edition, derived from the catalogue: the header facts
 * and texts as label/value rows, and the tables as the template prints them. The writer writes
 * these rows; the reader expects them in this order.
 *
 * <p>A table is a caption row (section 二), its header rows and its data rows. The header is laid
 * out as a spreadsheet holds merged cells: a label in the top-left cell of the area it spans. The
 * columns' group labels ({@code 法人或其他组织}) stand above their columns; a column without a
 * group spans every header row, its label in the first. The data rows carry their label after
 * their group labels ({@code 三、本年度办理结果}, {@code （三）不予公开}), which are written on the
 * first row of their group only. Section 四 is printed, as in the template, as one row of fifteen
 * numbers under three header rows ({@code 行政复议}, {@code 行政诉讼} / {@code 未经复议直接起诉},
 * {@code 复议后起诉}, then the five column labels three times).
 */
public final class LayoutCsvLines {

    /** A row of the layout. */
    public sealed interface Line permits Blank, FieldLine, Fixed, Data {
    }

    /** An empty row between sections, for a person's eye; a reader skips empty rows anywhere. */
    public record Blank() implements Line {
    }

    /**
     * A header fact or a text: its label, then its value.
     *
     * @param field the field
     */
    public record FieldLine(ReportField field) implements Line {
    }

    /**
     * A row of labels only: a section's heading, a caption, a header row of a table.
     *
     * @param cells the cells as written
     * @param path the code of the section, for errors
     */
    public record Fixed(List<String> cells, String path) implements Line {
        /**
         * Copies the list.
         *
         * @param cells the cells as written
         * @param path the code of the section, for errors
         */
        public Fixed {
            cells = List.copyOf(cells);
        }

        /** {@return the row's labels, for messages} */
        public String describe() {
            return String.join(",", trim(cells));
        }
    }

    /**
     * A data row: its label cells, then one cell per column.
     *
     * @param labels the label cells as written
     * @param groups for each label cell that holds a group label, that label, which a reader also
     *     accepts where the writer leaves the cell empty; null elsewhere
     * @param cells the cells of the row's values, in order
     * @param path the code of the row, for errors
     */
    public record Data(List<String> labels, List<String> groups, List<Cell> cells, String path) implements Line {
        /**
         * Copies the lists.
         *
         * @param labels the label cells as written
         * @param groups for each label cell that holds a group label, that label, which a reader also accepts where the writer leaves the cell empty; null elsewhere
         * @param cells the cells of the row's values, in order
         * @param path the code of the row, for errors
         */
        public Data {
            labels = List.copyOf(labels);
            groups = Collections.unmodifiableList(new ArrayList<>(groups));
            cells = List.copyOf(cells);
        }

        /** {@return the row's labels, for messages} */
        public String describe() {
            return String.join(",", trim(labels));
        }
    }

    /**
     * The label of the block after section 六 that holds the rows of the other edition a report
     * prints (its template deviations), one row each: the edition, the row's label, its figures.
     * Written only when there are some.
     */
    public static final String DEVIATIONS = "与本版格式不符的行";

    private static final Map<Edition, List<Line>> LINES = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            LINES.put(edition, build(Template.of(edition)));
        }
    }

    private LayoutCsvLines() {
    }

    /**
     * The rows of an edition, in order; the first is the edition's own label/value row.
     *
     * @param edition the edition
     * @return the rows
     */
    public static List<Line> of(Edition edition) {
        return LINES.get(edition);
    }

    private static List<String> trim(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static List<Line> build(Template template) {
        List<Line> lines = new ArrayList<>();
        for (ReportField field : ReportField.values()) {
            if (field.section().isEmpty()) {
                lines.add(new FieldLine(field));
            }
        }
        for (Section section : Section.values()) {
            lines.add(new Blank());
            if (section.hasTables()) {
                lines.add(new Fixed(List.of(section.heading()), section.code()));
                for (Table table : template.tables(section)) {
                    if (section == Section.RECONSIDERATION_AND_LITIGATION) {
                        // the template prints section 四 as one row of fifteen numbers (see Table)
                        sideBySide(lines, table);
                    } else {
                        table(lines, table);
                    }
                }
            }
            for (ReportField field : ReportField.values()) {
                if (field.section().orElse(null) == section) {
                    lines.add(new FieldLine(field));
                }
            }
        }
        return List.copyOf(lines);
    }

    private static void table(List<Line> lines, Table table) {
        String path = table.section().code();
        if (!table.caption().isEmpty()) {
            lines.add(new Fixed(List.of(table.caption()), path));
        }
        int width = 0;
        for (Row row : table.rows()) {
            width = Math.max(width, row.groupLabels().size() + 1);
        }
        List<List<String>> headers = new ArrayList<>();
        for (Column column : table.columns()) {
            List<String> labels = new ArrayList<>(column.groupLabels());
            labels.add(column.label());
            headers.add(labels);
        }
        header(lines, headers, width, table.heading(), path);
        List<String> previous = List.of();
        for (Row row : table.rows()) {
            String[] labels = new String[width];
            String[] groups = new String[width];
            Arrays.fill(labels, "");
            List<String> rowGroups = row.groupLabels();
            for (int k = 0; k < rowGroups.size(); k++) {
                groups[k] = rowGroups.get(k);
                boolean continues = previous.size() > k && previous.subList(0, k + 1).equals(rowGroups.subList(0, k + 1));
                labels[k] = continues ? "" : rowGroups.get(k);
            }
            labels[rowGroups.size()] = row.label();
            previous = rowGroups;
            List<Cell> cells = new ArrayList<>();
            for (Column column : table.columns()) {
                cells.add(table.cell(row, column));
            }
            lines.add(new Data(Arrays.asList(labels), Arrays.asList(groups), cells, row.code()));
        }
    }

    private static void sideBySide(List<Line> lines, Table table) {
        List<List<String>> headers = new ArrayList<>();
        for (Row row : table.rows()) {
            for (Column column : table.columns()) {
                List<String> labels = new ArrayList<>(row.groupLabels());
                labels.add(row.label());
                labels.add(column.label());
                headers.add(labels);
            }
        }
        header(lines, headers, 0, "", table.section().code());
        lines.add(new Data(List.of(), List.of(), table.cells(), table.section().code()));
    }

    /**
     * The header rows over columns whose labels are given outermost first: a group label in the
     * first column of its run, a column's own label in the last header row, or in the first when
     * the column has no group; the table's heading in the top-left cell.
     */
    private static void header(List<Line> lines, List<List<String>> columns, int width, String heading, String path) {
        int depth = 0;
        for (List<String> labels : columns) {
            depth = Math.max(depth, labels.size());
        }
        String[][] grid = new String[depth][width + columns.size()];
        for (String[] row : grid) {
            Arrays.fill(row, "");
        }
        if (width > 0) {
            grid[0][0] = heading;
        }
        for (int j = 0; j < columns.size(); j++) {
            List<String> labels = columns.get(j);
            int groups = labels.size() - 1;
            for (int k = 0; k < groups; k++) {
                List<String> before = j == 0 ? List.of() : columns.get(j - 1);
                boolean continues = before.size() - 1 > k && before.subList(0, k + 1).equals(labels.subList(0, k + 1));
                if (!continues) {
                    grid[k][width + j] = labels.get(k);
                }
            }
            grid[groups == 0 ? 0 : depth - 1][width + j] = labels.get(groups);
        }
        for (String[] row : grid) {
            lines.add(new Fixed(Arrays.asList(row), path));
        }
    }
}
