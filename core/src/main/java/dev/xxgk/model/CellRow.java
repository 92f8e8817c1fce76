package dev.xxgk.model;

/**
 * One data row of a table of the template: a fixed number of cells in the template's column
 * order.
 *
 * <p>Indexed access is what lets generic code (the catalogue, readers, writers, rules) walk a
 * table without reflection; the typed accessors of each record are the same cells by name.
 */
public sealed interface CellRow
        permits ApplicantCounts, CaseOutcomes, PublishedDocuments, ItemsAndDecisions, FeeItems, Procurement,
                DocumentStock, Decisions, FeeIncome {

    /**
     * The number of cells in the row.
     *
     * @return the number of columns
     */
    int size();

    /**
     * The cell in a column.
     *
     * @param column the column's index, from 0, in the template's order
     * @return the cell's value
     * @throws IndexOutOfBoundsException if there is no such column
     */
    CellValue cell(int column);
}
