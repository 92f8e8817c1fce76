package dev.xxgk.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The row 政府集中采购 of band 第二十条第（九）项 in edition 2019.
 *
 * @param projects 采购项目数量
 * @param totalAmount 采购总金额, with the unit it was printed in
 */
public record Procurement(Count projects, Money totalAmount) implements CellRow {

    /** The number of columns, 2. */
    public static final int SIZE = 2;

    /**
     * Rejects null cells.
     *
     * @param projects 采购项目数量
     * @param totalAmount 采购总金额, with the unit it was printed in
     */
    public Procurement {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(totalAmount, "totalAmount");
    }

    /**
     * A row with both cells filled.
     *
     * @param projects 采购项目数量
     * @param amount 采购总金额
     * @param unit the unit the amount is printed in
     * @return the row
     */
    public static Procurement of(int projects, BigDecimal amount, MoneyUnit unit) {
        return new Procurement(Count.of(projects), Money.of(amount, unit));
    }

    /**
     * A row whose every cell is blank.
     *
     * @return the row
     */
    public static Procurement blank() {
        return new Procurement(Count.blank(), Money.blank());
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public CellValue cell(int column) {
        return switch (column) {
            case 0 -> projects;
            case 1 -> totalAmount;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }
}
