package dev.xxgk.serialization.codec;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Decodes text input as it occurs in the field: UTF-8 with or without a byte-order mark, UTF-16
 * with a mark (Excel's "Unicode text"), and GB18030 (which covers GBK and GB2312, what Excel and
 * most Chinese Windows tools save).
 *
 * <p>A byte-order mark decides. Without one, the first {@value #SNIFF} bytes decide: ASCII is
 * UTF-8; otherwise the 4,096 bytes from the first byte that is not ASCII are decoded both ways, and
 * bytes valid in only one of UTF-8 and GB18030 are in that one; bytes valid in both (a
 * short GB18030 text such as {@code 元}, bytes {@code D4 AA}, is also the UTF-8 of {@code Ԫ}) and
 * bytes valid in neither (a damaged file) are in the charset whose decoding holds more of the
 * characters the template's labels are written in, UTF-8 on a tie.
 *
 * <p>The decoder reports malformed input instead of replacing it: a damaged byte surfaces as an
 * {@link InvalidTextException} from the reader, which says the line and column (in code points,
 * after the last character decoded; a CR, an LF and a CR LF each end a line), the byte offset and
 * the bytes. Nothing is ever silently replaced.
 */
public final class TextInput {

    /** How many bytes are read ahead to find the first byte that is not ASCII. */
    public static final int SNIFF = 64 * 1024;

    /**
     * How many bytes, from the first that is not ASCII, are decoded both ways to tell UTF-8 from
     * GB18030: about 1,300 Chinese characters in UTF-8, 2,000 in GB18030.
     */
    static final int SAMPLE = 4 * 1024;

    /** GB18030, a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The characters of the template's labels and of the report fields' labels: what a report is written in. */
    private static final BitSet REPORT_CHARACTERS = reportCharacters();

    private TextInput() {
    }

    /**
     * An input decoded to characters.
     *
     * @param reader the characters, after any byte-order mark; closing it closes the stream. Its
     *     {@code read} methods throw {@link InvalidTextException} at a byte the charset does not
     *     decode, after every character before it has been returned
     * @param charset the charset detected
     * @param byteOrderMark whether the input began with a byte-order mark
     */
    public record Decoded(Reader reader, Charset charset, boolean byteOrderMark) {
        /**
         * Checks the components.
         *
         * @param reader the characters
         * @param charset the charset detected
         * @param byteOrderMark whether the input began with a byte-order mark
         */
        public Decoded {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(charset, "charset");
        }
    }

    /**
     * Bytes that are not text in the charset they are read in, and where they are.
     */
    public static final class InvalidTextException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        /** The name of the charset the input was read in. */
        private final String charset;
        /** The 1-based line of the first invalid byte. */
        private final long line;
        /** The 1-based column of the first invalid byte, in code points. */
        private final long column;
        /** The 0-based offset of the first invalid byte. */
        private final long byteOffset;
        /** The invalid bytes in hexadecimal. */
        private final String bytes;

        InvalidTextException(Charset charset, long line, long column, long byteOffset, byte[] bytes) {
            this.charset = charset.name();
            this.line = line;
            this.column = column;
            this.byteOffset = byteOffset;
            this.bytes = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
        }

        /**
         * The charset the input was read in.
         *
         * @return its name, such as {@code UTF-8}
         */
        public String charset() {
            return charset;
        }

        /**
         * The line of the first invalid byte.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        /**
         * The column of the first invalid byte, in code points.
         *
         * @return the 1-based column
         */
        public long column() {
            return column;
        }

        /**
         * The offset of the first invalid byte in the input, a byte-order mark counted.
         *
         * @return the 0-based byte offset
         */
        public long byteOffset() {
            return byteOffset;
        }

        /**
         * The invalid bytes.
         *
         * @return them in hexadecimal, such as {@code C0 80}
         */
        public String bytes() {
            return bytes;
        }

        /**
         * What is wrong, for a message that also gives the place.
         *
         * @return e.g. {@code the bytes C0 80 at byte offset 12 are not valid UTF-8}
         */
        public String problem() {
            return "the bytes " + bytes + " at byte offset " + byteOffset + " are not valid " + charset + " text";
        }

        @Override
        public String getMessage() {
            return line + ":" + column + ": " + problem();
        }
    }

    /**
     * Detects the charset of an input and decodes it. The stream is wrapped, not closed; close
     * the returned reader only if the caller owns the stream.
     *
     * @param in the bytes
     * @return the decoded input
     * @throws IOException if reading fails
     */
    public static Decoded open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF + 4);
        buffered.mark(SNIFF + 4);
        byte[] head = buffered.readNBytes(SNIFF);
        buffered.reset();
        int skip = byteOrderMark(head);
        Charset charset = skip > 0 ? markedCharset(head) : sniff(head, head.length < SNIFF);
        buffered.skipNBytes(skip);
        return new Decoded(new LocatingReader(buffered, charset, skip), charset, skip > 0);
    }

    /**
     * Decodes an input in a known charset, with the same located errors as {@link #open}. A
     * byte-order mark is not skipped.
     *
     * @param in the bytes, closed when the reader is
     * @param charset the charset
     * @return the reader
     */
    public static Reader decoding(InputStream in, Charset charset) {
        return new LocatingReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(charset, "charset"), 0);
    }

    /**
     * The charset {@link #open} would choose for input starting with these bytes.
     *
     * @param head the first bytes
     * @return the charset
     */
    public static Charset detect(byte[] head) {
        return byteOrderMark(head) > 0 ? markedCharset(head) : sniff(head, false);
    }

    private static int byteOrderMark(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) ? 2 : 0;
    }

    private static Charset markedCharset(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        return startsWith(head, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 or GB18030, as the class comment says; a sequence cut at the end of an incomplete head is no error. */
    private static Charset sniff(byte[] head, boolean complete) {
        int first = 0;
        while (first < head.length && head[first] >= 0) {
            first++;
        }
        if (first == head.length) {
            return StandardCharsets.UTF_8;
        }
        // the bytes from the first that is not ASCII (the start of a character in either charset,
        // after an ASCII byte) on, at most SAMPLE of them: enough characters of a report to tell its
        // charset by, without decoding a whole head twice
        int end = Math.min(head.length, first + SAMPLE);
        boolean sampleComplete = complete && end == head.length;
        Score utf8 = score(head, first, end, sampleComplete, StandardCharsets.UTF_8);
        Score gb = score(head, first, end, sampleComplete, GB18030);
        if (utf8.valid() != gb.valid()) {
            return utf8.valid() ? StandardCharsets.UTF_8 : GB18030;
        }
        if (utf8.hits() != gb.hits()) {
            return utf8.hits() > gb.hits() ? StandardCharsets.UTF_8 : GB18030;
        }
        if (!utf8.valid() && utf8.errors() != gb.errors()) {
            return utf8.errors() < gb.errors() ? StandardCharsets.UTF_8 : GB18030;
        }
        return StandardCharsets.UTF_8;
    }

    private record Score(boolean valid, int hits, int errors) {
    }

    private static Score score(byte[] head, int from, int end, boolean complete, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, from, end - from);
        CharBuffer out = CharBuffer.allocate(end - from + 1);
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                errors++;
                in.position(in.position() + result.length());
                continue;
            }
            if (result.isUnderflow()) {
                break;
            }
            throw new IllegalStateException("the buffer holds every character: " + result);
        }
        if (complete) {
            decoder.flush(out);
        }
        out.flip();
        int hits = 0;
        for (int i = 0; i < out.limit(); i++) {
            if (REPORT_CHARACTERS.get(out.get(i))) {
                hits++;
            }
        }
        return new Score(errors == 0, hits, errors);
    }

    private static BitSet reportCharacters() {
        StringBuilder text = new StringBuilder("年度报告政府信息公开工作的和是在了有件元万");
        for (ReportField field : ReportField.values()) {
            text.append(field.label());
        }
        for (Section section : Section.values()) {
            text.append(section.heading());
        }
        for (Edition edition : Edition.values()) {
            Template template = Template.of(edition);
            for (Table table : template.tables()) {
                text.append(table.caption()).append(table.heading());
            }
            for (Cell cell : template.cells()) {
                text.append(cell.label());
            }
        }
        BitSet set = new BitSet(0x10000);
        text.chars().filter(c -> c >= 0x2E80).forEach(set::set);
        return set;
    }

    /**
     * A reader that decodes with a decoder of its own and knows the line, column and byte offset
     * of every character it has returned, so that an invalid byte is reported where it is.
     */
    private static final class LocatingReader extends Reader {
        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private long consumed;
        private long line = 1;
        private long column = 1;
        private boolean afterCr;
        private boolean highPending;
        private boolean eof;
        private boolean flushed;
        private InvalidTextException failure;

        LocatingReader(InputStream in, Charset charset, long offset) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.consumed = offset;
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (failure != null) {
                    throw failure;
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            for (int i = offset; i < offset + n; i++) {
                count(buffer[i]);
            }
            return n;
        }

        private void count(char c) {
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                    column = 1;
                }
                afterCr = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                afterCr = true;
            } else {
                afterCr = false;
                if (Character.isLowSurrogate(c) && highPending) {
                    highPending = false;
                    return;
                }
                highPending = Character.isHighSurrogate(c);
                column++;
            }
        }

        /** Decodes more characters; false at the end. */
        private boolean fill() throws IOException {
            chars.clear();
            try {
                while (chars.position() == 0) {
                    if (!bytes.hasRemaining() || !eof && bytes.remaining() < 16) {
                        if (!eof) {
                            bytes.compact();
                            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                            if (n < 0) {
                                eof = true;
                            } else {
                                bytes.position(bytes.position() + n);
                            }
                            bytes.flip();
                        }
                    }
                    int before = bytes.position();
                    CoderResult result = decoder.decode(bytes, chars, eof);
                    consumed += bytes.position() - before;
                    if (result.isError()) {
                        int length = Math.min(result.length(), bytes.remaining());
                        byte[] bad = new byte[length];
                        bytes.get(bytes.position(), bad);
                        // located after the characters decoded before it, which are returned first
                        failure = new Located(charset, consumed, bad).at(this, chars);
                        return chars.position() > 0 || failureNow();
                    }
                    if (eof && !bytes.hasRemaining()) {
                        if (!flushed) {
                            flushed = true;
                            decoder.flush(chars);
                        }
                        return chars.position() > 0;
                    }
                }
                return true;
            } finally {
                chars.flip();
            }
        }

        private boolean failureNow() throws InvalidTextException {
            throw failure;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** The place of an error: the position after the characters decoded so far, which are not yet counted. */
        private record Located(Charset charset, long offset, byte[] bad) {
            InvalidTextException at(LocatingReader reader, CharBuffer pending) {
                long line = reader.line;
                long column = reader.column;
                boolean afterCr = reader.afterCr;
                boolean high = reader.highPending;
                int end = pending.position();
                for (int i = 0; i < end; i++) {
                    char c = pending.get(i);
                    if (c == '\n') {
                        if (!afterCr) {
                            line++;
                            column = 1;
                        }
                        afterCr = false;
                    } else if (c == '\r') {
                        line++;
                        column = 1;
                        afterCr = true;
                    } else {
                        afterCr = false;
                        if (Character.isLowSurrogate(c) && high) {
                            high = false;
                            continue;
                        }
                        high = Character.isHighSurrogate(c);
                        column++;
                    }
                }
                return new InvalidTextException(charset, line, column, offset, Arrays.copyOf(bad, bad.length));
            }
        }
    }
}
