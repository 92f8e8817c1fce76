package dev.xxgk.serialization.codec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text input as it occurs in the field: UTF-8 with or without a byte-order mark, UTF-16
 * with a mark (Excel's "Unicode text"), and GB18030 (which covers GBK and GB2312, what Excel and
 * most Chinese Windows tools save).
 *
 * <p>A byte-order mark decides. Without one, the first {@value #SNIFF} bytes decide: if they
 * decode as UTF-8 the input is UTF-8, otherwise GB18030. The decoder reports malformed input
 * instead of replacing it, so a damaged byte later in the input surfaces as a
 * {@link java.nio.charset.MalformedInputException} from the reader, which callers turn into a
 * located error. Nothing is ever silently replaced.
 */
public final class TextInput {

    /** How many bytes are looked at to tell UTF-8 from GB18030. */
    public static final int SNIFF = 64 * 1024;

    /** GB18030, a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextInput() {
    }

    /**
     * An input decoded to characters.
     *
     * @param reader the characters, after any byte-order mark; closing it closes the stream
     * @param charset the charset detected
     * @param byteOrderMark whether the input began with a byte-order mark
     */
    public record Decoded(Reader reader, Charset charset, boolean byteOrderMark) {
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
        Charset charset;
        int skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = isUtf8(head, head.length < SNIFF) ? StandardCharsets.UTF_8 : GB18030;
        }
        buffered.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Decoded(new InputStreamReader(buffered, decoder), charset, skip > 0);
    }

    /**
     * The charset {@link #open} would choose for input starting with these bytes.
     *
     * @param head the first bytes
     * @return the charset
     */
    public static Charset detect(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(head, false) ? StandardCharsets.UTF_8 : GB18030;
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

    /**
     * Whether the bytes are UTF-8. When the input continues past them, a multi-byte sequence cut
     * at the end is allowed.
     */
    private static boolean isUtf8(byte[] head, boolean complete) {
        int end = head.length;
        if (!complete) {
            // step back over a sequence the sniff window may have cut
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
