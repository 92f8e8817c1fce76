package dev.xxgk.model;

import java.util.Objects;

/**
 * Section 二 in edition 2019: five bands of 第二十条, eight data rows.
 *
 * @param regulations （一）规章
 * @param normativeDocuments （一）规范性文件
 * @param licensing （五）行政许可
 * @param otherServices （五）其他对外管理服务事项
 * @param penalties （六）行政处罚
 * @param coercion （六）行政强制
 * @param fees （八）行政事业性收费
 * @param procurement （九）政府集中采购
 */
public record ProactiveDisclosure2019(
        PublishedDocuments regulations,
        PublishedDocuments normativeDocuments,
        ItemsAndDecisions licensing,
        ItemsAndDecisions otherServices,
        ItemsAndDecisions penalties,
        ItemsAndDecisions coercion,
        FeeItems fees,
        Procurement procurement) implements ProactiveDisclosure {

    /** The number of data rows, 8. */
    public static final int ROWS = 8;

    /**
     * Rejects null rows.
     *
     * @param regulations （一）规章
     * @param normativeDocuments （一）规范性文件
     * @param licensing （五）行政许可
     * @param otherServices （五）其他对外管理服务事项
     * @param penalties （六）行政处罚
     * @param coercion （六）行政强制
     * @param fees （八）行政事业性收费
     * @param procurement （九）政府集中采购
     */
    public ProactiveDisclosure2019 {
        Objects.requireNonNull(regulations, "regulations");
        Objects.requireNonNull(normativeDocuments, "normativeDocuments");
        Objects.requireNonNull(licensing, "licensing");
        Objects.requireNonNull(otherServices, "otherServices");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(coercion, "coercion");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(procurement, "procurement");
    }

    /**
     * The section with every cell blank.
     *
     * @return the blank section
     */
    public static ProactiveDisclosure2019 blank() {
        return new ProactiveDisclosure2019(PublishedDocuments.blank(), PublishedDocuments.blank(),
                ItemsAndDecisions.blank(), ItemsAndDecisions.blank(), ItemsAndDecisions.blank(),
                ItemsAndDecisions.blank(), FeeItems.blank(), Procurement.blank());
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
    public CellRow row(int index) {
        return switch (index) {
            case 0 -> regulations;
            case 1 -> normativeDocuments;
            case 2 -> licensing;
            case 3 -> otherServices;
            case 4 -> penalties;
            case 5 -> coercion;
            case 6 -> fees;
            case 7 -> procurement;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + ROWS);
        };
    }
}
