package dev.xxgk.model;

import java.util.Objects;

/**
 * A row of band 第二十条第（一）项 in edition 2019: 规章 or 规范性文件.
 *
 * @param newlyMade 本年新制作数量
 * @param newlyPublished 本年新公开数量
 * @param totalPublished 对外公开总数量
 */
public record PublishedDocuments(Count newlyMade, Count newlyPublished, Count totalPublished) implements CellRow {

    /** The number of columns, 3. */
    public static final int SIZE = 3;

    /**
     * Rejects null cells.
     *
     * @param newlyMade 本年新制作数量
     * @param newlyPublished 本年新公开数量
     * @param totalPublished 对外公开总数量
     */
    public PublishedDocuments {
        Objects.requireNonNull(newlyMade, "newlyMade");
        Objects.requireNonNull(newlyPublished, "newlyPublished");
        Objects.requireNonNull(totalPublished, "totalPublished");
    }

    /**
     * A row with every cell filled.
     *
     * @param newlyMade 本年新制作数量
     * @param newlyPublished 本年新公开数量
     * @param totalPublished 对外公开总数量
     * @return the row
     */
    public static PublishedDocuments of(int newlyMade, int newlyPublished, int totalPublished) {
        return new PublishedDocuments(Count.of(newlyMade), Count.of(newlyPublished), Count.of(totalPublished));
    }

    /**
     * A row whose every cell is blank.
     *
     * @return the row
     */
    public static PublishedDocuments blank() {
        return new PublishedDocuments(Count.blank(), Count.blank(), Count.blank());
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Count cell(int column) {
        return switch (column) {
            case 0 -> newlyMade;
            case 1 -> newlyPublished;
            case 2 -> totalPublished;
            default -> throw new IndexOutOfBoundsException("column " + column + " of " + SIZE);
        };
    }
}
