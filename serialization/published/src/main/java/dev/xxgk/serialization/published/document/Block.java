package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;

/**
 * A piece of the body of a document, in reading order.
 */
public sealed interface Block permits Heading, Paragraph, Grid {

    /**
     * Where the block starts.
     *
     * @return the location
     */
    Location location();
}
