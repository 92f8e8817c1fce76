package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;
import java.util.Objects;

/**
 * A line the input's markup marks as a heading: Markdown {@code ##}, HTML {@code <h2>}, a line set
 * in bold on its own. Lines that are headings only by their words ({@code 一、总体情况}) are
 * {@link Paragraph}s: the outline stage recognises them.
 *
 * @param text the heading's text, markup removed, white space trimmed
 * @param level 1 to 6 as the markup gives it, or 0 when the markup has no level (a bold line)
 * @param location where it is
 */
public record Heading(String text, int level, Location location) implements Block {

    /**
     * Rejects nulls and a level outside 0..6.
     *
     * @param text the heading's text, markup removed, white space trimmed
     * @param level 1 to 6 as the markup gives it, or 0 when the markup has no level (a bold line)
     * @param location where it is
     */
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("level must be in 0..6, was " + level);
        }
    }
}
