package dev.xxgk.model;

/**
 * A section whose figures are tables: its data rows in the template's order.
 *
 * <p>Group labels of the template (such as （三）不予公开) carry no numbers and are not rows.
 */
public sealed interface CellTable permits ProactiveDisclosure, Applications, ReconsiderationAndLitigation {

    /**
     * The number of data rows.
     *
     * @return the number of rows
     */
    int rowCount();

    /**
     * A data row.
     *
     * @param index the row's index, from 0, in the template's order
     * @return the row
     * @throws IndexOutOfBoundsException if there is no such row
     */
    CellRow row(int index);
}
