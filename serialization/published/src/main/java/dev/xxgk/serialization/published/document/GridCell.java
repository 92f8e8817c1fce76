package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;
import java.util.Objects;

/**
 * A cell of a {@link Grid}: its text as printed and where it is.
 *
 * @param text the cell's text with markup removed, the pieces of a cell printed on several lines
 *     or in several spans joined (a line break between two CJK characters joined without a space,
 *     otherwise by one space), trimmed; empty for an empty cell
 * @param location where the cell is
 * @param spanned true for a copy of a merged cell in a position other than its first (top-left):
 *     its text is that of the merged cell, for labels; a number in it is never read a second time
 */
public record GridCell(String text, Location location, boolean spanned) {

    /**
     * Rejects nulls.
     *
     * @param text the cell's text with markup removed, the pieces of a cell printed on several lines or in several spans joined (a line break between two CJK characters joined without a space, otherwise by one space), trimmed; empty for an empty cell
     * @param location where the cell is
     * @param spanned true for a copy of a merged cell in a position other than its first (top-left): its text is that of the merged cell, for labels; a number in it is never read a second time
     */
    public GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }

    /**
     * A cell that is not a copy of a merged one.
     *
     * @param text the text
     * @param location where it is
     * @return the cell
     */
    public static GridCell of(String text, Location location) {
        return new GridCell(text, location, false);
    }
}
