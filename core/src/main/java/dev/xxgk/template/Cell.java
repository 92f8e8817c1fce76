package dev.xxgk.template;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellTable;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import java.util.Objects;

/**
 * A numeric cell of the template: the meeting of a {@link Row} and a {@link Column}.
 *
 * <p>Its {@link #code()} names it everywhere: in the model ({@code report.cell(code)}), as JSON
 * keys, as the header of a wide CSV column and in every violation's path.
 */
public final class Cell {

    private final Table table;
    private final Row row;
    private final Column column;
    private final int index;
    private final String code;
    private final String label;

    Cell(Table table, Row row, Column column, int index) {
        this.table = Objects.requireNonNull(table, "table");
        this.row = Objects.requireNonNull(row, "row");
        this.column = Objects.requireNonNull(column, "column");
        this.index = index;
        this.code = row.code() + "." + column.code();
        this.label = (table.caption().isEmpty() ? "" : table.caption() + " ") + row.fullLabel() + "｜" + column.fullLabel();
    }

    /**
     * The table the cell is in.
     *
     * @return the table
     */
    public Table table() {
        return table;
    }

    /**
     * The cell's row.
     *
     * @return the row
     */
    public Row row() {
        return row;
    }

    /**
     * The cell's column.
     *
     * @return the column
     */
    public Column column() {
        return column;
    }

    /**
     * The cell's position in {@link Template#cells()}.
     *
     * @return the index, from 0
     */
    public int index() {
        return index;
    }

    /**
     * The cell's code.
     *
     * @return e.g. {@code applications.granted.total}
     */
    public String code() {
        return code;
    }

    /**
     * The official label of the cell: the table's caption if it has one, the row's full label and
     * the column's, the last two joined by {@code ｜}.
     *
     * @return e.g. {@code 三、本年度办理结果 （一）予以公开｜总计}, {@code 第二十条第（五）项 行政许可｜本年增/减}
     */
    public String label() {
        return label;
    }

    /**
     * What the cell holds.
     *
     * @return the kind
     */
    public CellKind kind() {
        return column.kind();
    }

    /**
     * The section the cell belongs to.
     *
     * @return the section
     */
    public Section section() {
        return table.section();
    }

    /**
     * The cell's value in a report.
     *
     * @param report a report of the cell's edition
     * @return the value
     * @throws IllegalArgumentException if the report is of another edition
     */
    public CellValue get(AnnualReport report) {
        if (report.edition() != table.edition()) {
            throw new IllegalArgumentException(
                    code + " is a cell of edition " + table.edition() + ", the report is of edition " + report.edition());
        }
        return table(report, table.section()).row(row.index()).cell(column.index());
    }

    /**
     * The cell's value in a report, for a cell that holds a count.
     *
     * @param report a report of the cell's edition
     * @return the count
     * @throws IllegalArgumentException if the report is of another edition
     * @throws IllegalStateException if the cell holds money
     */
    public Count count(AnnualReport report) {
        if (get(report) instanceof Count count) {
            return count;
        }
        throw new IllegalStateException(code + " holds money, not a count");
    }

    /**
     * The cell's value in a report, for a cell that holds money.
     *
     * @param report a report of the cell's edition
     * @return the money
     * @throws IllegalArgumentException if the report is of another edition
     * @throws IllegalStateException if the cell holds a count
     */
    public Money money(AnnualReport report) {
        if (get(report) instanceof Money money) {
            return money;
        }
        throw new IllegalStateException(code + " holds a count, not money");
    }

    /**
     * The blank value of the cell's kind: what a report holds in the cell until it is filled.
     *
     * @return {@link Count#blank()} or {@link Money#blank()}
     */
    public CellValue blank() {
        return kind().isMoney() ? Money.blank() : Count.blank();
    }

    static CellTable table(AnnualReport report, Section section) {
        return switch (section) {
            case PROACTIVE_DISCLOSURE -> report.proactiveDisclosure();
            case APPLICATIONS -> report.applications();
            case RECONSIDERATION_AND_LITIGATION -> report.reconsiderationAndLitigation();
            default -> throw new IllegalArgumentException(section + " has no table");
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
