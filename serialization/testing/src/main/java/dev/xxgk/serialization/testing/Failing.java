package dev.xxgk.serialization.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Streams whose every read or write fails, as a disk or network can. */
public final class Failing {

    private Failing() {
    }

    /** {@return an input that fails after giving some bytes} */
    public static InputStream input(byte[] first) {
        return new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at < first.length) {
                    return first[at++] & 0xFF;
                }
                throw new IOException("the disk is gone");
            }
        };
    }

    /** {@return an output that fails on every write} */
    public static OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the disk is full");
            }
        };
    }
}
