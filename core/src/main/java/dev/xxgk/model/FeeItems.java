package dev.xxgk.model;

import java.util.Objects;

/**
 * The row 行政事业性收费 of band 第二十条第（八）项 in edition 2019.
 *
 * @param previousYearItems 上一年项目数量
 * @param change 本年增/减, signed
 */
public record FeeItems(Count previousYearItems, Count change) implements CellRow {

    /** The number of columns, 2. */
    public static final int SIZE = 2;

    /**
     * Rejects null cells.
     *
     * @param previousYearItems 上一年项目数量
     * @param change 本年增/减, signed
     */
    public FeeItems {
        Objects.requireNonNull(previousYearItems, "previousYearItems");
        Objects.requireNonNull(change, "change");
    }

    /**
     * A row with every cell filled.
     *
     * @param previousYearItems 上一年项目数量
     * @param change 本年增/减, signed
     * @return the row
     */
    public static FeeItems of(int previousYearItems, int change) {
        return new FeeItems(Count.of(previousYearItems), Count.of(change));
    }

    /**
     * A row whose every cell is blank.
     *
     * @return the row
     */
    public static FeeItems blank() {
        return new FeeItems(Count.blank(), Count.blank());
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Count cell(int column) {
        return switch (column) {
            case 0 -> previousYearItems;
            case 1 -> change;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }
}
