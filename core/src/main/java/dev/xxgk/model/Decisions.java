package dev.xxgk.model;

import java.util.Objects;

/**
 * A row of bands 第二十条第（五）项 and （六）项 in edition 2021: 行政许可, 行政处罚 or 行政强制.
 *
 * @param decisions 本年处理决定数量
 */
public record Decisions(Count decisions) implements CellRow {

    /** The number of columns, 1. */
    public static final int SIZE = 1;

    /**
     * Rejects a null cell.
     *
     * @param decisions 本年处理决定数量
     */
    public Decisions {
        Objects.requireNonNull(decisions, "decisions");
    }

    /**
     * A filled row.
     *
     * @param decisions 本年处理决定数量
     * @return the row
     */
    public static Decisions of(int decisions) {
        return new Decisions(Count.of(decisions));
    }

    /**
     * A blank row.
     *
     * @return the row
     */
    public static Decisions blank() {
        return new Decisions(Count.blank());
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Count cell(int column) {
        if (column != 0) {
            throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        }
        return decisions;
    }
}
