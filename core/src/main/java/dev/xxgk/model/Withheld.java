package dev.xxgk.model;

import java.util.Objects;

/**
 * （三）不予公开: the eight grounds for withholding, rows of section 三.
 *
 * @param stateSecret 1.属于国家秘密
 * @param prohibitedByLaw 2.其他法律行政法规禁止公开
 * @param securityOrStability 3.危及“三安全一稳定”
 * @param thirdPartyRights 4.保护第三方合法权益
 * @param internalAffairs 5.属于三类内部事务信息
 * @param processInformation 6.属于四类过程性信息
 * @param enforcementFiles 7.属于行政执法案卷
 * @param administrativeQuery 8.属于行政查询事项
 */
public record Withheld(ApplicantCounts stateSecret, ApplicantCounts prohibitedByLaw, ApplicantCounts securityOrStability, ApplicantCounts thirdPartyRights, ApplicantCounts internalAffairs, ApplicantCounts processInformation, ApplicantCounts enforcementFiles, ApplicantCounts administrativeQuery) {

    /** The number of rows, 8. */
    public static final int SIZE = 8;

    /**
     * Rejects null rows.
     *
     * @param stateSecret 1.属于国家秘密
     * @param prohibitedByLaw 2.其他法律行政法规禁止公开
     * @param securityOrStability 3.危及“三安全一稳定”
     * @param thirdPartyRights 4.保护第三方合法权益
     * @param internalAffairs 5.属于三类内部事务信息
     * @param processInformation 6.属于四类过程性信息
     * @param enforcementFiles 7.属于行政执法案卷
     * @param administrativeQuery 8.属于行政查询事项
     */
    public Withheld {
        Objects.requireNonNull(stateSecret, "stateSecret");
        Objects.requireNonNull(prohibitedByLaw, "prohibitedByLaw");
        Objects.requireNonNull(securityOrStability, "securityOrStability");
        Objects.requireNonNull(thirdPartyRights, "thirdPartyRights");
        Objects.requireNonNull(internalAffairs, "internalAffairs");
        Objects.requireNonNull(processInformation, "processInformation");
        Objects.requireNonNull(enforcementFiles, "enforcementFiles");
        Objects.requireNonNull(administrativeQuery, "administrativeQuery");
    }

    /**
     * The group with every cell blank.
     *
     * @return the blank group
     */
    public static Withheld blank() {
        return new Withheld(ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank(), ApplicantCounts.blank());
    }

    /**
     * The group with every cell 0.
     *
     * @return the zero group
     */
    public static Withheld zero() {
        return new Withheld(ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero(), ApplicantCounts.zero());
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
            case 0 -> stateSecret;
            case 1 -> prohibitedByLaw;
            case 2 -> securityOrStability;
            case 3 -> thirdPartyRights;
            case 4 -> internalAffairs;
            case 5 -> processInformation;
            case 6 -> enforcementFiles;
            case 7 -> administrativeQuery;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + SIZE);
        };
    }
}
