package dev.xxgk.benchmarks.csv;

import java.io.InputStream;

/**
 * A wide CSV input of any number of rows made in memory: the header once, then a block of rows
 * over and over. Holds only the block, so a million reports stream through a small heap.
 */
final class RepeatingCsv extends InputStream {

    private final byte[] header;
    private final byte[] block;
    private final long blocks;
    private long blocksDone;
    private byte[] current;
    private int position;

    /**
     * An input of the header and {@code blocks} copies of the block.
     *
     * @param header the header line, with its line end
     * @param block whole rows, each with its line end
     * @param blocks how many times the block follows the header
     */
    RepeatingCsv(byte[] header, byte[] block, long blocks) {
        this.header = header;
        this.block = block;
        this.blocks = blocks;
        this.current = header;
    }

    private boolean advance() {
        if (position < current.length) {
            return true;
        }
        if (blocksDone == blocks) {
            return false;
        }
        blocksDone++;
        current = block;
        position = 0;
        return true;
    }

    @Override
    public int read() {
        return advance() ? current[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public String toString() {
        return "RepeatingCsv[" + header.length + " bytes of header, " + blocks + " blocks of " + block.length + " bytes]";
    }
}
