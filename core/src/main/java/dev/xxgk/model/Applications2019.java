package dev.xxgk.model;

import java.util.List;
import java.util.Objects;

/**
 * Section 三 in edition 2019: 23 data rows of seven applicant columns.
 *
 * @param newRequests 一、本年新收政府信息公开申请数量
 * @param carriedOver 二、上年结转政府信息公开申请数量
 * @param granted 三、本年度办理结果（一）予以公开
 * @param partiallyGranted （二）部分公开（区分处理的，只计这一情形，不计其他情形）
 * @param withheld （三）不予公开, eight rows
 * @param unavailable （四）无法提供, three rows
 * @param notProcessed （五）不予处理, five rows
 * @param otherHandling （六）其他处理, one row in this edition
 * @param totalHandled （七）总计
 * @param carriedForward 四、结转下年度继续办理
 */
public record Applications2019(
        ApplicantCounts newRequests,
        ApplicantCounts carriedOver,
        ApplicantCounts granted,
        ApplicantCounts partiallyGranted,
        Withheld withheld,
        Unavailable unavailable,
        NotProcessed notProcessed,
        ApplicantCounts otherHandling,
        ApplicantCounts totalHandled,
        ApplicantCounts carriedForward) implements Applications {

    /** The number of data rows, 23. */
    public static final int ROWS = 23;

    /**
     * Rejects null rows.
     *
     * @param newRequests 一、本年新收政府信息公开申请数量
     * @param carriedOver 二、上年结转政府信息公开申请数量
     * @param granted 三、本年度办理结果（一）予以公开
     * @param partiallyGranted （二）部分公开（区分处理的，只计这一情形，不计其他情形）
     * @param withheld （三）不予公开, eight rows
     * @param unavailable （四）无法提供, three rows
     * @param notProcessed （五）不予处理, five rows
     * @param otherHandling （六）其他处理, one row in this edition
     * @param totalHandled （七）总计
     * @param carriedForward 四、结转下年度继续办理
     */
    public Applications2019 {
        Objects.requireNonNull(newRequests, "newRequests");
        Objects.requireNonNull(carriedOver, "carriedOver");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(partiallyGranted, "partiallyGranted");
        Objects.requireNonNull(withheld, "withheld");
        Objects.requireNonNull(unavailable, "unavailable");
        Objects.requireNonNull(notProcessed, "notProcessed");
        Objects.requireNonNull(otherHandling, "otherHandling");
        Objects.requireNonNull(totalHandled, "totalHandled");
        Objects.requireNonNull(carriedForward, "carriedForward");
    }

    /**
     * The section from its 23 data rows in the template's order (see {@link #row(int)}).
     *
     * @param rows the rows
     * @return the section
     * @throws IllegalArgumentException if there are not exactly 23 rows
     */
    public static Applications2019 ofRows(List<ApplicantCounts> rows) {
        if (rows.size() != ROWS) {
            throw new IllegalArgumentException("applications of edition 2019 must have " + ROWS + " rows, had " + rows.size());
        }
        return new Applications2019(rows.get(0), rows.get(1), rows.get(2), rows.get(3),
                new Withheld(rows.get(4), rows.get(5), rows.get(6), rows.get(7), rows.get(8), rows.get(9),
                        rows.get(10), rows.get(11)),
                new Unavailable(rows.get(12), rows.get(13), rows.get(14)),
                new NotProcessed(rows.get(15), rows.get(16), rows.get(17), rows.get(18), rows.get(19)),
                rows.get(20), rows.get(21), rows.get(22));
    }

    @Override
    public Edition edition() {
        return Edition.EDITION_2019;
    }

    @Override
    public int rowCount() {
        return ROWS;
    }

    @Override
    public ApplicantCounts row(int index) {
        if (index < 4) {
            return switch (index) {
                case 0 -> newRequests;
                case 1 -> carriedOver;
                case 2 -> granted;
                case 3 -> partiallyGranted;
                default -> throw new IndexOutOfBoundsException("row " + index + " of " + ROWS);
            };
        }
        if (index < 12) {
            return withheld.row(index - 4);
        }
        if (index < 15) {
            return unavailable.row(index - 12);
        }
        if (index < 20) {
            return notProcessed.row(index - 15);
        }
        return switch (index) {
            case 20 -> otherHandling;
            case 21 -> totalHandled;
            case 22 -> carriedForward;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + ROWS);
        };
    }
}
