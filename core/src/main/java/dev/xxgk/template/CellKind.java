package dev.xxgk.template;

/** What a cell holds, and so how it is read, written and checked. */
public enum CellKind {

    /** A count, expected to be zero or more: a {@link dev.xxgk.model.Count}. */
    COUNT,

    /** A signed count, such as 本年增/减 of edition 2019: a {@link dev.xxgk.model.Count}. */
    SIGNED_COUNT,

    /** A money amount printed with its unit (元 or 万元): a {@link dev.xxgk.model.Money}. */
    MONEY,

    /** A money amount whose column is in 万元, printed without unit: a {@link dev.xxgk.model.Money} in 万元. */
    MONEY_WAN_YUAN;

    /**
     * Whether the cell holds a {@link dev.xxgk.model.Count}.
     *
     * @return true for counts, signed or not
     */
    public boolean isCount() {
        return this == COUNT || this == SIGNED_COUNT;
    }

    /**
     * Whether the cell holds a {@link dev.xxgk.model.Money}.
     *
     * @return true for money amounts
     */
    public boolean isMoney() {
        return this == MONEY || this == MONEY_WAN_YUAN;
    }
}
