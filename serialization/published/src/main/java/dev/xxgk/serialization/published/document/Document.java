package dev.xxgk.serialization.published.document;

import java.util.List;
import java.util.Objects;

/**
 * A published report as a front end read it: metadata and blocks in reading order.
 *
 * @param source where the input came from: a file name, or {@code <stdin>}
 * @param metadata the fields of a metadata box or of the page's own metadata, in the order found
 * @param blocks headings, paragraphs and tables, in reading order
 */
public record Document(String source, List<MetaField> metadata, List<Block> blocks) {

    /**
     * Rejects nulls and copies the lists.
     *
     * @param source where the input came from: a file name, or {@code <stdin>}
     * @param metadata the fields of a metadata box or of the page's own metadata, in the order found
     * @param blocks headings, paragraphs and tables, in reading order
     */
    public Document {
        Objects.requireNonNull(source, "source");
        metadata = List.copyOf(metadata);
        blocks = List.copyOf(blocks);
    }
}
