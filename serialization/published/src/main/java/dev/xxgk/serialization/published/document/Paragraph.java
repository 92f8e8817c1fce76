package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;
import java.util.Objects;

/**
 * One line of running text: a line of a text file, an HTML paragraph, a line of a PDF page.
 *
 * @param text the text, markup removed; white space inside kept as printed, trimmed at both ends
 *     (except the tabs at the ends of a plain-text line that has tabs: there they stand between
 *     empty table cells)
 * @param location where it is
 */
public record Paragraph(String text, Location location) implements Block {

    /**
     * Rejects nulls.
     *
     * @param text the text, markup removed; white space inside kept as printed, trimmed at both ends
     * @param location where it is
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
