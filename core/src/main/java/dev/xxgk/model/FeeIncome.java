package dev.xxgk.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The row 行政事业性收费 of band 第二十条第（八）项 in edition 2021.
 *
 * @param amountWanYuan 本年收费金额（单位：万元）: blank, or an exact amount whose unit is 万元
 */
public record FeeIncome(Money amountWanYuan) implements CellRow {

    /** The number of columns, 1. */
    public static final int SIZE = 1;

    /**
     * Rejects a null cell and an amount in another unit than 万元: the column is printed in 万元,
     * so an amount in 元 cannot stand there without a conversion, which the model never does.
     *
     * @param amountWanYuan 本年收费金额（单位：万元）: blank, or an exact amount whose unit is 万元
     */
    public FeeIncome {
        Objects.requireNonNull(amountWanYuan, "amountWanYuan");
        if (!amountWanYuan.isBlank() && amountWanYuan.unit() != MoneyUnit.WAN_YUAN) {
            throw new IllegalArgumentException("amountWanYuan must be in 万元, was " + amountWanYuan);
        }
    }

    /**
     * A filled row.
     *
     * @param amountWanYuan the amount in 万元
     * @return the row
     */
    public static FeeIncome of(BigDecimal amountWanYuan) {
        return new FeeIncome(Money.ofWanYuan(amountWanYuan));
    }

    /**
     * A blank row.
     *
     * @return the row
     */
    public static FeeIncome blank() {
        return new FeeIncome(Money.blank());
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Money cell(int column) {
        if (column != 0) {
            throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        }
        return amountWanYuan;
    }
}
