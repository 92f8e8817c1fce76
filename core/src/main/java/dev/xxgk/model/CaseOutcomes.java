package dev.xxgk.model;

import java.util.Objects;

/**
 * One group of section 四: the outcomes of administrative reconsideration or of litigation.
 *
 * @param upheld 结果维持
 * @param corrected 结果纠正
 * @param other 其他结果
 * @param pending 尚未审结
 * @param total 总计
 */
public record CaseOutcomes(Count upheld, Count corrected, Count other, Count pending, Count total)
        implements CellRow {

    private static final CaseOutcomes BLANK =
            new CaseOutcomes(Count.blank(), Count.blank(), Count.blank(), Count.blank(), Count.blank());

    /** The number of columns, 5. */
    public static final int SIZE = 5;

    /**
     * Rejects null cells.
     *
     * @param upheld 结果维持
     * @param corrected 结果纠正
     * @param other 其他结果
     * @param pending 尚未审结
     * @param total 总计
     */
    public CaseOutcomes {
        Objects.requireNonNull(upheld, "upheld");
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(total, "total");
    }

    /**
     * A group with every cell filled.
     *
     * @param upheld 结果维持
     * @param corrected 结果纠正
     * @param other 其他结果
     * @param pending 尚未审结
     * @param total 总计
     * @return the group
     */
    public static CaseOutcomes of(int upheld, int corrected, int other, int pending, int total) {
        return new CaseOutcomes(Count.of(upheld), Count.of(corrected), Count.of(other), Count.of(pending),
                Count.of(total));
    }

    /**
     * A group of zeros.
     *
     * @return the group
     */
    public static CaseOutcomes zero() {
        return of(0, 0, 0, 0, 0);
    }

    /**
     * A group whose every cell is blank.
     *
     * @return the group
     */
    public static CaseOutcomes blank() {
        return BLANK;
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Count cell(int column) {
        return switch (column) {
            case 0 -> upheld;
            case 1 -> corrected;
            case 2 -> other;
            case 3 -> pending;
            case 4 -> total;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }
}
