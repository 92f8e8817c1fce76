package dev.xxgk.model;

import java.util.Objects;

/**
 * （六）其他处理 in edition 2021: three rows of section 三 (edition 2019 has one row, see {@link Applications2019#otherHandling()}).
 *
 * @param noCorrection 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
 * @param unpaidFee 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
 * @param other 3.其他
 */
public record OtherHandling(ApplicantCounts noCorrection, ApplicantCounts unpaidFee, ApplicantCounts other) {

    /** The number of rows, 3. */
    public static final int SIZE = 3;

    /**
     * Rejects null rows.
     *
     * @param noCorrection 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
     * @param unpaidFee 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
     * @param other 3.其他
     */
    public OtherHandling {
        Objects.requireNonNull(noCorrection, "noCorrection");
        Objects.requireNonNull(unpaidFee, "unpaidFee");
        Objects.requireNonNull(other, "other");
    }

    /**
     * The group with every cell blank.
     *
     * @return the blank group
     */
    public static OtherHandling blank() {
        return new OtherHandling(ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank());
    }

    /**
     * The group with every cell 0.
     *
     * @return the zero group
     */
    public static OtherHandling zero() {
        return new OtherHandling(ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero());
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
            case 0 -> noCorrection;
            case 1 -> unpaidFee;
            case 2 -> other;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + SIZE);
        };
    }
}
