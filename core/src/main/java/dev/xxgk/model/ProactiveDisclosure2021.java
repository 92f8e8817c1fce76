package dev.xxgk.model;

import java.util.Objects;

/**
 * Section 二 in edition 2021: four bands of 第二十条, six data rows.
 *
 * @param regulations （一）规章
 * @param normativeDocuments （一）行政规范性文件
 * @param licensing （五）行政许可
 * @param penalties （六）行政处罚
 * @param coercion （六）行政强制
 * @param fees （八）行政事业性收费
 */
public record ProactiveDisclosure2021(
        DocumentStock regulations,
        DocumentStock normativeDocuments,
        Decisions licensing,
        Decisions penalties,
        Decisions coercion,
        FeeIncome fees) implements ProactiveDisclosure {

    /** The number of data rows, 6. */
    public static final int ROWS = 6;

    /**
     * Rejects null rows.
     *
     * @param regulations （一）规章
     * @param normativeDocuments （一）行政规范性文件
     * @param licensing （五）行政许可
     * @param penalties （六）行政处罚
     * @param coercion （六）行政强制
     * @param fees （八）行政事业性收费
     */
    public ProactiveDisclosure2021 {
        Objects.requireNonNull(regulations, "regulations");
        Objects.requireNonNull(normativeDocuments, "normativeDocuments");
        Objects.requireNonNull(licensing, "licensing");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(coercion, "coercion");
        Objects.requireNonNull(fees, "fees");
    }

    /**
     * The section with every cell blank.
     *
     * @return the blank section
     */
    public static ProactiveDisclosure2021 blank() {
        return new ProactiveDisclosure2021(DocumentStock.blank(), DocumentStock.blank(), Decisions.blank(),
                Decisions.blank(), Decisions.blank(), FeeIncome.blank());
    }

    @Override
    public Edition edition() {
        return Edition.EDITION_2021;
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
            case 3 -> penalties;
            case 4 -> coercion;
            case 5 -> fees;
            default -> throw new IndexOutOfBoundsException("row " + index + " of " + ROWS);
        };
    }
}
