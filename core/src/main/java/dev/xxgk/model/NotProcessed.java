package dev.xxgk.model;

import java.util.Objects;

/**
 * （五）不予处理: the five kinds of application not processed, rows of section 三.
 *
 * @param complaint 1.信访举报投诉类申请
 * @param duplicate 2.重复申请
 * @param publication 3.要求提供公开出版物
 * @param excessive 4.无正当理由大量反复申请
 * @param confirmation 5.要求行政机关确认或重新出具已获取信息
 */
public record NotProcessed(ApplicantCounts complaint, ApplicantCounts duplicate, ApplicantCounts publication, ApplicantCounts excessive, ApplicantCounts confirmation) {

    /** The number of rows, 5. */
    public static final int SIZE = 5;

    /**
     * Rejects null rows.
     *
     * @param complaint 1.信访举报投诉类申请
     * @param duplicate 2.重复申请
     * @param publication 3.要求提供公开出版物
     * @param excessive 4.无正当理由大量反复申请
     * @param confirmation 5.要求行政机关确认或重新出具已获取信息
     */
    public NotProcessed {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(excessive, "excessive");
        Objects.requireNonNull(confirmation, "confirmation");
    }

    /**
     * The group with every cell blank.
     *
     * @return the blank group
     */
    public static NotProcessed blank() {
        return new NotProcessed(ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank());
    }

    /**
     * The group with every cell 0.
     *
     * @return the zero group
     */
    public static NotProcessed zero() {
        return new NotProcessed(ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero());
    }

    /**
     * A row of the group.
     *
     * @param index the row's index, from 0, in the template's order
     * @return the row
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public ApplicantCounts row(int index) {
        return switch (index) {
            case 0 -> complaint;
            case 1 -> duplicate;
            case 2 -> publication;
            case 3 -> excessive;
            case 4 -> confirmation;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + SIZE);
        };
    }
}
