package dev.xxgk.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Section 三, 收到和处理政府信息公开申请情况: data rows of seven applicant columns.
 *
 * <p>The two editions differ only in （六）其他处理: one row in edition 2019
 * ({@link Applications2019}, 23 rows in all), three rows in edition 2021
 * ({@link Applications2021}, 25 rows). The table states its own rule: 第一项加第二项之和，等于第三项加第四项之和.
 */
public sealed interface Applications extends CellTable permits Applications2019, Applications2021 {

    /**
     * The edition whose table this section has.
     *
     * @return the edition
     */
    Edition edition();

    /**
     * 一、本年新收政府信息公开申请数量.
     *
     * @return the row
     */
    ApplicantCounts newRequests();

    /**
     * 二、上年结转政府信息公开申请数量.
     *
     * @return the row
     */
    ApplicantCounts carriedOver();

    /**
     * 三、本年度办理结果（一）予以公开.
     *
     * @return the row
     */
    ApplicantCounts granted();

    /**
     * （二）部分公开（区分处理的，只计这一情形，不计其他情形）.
     *
     * @return the row
     */
    ApplicantCounts partiallyGranted();

    /**
     * （三）不予公开.
     *
     * @return the group of eight rows
     */
    Withheld withheld();

    /**
     * （四）无法提供.
     *
     * @return the group of three rows
     */
    Unavailable unavailable();

    /**
     * （五）不予处理.
     *
     * @return the group of five rows
     */
    NotProcessed notProcessed();

    /**
     * （七）总计.
     *
     * @return the row
     */
    ApplicantCounts totalHandled();

    /**
     * 四、结转下年度继续办理.
     *
     * @return the row
     */
    ApplicantCounts carriedForward();

    @Override
    ApplicantCounts row(int index);

    /**
     * The section of an edition with every cell blank.
     *
     * @param edition the edition
     * @return the blank section
     */
    static Applications blank(Edition edition) {
        return builder(edition).build();
    }

    /**
     * A builder of the section of an edition, every row blank until set.
     *
     * @param edition the edition
     * @return a new builder
     */
    static Builder builder(Edition edition) {
        return new Builder(edition);
    }

    /**
     * Fills section 三 row by row, in the words of the template:
     *
     * <pre>{@code
     * Applications apps = Applications.builder(Edition.EDITION_2021)
     *         .newRequests(18, 0, 0, 0, 0, 0, 18)
     *         .carriedOver(0, 0, 0, 0, 0, 0, 0)
     *         .granted(2, 0, 0, 0, 0, 0, 2)
     *         // ... every row not set stays blank
     *         .build();
     * }</pre>
     *
     * <p>Each row method takes the seven columns in the template's order: 自然人, 商业企业, 科研机构,
     * 社会公益组织, 法律服务机构, 其他, 总计. A builder is mutable and meant for one thread; the section
     * it builds is immutable.
     */
    final class Builder {

        private final Edition edition;
        private final ApplicantCounts[] rows;

        private Builder(Edition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            this.rows = new ApplicantCounts[edition == Edition.EDITION_2019 ? Applications2019.ROWS : Applications2021.ROWS];
            Arrays.fill(rows, ApplicantCounts.blank());
        }

        private Builder set(int index, ApplicantCounts row) {
            rows[index] = Objects.requireNonNull(row, "row");
            return this;
        }

        private int totalHandledIndex() {
            return rows.length - 2;
        }

        private int otherHandlingIndex(Edition required, int offset, String name) {
            if (edition != required) {
                throw new IllegalStateException(
                        "applications." + name + " exists only in edition " + required + ", this is edition " + edition);
            }
            return 20 + offset;
        }

        /**
         * Sets a row by its index in the template's order.
         *
         * @param index the row index, from 0
         * @param row the row
         * @return this builder
         * @throws IndexOutOfBoundsException if the edition has no such row
         */
        public Builder row(int index, ApplicantCounts row) {
            Objects.checkIndex(index, rows.length);
            return set(index, row);
        }

        /**
         * @param row 一、本年新收政府信息公开申请数量
         * @return this builder
         */
        public Builder newRequests(ApplicantCounts row) {
            return set(0, row);
        }

