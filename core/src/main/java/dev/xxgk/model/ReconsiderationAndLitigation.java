package dev.xxgk.model;

import java.util.Objects;

/**
 * Section 四, 政府信息公开行政复议、行政诉讼情况: one printed row of fifteen numbers in three groups,
 * identical in both editions. Each group is a row of the model.
 *
 * @param reconsideration 行政复议
 * @param litigationDirect 行政诉讼 / 未经复议直接起诉
 * @param litigationAfterReconsideration 行政诉讼 / 复议后起诉
 */
public record ReconsiderationAndLitigation(
        CaseOutcomes reconsideration,
        CaseOutcomes litigationDirect,
        CaseOutcomes litigationAfterReconsideration) implements CellTable {

    /** The number of groups, 3. */
    public static final int ROWS = 3;

    /**
     * Rejects null groups.
     *
     * @param reconsideration 行政复议
     * @param litigationDirect 行政诉讼 / 未经复议直接起诉
     * @param litigationAfterReconsideration 行政诉讼 / 复议后起诉
     */
    public ReconsiderationAndLitigation {
        Objects.requireNonNull(reconsideration, "reconsideration");
        Objects.requireNonNull(litigationDirect, "litigationDirect");
        Objects.requireNonNull(litigationAfterReconsideration, "litigationAfterReconsideration");
    }

    /**
     * The section with every cell blank.
     *
     * @return the blank section
     */
    public static ReconsiderationAndLitigation blank() {
        return new ReconsiderationAndLitigation(CaseOutcomes.blank(), CaseOutcomes.blank(), CaseOutcomes.blank());
    }

    /**
     * The section with every cell 0: no case at all.
     *
     * @return the zero section
     */
    public static ReconsiderationAndLitigation zero() {
        return new ReconsiderationAndLitigation(CaseOutcomes.zero(), CaseOutcomes.zero(), CaseOutcomes.zero());
    }

    @Override
    public int rowCount() {
        return ROWS;
    }

    @Override
    public CaseOutcomes row(int index) {
        return switch (index) {
            case 0 -> reconsideration;
            case 1 -> litigationDirect;
            case 2 -> litigationAfterReconsideration;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + ROWS);
        };
    }

    /**
     * A copy with the 行政复议 group replaced.
     *
     * @param value the new group
     * @return the copy
     */
    public ReconsiderationAndLitigation withReconsideration(CaseOutcomes value) {
        return new ReconsiderationAndLitigation(value, litigationDirect, litigationAfterReconsideration);
    }

    /**
     * A copy with the 未经复议直接起诉 group replaced.
     *
     * @param value the new group
     * @return the copy
     */
    public ReconsiderationAndLitigation withLitigationDirect(CaseOutcomes value) {
        return new ReconsiderationAndLitigation(reconsideration, value, litigationAfterReconsideration);
    }

    /**
     * A copy with the 复议后起诉 group replaced.
     *
     * @param value the new group
     * @return the copy
     */
    public ReconsiderationAndLitigation withLitigationAfterReconsideration(CaseOutcomes value) {
        return new ReconsiderationAndLitigation(reconsideration, litigationDirect, value);
    }
}
