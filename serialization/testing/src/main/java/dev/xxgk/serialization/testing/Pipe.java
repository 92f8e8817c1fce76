package dev.xxgk.serialization.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A bounded pipe between a writing thread and a reading thread, in chunks: unlike
 * {@link java.io.PipedInputStream}, whose sides wake each other only when the buffer is full or
 * empty, both sides work at once. It holds at most {@code chunks × chunkSize} bytes.
 */
public final class Pipe {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue;
    private final int chunkSize;
    private volatile boolean readerClosed;

    /**
     * A pipe.
     *
     * @param chunks how many chunks it holds at most
     * @param chunkSize the size of a chunk
     */
    public Pipe(int chunks, int chunkSize) {
        this.queue = new ArrayBlockingQueue<>(chunks);
        this.chunkSize = chunkSize;
    }

    /** {@return the writing end; closing it ends the input} */
    public OutputStream output() {
        return new OutputStream() {
            private final byte[] buffer = new byte[chunkSize];
            private int size;

            @Override
            public void write(int b) throws IOException {
                if (size == buffer.length) {
                    flush();
                }
                buffer[size++] = (byte) b;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (size == buffer.length) {
                        flush();
                    }
                    int n = Math.min(len, buffer.length - size);
                    System.arraycopy(b, off, buffer, size, n);
                    size += n;
                    off += n;
                    len -= n;
                }
            }

            @Override
            public void flush() throws IOException {
                if (size > 0) {
                    put(Arrays.copyOf(buffer, size));
                    size = 0;
                }
            }

            @Override
            public void close() throws IOException {
                flush();
                put(END);
            }
        };
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!queue.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (readerClosed) {
                    throw new IOException("the reading end is closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    /** {@return the reading end; closing it makes the writer fail rather than wait} */
    public InputStream input() {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int at;
            private boolean ended;

            @Override
            public int read() throws IOException {
                return fill() ? chunk[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, chunk.length - at);
                System.arraycopy(chunk, at, b, off, n);
                at += n;
                return n;
            }

            private boolean fill() throws IOException {
                while (!ended && at == chunk.length) {
                    try {
                        chunk = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException();
                    }
                    at = 0;
                    ended = chunk == END;
                }
                return !ended;
            }

            @Override
            public void close() {
                readerClosed = true;
                queue.clear();
            }
        };
    }
}