        /**
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         */
        public Builder newRequests(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return set(0, ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * @param row 二、上年结转政府信息公开申请数量
         * @return this builder
         */
        public Builder carriedOver(ApplicantCounts row) {
            return set(1, row);
        }

        /**
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         */
        public Builder carriedOver(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return set(1, ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * @param row （一）予以公开
         * @return this builder
         */
        public Builder granted(ApplicantCounts row) {
            return set(2, row);
        }

        /**
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         */
        public Builder granted(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return set(2, ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * @param row （二）部分公开
         * @return this builder
         */
        public Builder partiallyGranted(ApplicantCounts row) {
            return set(3, row);
        }

        /**
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         */
        public Builder partiallyGranted(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return set(3, ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * Sets the eight rows of （三）不予公开.
         *
         * @param group the rows
         * @return this builder
         */
        public Builder withheld(Withheld group) {
            Objects.requireNonNull(group, "group");
            for (int i = 0; i < Withheld.SIZE; i++) {
                set(4 + i, group.row(i));
            }
            return this;
        }

        /**
         * Sets the three rows of （四）无法提供.
         *
         * @param group the rows
         * @return this builder
         */
        public Builder unavailable(Unavailable group) {
            Objects.requireNonNull(group, "group");
            for (int i = 0; i < Unavailable.SIZE; i++) {
                set(12 + i, group.row(i));
            }
            return this;
        }

        /**
         * Sets the five rows of （五）不予处理.
         *
         * @param group the rows
         * @return this builder
         */
        public Builder notProcessed(NotProcessed group) {
            Objects.requireNonNull(group, "group");
            for (int i = 0; i < NotProcessed.SIZE; i++) {
                set(15 + i, group.row(i));
            }
            return this;
        }

        /**
         * Sets （六）其他处理, the single row of edition 2019.
         *
         * @param row the row
         * @return this builder
         * @throws IllegalStateException if the builder is for edition 2021
         */
        public Builder otherHandling(ApplicantCounts row) {
            return set(otherHandlingIndex(Edition.EDITION_2019, 0, "otherHandling"), row);
        }

        /**
         * Sets （六）其他处理, the single row of edition 2019.
         *
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         * @throws IllegalStateException if the builder is for edition 2021
         */
        public Builder otherHandling(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return otherHandling(ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * Sets the three rows of （六）其他处理 of edition 2021.
         *
         * @param group the rows
         * @return this builder
         * @throws IllegalStateException if the builder is for edition 2019
         */
        public Builder otherHandling(OtherHandling group) {
            Objects.requireNonNull(group, "group");
            int first = otherHandlingIndex(Edition.EDITION_2021, 0, "otherHandling.noCorrection");
            for (int i = 0; i < OtherHandling.SIZE; i++) {
                set(first + i, group.row(i));
            }
            return this;
        }

        /**
         * @param row （七）总计
         * @return this builder
         */
        public Builder totalHandled(ApplicantCounts row) {
            return set(totalHandledIndex(), row);
        }

        /**
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         */
        public Builder totalHandled(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return set(totalHandledIndex(), ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * @param row 四、结转下年度继续办理
         * @return this builder
         */
        public Builder carriedForward(ApplicantCounts row) {
            return set(totalHandledIndex() + 1, row);
        }

        /**
         * @param n 自然人
         * @param ce 商业企业
         * @param ri 科研机构
         * @param pi 社会公益组织
         * @param ls 法律服务机构
         * @param o 其他
         * @param t 总计
         * @return this builder
         */
        public Builder carriedForward(int n, int ce, int ri, int pi, int ls, int o, int t) {
            return set(totalHandledIndex() + 1, ApplicantCounts.of(n, ce, ri, pi, ls, o, t));
        }

        /**
         * Builds the section.
         *
         * @return the immutable section
         */
        public Applications build() {
            return edition == Edition.EDITION_2019
                    ? Applications2019.ofRows(Arrays.asList(rows))
                    : Applications2021.ofRows(Arrays.asList(rows));
        }
    }
}
