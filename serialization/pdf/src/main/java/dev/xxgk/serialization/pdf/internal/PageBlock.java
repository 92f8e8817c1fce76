package dev.xxgk.serialization.pdf.internal;

/** A line of text or a table of a page, in the order of the page. */
sealed interface PageBlock {

    int page();

    float top();

    /** A line outside every table. */
    record Line(int page, TextLine line) implements PageBlock {
        @Override
        public float top() {
            return line.top();
        }
    }

    /** A table. */
    record TableBlock(Table table) implements PageBlock {
        @Override
        public int page() {
            return table.page();
        }

        @Override
        public float top() {
            return table.top();
        }
    }
}
