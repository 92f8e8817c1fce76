package dev.xxgk.model;

import java.util.Objects;

/**
 * A row of bands 第二十条第（五）项 and （六）项 in edition 2019: 行政许可, 其他对外管理服务事项, 行政处罚 or 行政强制.
 *
 * @param previousYearItems 上一年项目数量
 * @param change 本年增/减, signed: 增 25 is +25, 减 5 is −5
 * @param decisions 处理决定数量
 */
public record ItemsAndDecisions(Count previousYearItems, Count change, Count decisions) implements CellRow {

    /** The number of columns, 3. */
    public static final int SIZE = 3;

    /**
     * Rejects null cells.
     *
     * @param previousYearItems 上一年项目数量
     * @param change 本年增/减, signed: 增 25 is +25, 减 5 is −5
     * @param decisions 处理决定数量
     */
    public ItemsAndDecisions {
        Objects.requireNonNull(previousYearItems, "previousYearItems");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(decisions, "decisions");
    }

    /**
     * A row with every cell filled.
     *
     * @param previousYearItems 上一年项目数量
     * @param change 本年增/减, signed: 增 25 is +25, 减 5 is −5
     * @param decisions 处理决定数量
     * @return the row
     */
    public static ItemsAndDecisions of(int previousYearItems, int change, int decisions) {
        return new ItemsAndDecisions(Count.of(previousYearItems), Count.of(change), Count.of(decisions));
    }

    /**
     * A row whose every cell is blank.
     *
     * @return the row
     */
    public static ItemsAndDecisions blank() {
        return new ItemsAndDecisions(Count.blank(), Count.blank(), Count.blank());
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
            case 2 -> decisions;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }
}
