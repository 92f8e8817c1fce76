package dev.xxgk.serialization.html.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.codec.TextInput;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page: a byte-order mark decides; then the charset the page declares (a
 * {@code <meta charset>}, a {@code <meta http-equiv="Content-Type">} or an XML declaration in its
 * first {@value #PRESCAN} bytes, as browsers look for it); with none, the bytes decide between
 * UTF-8 and GB18030 (GBK and GB2312 are subsets of it), as {@link TextInput} does for text. A
 * declared charset in which the bytes are not valid is set aside for the one they are valid in,
 * with a note. Nothing is ever replaced: bytes valid in no candidate are an error naming the line.
 */
final class HtmlCharsets {

    /** How far browsers look for a declaration (the HTML standard's prescan covers 1024 bytes; pages exceed it). */
    static final int PRESCAN = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** The page's characters and the notes of their decoding. */
    record Decoded(String text, Charset charset, List<ReadingNote> notes) {
    }

    private HtmlCharsets() {
    }

    static Decoded decode(byte[] bytes, String source) {
        List<ReadingNote> notes = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, notes);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, source), StandardCharsets.UTF_16LE, notes);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, source), StandardCharsets.UTF_16BE, notes);
        }
        String declaredName = declared(bytes);
        Charset declared = declaredName == null ? null : charset(declaredName);
        if (declared != null) {
            Charset use = declared;
            String canonical = declared.name().toUpperCase(Locale.ROOT);
            if (canonical.equals("GBK") || canonical.equals("GB2312") || canonical.equals("X-EUC-CN") || canonical.equals("EUC-CN")) {
                if (!isAscii(bytes) && firstInvalid(bytes, StandardCharsets.UTF_8) < 0) {
                    // GBK text is practically never valid UTF-8, while UTF-8 bytes often decode as (wrong) GBK
                    notes.add(ReadingNote.of(HtmlNote.CHARSET_UTF8, Location.line(1), "", declaredName));
                    return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
                }
                use = TextInput.GB18030;
                notes.add(ReadingNote.of(HtmlNote.CHARSET_SUPERSET, Location.line(1), "", declaredName));
            } else if (canonical.equals("US-ASCII") || canonical.equals("ISO-8859-1") || canonical.equals("WINDOWS-1252")) {
                // what a browser does with a page labelled Latin-1: windows-1252; kept only if the bytes are ASCII
                use = StandardCharsets.US_ASCII;
            }
            int bad = firstInvalid(bytes, use);
            if (bad < 0) {
                return new Decoded(new String(bytes, use), use, notes);
            }
            notes.clear();
            Charset other = firstInvalid(bytes, StandardCharsets.UTF_8) < 0 ? StandardCharsets.UTF_8
                    : firstInvalid(bytes, TextInput.GB18030) < 0 ? TextInput.GB18030 : null;
            if (other == null) {
                throw invalid(bytes, bad, declaredName, source);
            }
            notes.add(ReadingNote.of(HtmlNote.CHARSET_WRONG, lineAt(bytes, bad), "", declaredName, bad, other.name()));
            return new Decoded(new String(bytes, other), other, notes);
        }
        int badUtf8 = firstInvalid(bytes, StandardCharsets.UTF_8);
        if (badUtf8 < 0) {
            if (!isAscii(bytes)) {
                notes.add(ReadingNote.of(HtmlNote.CHARSET_SNIFFED, Location.line(1), "", StandardCharsets.UTF_8.name()));
            }
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
        }
        if (firstInvalid(bytes, TextInput.GB18030) < 0) {
            notes.add(ReadingNote.of(HtmlNote.CHARSET_SNIFFED, Location.line(1), "", TextInput.GB18030.name()));
            return new Decoded(new String(bytes, TextInput.GB18030), TextInput.GB18030, notes);
        }
        throw invalid(bytes, badUtf8, "", source);
    }

    /** The charset named in the page's first bytes, as ASCII, or null. */
    private static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String source) {
        int bad = firstInvalid(bytes, offset, charset);
        if (bad >= 0) {
            throw invalid(bytes, bad, charset.name(), source);
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static int firstInvalid(byte[] bytes, Charset charset) {
        return firstInvalid(bytes, 0, charset);
    }

    /** The offset of the first byte the charset cannot decode, or -1. */
    private static int firstInvalid(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        CoderResult flush = decoder.flush(out);
        return flush.isError() ? in.position() : -1;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Location lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return Location.line(line);
    }

    private static ReportFormatException invalid(byte[] bytes, int offset, String declared, String source) {
        long line = lineAt(bytes, offset).lineNumber();
        int end = Math.min(bytes.length, offset + 8);
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < end; i++) {
            hex.append(String.format(Locale.ROOT, "%02X ", bytes[i] & 0xFF));
        }
        String problem = declared.isEmpty()
                ? "the page declares no charset and its bytes are neither UTF-8 nor GB18030 (byte " + offset
                        + "): not a text page, or damaged"
                : "the page's bytes are valid neither in the declared charset " + declared
                        + " nor in UTF-8 or GB18030 (byte " + offset + "): not a text page, or damaged";
        return new ReportFormatException(HtmlFrontEnd.FORMAT, source, line, 0, "", hex.toString().trim(), problem,
                new CharacterCodingException());
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
}
