package dev.xxgk.serialization.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Streams that remember whether they were closed: a reader or writer must not close what it did not open. */
public final class CloseTracking {

    private CloseTracking() {
    }

    /** An input that records {@link #close()}. */
    public static final class Input extends ByteArrayInputStream {
        private boolean closed;

        /**
         * An input of bytes.
         *
         * @param bytes the bytes
         */
        public Input(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }

        /** {@return whether close was called} */
        public boolean closed() {
            return closed;
        }
    }

    /** An output that records {@link #close()}. */
    public static final class Output extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }

        /** {@return whether close was called} */
        public boolean closed() {
            return closed;
        }
    }
}
