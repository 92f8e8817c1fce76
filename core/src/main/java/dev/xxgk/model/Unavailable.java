package dev.xxgk.model;

import java.util.Objects;

/**
 * （四）无法提供: the three reasons information could not be provided, rows of section 三.
 *
 * @param notHeld 1.本机关不掌握相关政府信息
 * @param needsCompilation 2.没有现成信息需要另行制作
 * @param unclearAfterCorrection 3.补正后申请内容仍不明确
 */
public record Unavailable(ApplicantCounts notHeld, ApplicantCounts needsCompilation, ApplicantCounts unclearAfterCorrection) {

    /** The number of rows, 3. */
    public static final int SIZE = 3;

    /**
     * Rejects null rows.
     *
     * @param notHeld 1.本机关不掌握相关政府信息
     * @param needsCompilation 2.没有现成信息需要另行制作
     * @param unclearAfterCorrection 3.补正后申请内容仍不明确
     */
    public Unavailable {
        Objects.requireNonNull(notHeld, "notHeld");
        Objects.requireNonNull(needsCompilation, "needsCompilation");
        Objects.requireNonNull(unclearAfterCorrection, "unclearAfterCorrection");
    }

    /**
     * The group with every cell blank.
     *
     * @return the blank group
     */
    public static Unavailable blank() {
        return new Unavailable(ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank());
    }

    /**
     * The group with every cell 0.
     *
     * @return the zero group
     */
    public static Unavailable zero() {
        return new Unavailable(ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero());
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
            case 0 -> notHeld;
            case 1 -> needsCompilation;
            case 2 -> unclearAfterCorrection;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + SIZE);
        };
    }
}
