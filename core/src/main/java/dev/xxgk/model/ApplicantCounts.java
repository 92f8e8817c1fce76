package dev.xxgk.model;

import java.util.Objects;

/**
 * One data row of section 三 (applications): a count per kind of applicant, and the total.
 *
 * <p>The seven columns are identical in both editions. No 法人或其他组织 subtotal column exists.
 *
 * @param naturalPerson 自然人
 * @param commercialEnterprise 法人或其他组织 / 商业企业
 * @param researchInstitution 法人或其他组织 / 科研机构
 * @param publicInterestOrganization 法人或其他组织 / 社会公益组织
 * @param legalServiceAgency 法人或其他组织 / 法律服务机构
 * @param otherOrganization 法人或其他组织 / 其他
 * @param total 总计
 */
public record ApplicantCounts(
        Count naturalPerson,
        Count commercialEnterprise,
        Count researchInstitution,
        Count publicInterestOrganization,
        Count legalServiceAgency,
        Count otherOrganization,
        Count total) implements CellRow {

    private static final ApplicantCounts BLANK = new ApplicantCounts(
            Count.blank(), Count.blank(), Count.blank(), Count.blank(), Count.blank(), Count.blank(), Count.blank());

    /** The number of columns, 7. */
    public static final int SIZE = 7;

    /**
     * Rejects null cells.
     *
     * @param naturalPerson 自然人
     * @param commercialEnterprise 法人或其他组织 / 商业企业
     * @param researchInstitution 法人或其他组织 / 科研机构
     * @param publicInterestOrganization 法人或其他组织 / 社会公益组织
     * @param legalServiceAgency 法人或其他组织 / 法律服务机构
     * @param otherOrganization 法人或其他组织 / 其他
     * @param total 总计
     */
    public ApplicantCounts {
        Objects.requireNonNull(naturalPerson, "naturalPerson");
        Objects.requireNonNull(commercialEnterprise, "commercialEnterprise");
        Objects.requireNonNull(researchInstitution, "researchInstitution");
        Objects.requireNonNull(publicInterestOrganization, "publicInterestOrganization");
        Objects.requireNonNull(legalServiceAgency, "legalServiceAgency");
        Objects.requireNonNull(otherOrganization, "otherOrganization");
        Objects.requireNonNull(total, "total");
    }

    /**
     * A row with every cell filled, in the template's column order.
     *
     * @param naturalPerson 自然人
     * @param commercialEnterprise 商业企业
     * @param researchInstitution 科研机构
     * @param publicInterestOrganization 社会公益组织
     * @param legalServiceAgency 法律服务机构
     * @param otherOrganization 其他
     * @param total 总计
     * @return the row
     */
    public static ApplicantCounts of(
            int naturalPerson,
            int commercialEnterprise,
            int researchInstitution,
            int publicInterestOrganization,
            int legalServiceAgency,
            int otherOrganization,
            int total) {
        return new ApplicantCounts(Count.of(naturalPerson), Count.of(commercialEnterprise),
                Count.of(researchInstitution), Count.of(publicInterestOrganization), Count.of(legalServiceAgency),
                Count.of(otherOrganization), Count.of(total));
    }

    /**
     * A builder of a row, its cells named rather than placed: every cell is blank until set.
     *
     * <pre>{@code
     * ApplicantCounts.builder().naturalPerson(3).commercialEnterprise(1).total(4).build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The cells of a row by name. Mutable, not thread-safe; {@link #build()} makes the row. */
    public static final class Builder {
        private Count naturalPerson = Count.blank();
        private Count commercialEnterprise = Count.blank();
        private Count researchInstitution = Count.blank();
        private Count publicInterestOrganization = Count.blank();
        private Count legalServiceAgency = Count.blank();
        private Count otherOrganization = Count.blank();
        private Count total = Count.blank();

        private Builder() {
        }

        /**
         * Sets 自然人.
         *
         * @param value the count
         * @return this builder
         */
        public Builder naturalPerson(int value) {
            naturalPerson = Count.of(value);
            return this;
        }

        /**
         * Sets 商业企业.
         *
         * @param value the count
         * @return this builder
         */
        public Builder commercialEnterprise(int value) {
            commercialEnterprise = Count.of(value);
            return this;
        }

        /**
         * Sets 科研机构.
         *
         * @param value the count
         * @return this builder
         */
        public Builder researchInstitution(int value) {
            researchInstitution = Count.of(value);
            return this;
        }

        /**
         * Sets 社会公益组织.
         *
         * @param value the count
         * @return this builder
         */
        public Builder publicInterestOrganization(int value) {
            publicInterestOrganization = Count.of(value);
            return this;
        }

        /**
         * Sets 法律服务机构.
         *
         * @param value the count
         * @return this builder
         */
        public Builder legalServiceAgency(int value) {
            legalServiceAgency = Count.of(value);
            return this;
        }

        /**
         * Sets 其他.
         *
         * @param value the count
         * @return this builder
         */
        public Builder otherOrganization(int value) {
            otherOrganization = Count.of(value);
            return this;
        }

        /**
         * Sets 总计.
         *
         * @param value the count
         * @return this builder
         */
        public Builder total(int value) {
            total = Count.of(value);
            return this;
        }

        /**
         * The row; the cells not set are blank.
         *
         * @return the row
         */
        public ApplicantCounts build() {
            return new ApplicantCounts(naturalPerson, commercialEnterprise, researchInstitution,
                    publicInterestOrganization, legalServiceAgency, otherOrganization, total);
        }
    }

    /**
     * A row of zeros.
     *
     * @return the row
     */
    public static ApplicantCounts zero() {
        return of(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * A row whose every cell is blank.
     *
     * @return the row
     */
    public static ApplicantCounts blank() {
        return BLANK;
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Count cell(int column) {
        return switch (column) {
            case 0 -> naturalPerson;
            case 1 -> commercialEnterprise;
            case 2 -> researchInstitution;
            case 3 -> publicInterestOrganization;
            case 4 -> legalServiceAgency;
            case 5 -> otherOrganization;
            case 6 -> total;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }

    /**
     * A copy with the 自然人 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withNaturalPerson(Count value) {
        return new ApplicantCounts(value, commercialEnterprise, researchInstitution, publicInterestOrganization,
                legalServiceAgency, otherOrganization, total);
    }

    /**
     * A copy with the 商业企业 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withCommercialEnterprise(Count value) {
        return new ApplicantCounts(naturalPerson, value, researchInstitution, publicInterestOrganization,
                legalServiceAgency, otherOrganization, total);
    }

    /**
     * A copy with the 科研机构 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withResearchInstitution(Count value) {
        return new ApplicantCounts(naturalPerson, commercialEnterprise, value, publicInterestOrganization,
                legalServiceAgency, otherOrganization, total);
    }

    /**
     * A copy with the 社会公益组织 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withPublicInterestOrganization(Count value) {
        return new ApplicantCounts(naturalPerson, commercialEnterprise, researchInstitution, value,
                legalServiceAgency, otherOrganization, total);
    }

    /**
     * A copy with the 法律服务机构 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withLegalServiceAgency(Count value) {
        return new ApplicantCounts(naturalPerson, commercialEnterprise, researchInstitution,
                publicInterestOrganization, value, otherOrganization, total);
    }

    /**
     * A copy with the 其他 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withOtherOrganization(Count value) {
        return new ApplicantCounts(naturalPerson, commercialEnterprise, researchInstitution,
                publicInterestOrganization, legalServiceAgency, value, total);
    }

    /**
     * A copy with the 总计 count replaced.
     *
     * @param value the new count
     * @return the copy
     */
    public ApplicantCounts withTotal(Count value) {
        return new ApplicantCounts(naturalPerson, commercialEnterprise, researchInstitution,
                publicInterestOrganization, legalServiceAgency, otherOrganization, value);
    }
}
