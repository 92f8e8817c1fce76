package dev.xxgk.template;

import dev.xxgk.model.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of the template: a band of section 二 (such as 第二十条第（一）项), the table of section 三,
 * or the table of section 四.
 *
 * <p>Section 四 is printed as one row of fifteen numbers; the catalogue holds it as three rows
 * (行政复议, 未经复议直接起诉, 复议后起诉) of five columns, which is how the model holds it too.
 */
public final class Table {

    private final Edition edition;
    private final Section section;
    private final String caption;
    private final String heading;
    private final List<Column> columns;
    private final List<Row> rows;
    private final List<Cell> cells;

    Table(Edition edition, Section section, String caption, String heading, List<Column> columns, List<Row> rows, int firstCellIndex) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.section = Objects.requireNonNull(section, "section");
        this.caption = Objects.requireNonNull(caption, "caption");
        this.heading = Objects.requireNonNull(heading, "heading");
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        List<Cell> all = new ArrayList<>(rows.size() * columns.size());
        int index = firstCellIndex;
        for (Row row : this.rows) {
            for (Column column : this.columns) {
                all.add(new Cell(this, row, column, index++));
            }
        }
        this.cells = List.copyOf(all);
    }

    /**
     * The edition the table belongs to.
     *
     * @return the edition
     */
    public Edition edition() {
        return edition;
    }

    /**
     * The section the table belongs to.
     *
     * @return the section
     */
    public Section section() {
        return section;
    }

    /**
     * The caption printed above the table: {@code 第二十条第（一）项} for a band of section 二; empty
     * for the tables of sections 三 and 四.
     *
     * @return the caption, or the empty string
     */
    public String caption() {
        return caption;
    }

    /**
     * The label of the table's top-left header cell: {@code 信息内容} for the bands of section 二,
     * the statement of the table's rule for section 三; empty for section 四.
     *
     * @return the heading, or the empty string
     */
    public String heading() {
        return heading;
    }

    /**
     * The columns, in order.
     *
     * @return the columns
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * The data rows, in order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The cells, row by row.
     *
     * @return the cells
     */
    public List<Cell> cells() {
        return cells;
    }

    /**
     * The cell at a row and column of this table.
     *
     * @param row a row of this table
     * @param column a column of this table
     * @return the cell
     * @throws IllegalArgumentException if the row or column is not of this table
     */
    public Cell cell(Row row, Column column) {
        int r = rows.indexOf(row);
        int c = columns.indexOf(column);
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException("no cell at " + row.code() + " / " + column.code() + " in this table");
        }
        return cells.get(r * columns.size() + c);
    }

    @Override
    public String toString() {
        return section.code() + (caption.isEmpty() ? "" : " " + caption);
    }
}
