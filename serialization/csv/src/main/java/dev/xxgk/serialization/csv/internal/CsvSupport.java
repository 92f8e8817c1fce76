package dev.xxgk.serialization.csv.internal;

import dev.xxgk.serialization.codec.TextInput;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.RecordType;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * What the two CSV forms share: RFC 4180 records of plain strings (no header handling, no
 * comments, no trimming), read and written with FastCSV (quotes only where needed, CRLF line
 * ends); records with the line they start on, charsets and byte-order
 * marks, and the text of a cell.
 */
public final class CsvSupport {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final char[] EMPTY_CHARS = new char[0];

    private CsvSupport() {
    }

    /**
     * Whether a charset is one of Unicode's, which encode every text.
     *
     * @param charset a charset
     * @return true for UTF-8 and UTF-16
     */
    public static boolean isUnicode(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16");
    }

    /**
     * Checks writing options.
     *
     * @param charset the charset to write in
     * @param byteOrderMark whether to start with a byte-order mark
     * @throws IllegalArgumentException if the charset cannot encode, or a mark is asked for in a
     *     charset other than Unicode's
     */
    public static void checkOptions(Charset charset, boolean byteOrderMark) {
        if (!charset.canEncode()) {
            throw new IllegalArgumentException("charset " + charset.name() + " cannot encode");
        }
        if (byteOrderMark && !isUnicode(charset)) {
            throw new IllegalArgumentException("a byte-order mark is written in UTF-8 or UTF-16 only, not in "
                    + charset.name());
        }
    }

    /**
     * One record of a CSV input: its fields as ranges of one array of characters, so that a
     * reader can parse a number without making a string of it. {@link Records} fills the same row
     * for every record: what it holds is valid until the next record is read. Not thread-safe.
     */
    public static final class Row {
        private char[] chars = new char[1024];
        private int[] ends = new int[64];
        private int size;
        private int length;
        private long line;

        private Row() {
        }

        private void clear(long startLine) {
            size = 0;
            length = 0;
            line = startLine;
        }

        private void add(char[] buf, int offset, int count) {
            int end = length + count;
            // Item 1: the callback bypasses FastCSV's own record limits, so they are enforced here
            if (count > Limits.MAX_TEXT_LENGTH) {
                throw new LimitException(size, "a field of " + count + " characters is longer than the limit of "
                        + Limits.MAX_TEXT_LENGTH + " (Limits.MAX_TEXT_LENGTH)");
            }
            if (size == Limits.MAX_FIELDS) {
                throw new LimitException(size, "a record of more than " + Limits.MAX_FIELDS
                        + " fields, past the limit (Limits.MAX_FIELDS)");
            }
            if (end > Limits.MAX_RECORD_LENGTH) {
                throw new LimitException(size, "a record of more than " + Limits.MAX_RECORD_LENGTH
                        + " characters, past the limit (Limits.MAX_RECORD_LENGTH)");
            }
            if (end > chars.length || size == ends.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, end));
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            if (count <= 8) {
                // most fields are a few digits, for which a loop beats calling arraycopy
                for (int i = 0; i < count; i++) {
                    chars[length + i] = buf[offset + i];
                }
            } else {
                System.arraycopy(buf, offset, chars, length, count);
            }
            length = end;
            ends[size++] = end;
        }

        /**
         * How many characters the record's fields hold together.
         *
         * @return the length
         */
        public int length() {
            return length;
        }

        /**
         * How many fields the record has.
         *
         * @return the number of fields, at least 1
         */
        public int size() {
            return size;
        }

        /**
         * The line the record starts on.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        private int start(int field) {
            return field == 0 ? 0 : ends[field - 1];
        }

        /**
         * Whether a field is empty.
         *
         * @param field the 0-based position
         * @return true if it holds no character
         */
        public boolean isEmpty(int field) {
            return start(field) == ends[field];
        }

        /**
         * The text of a field.
         *
         * @param field the 0-based position
         * @return a new string
         */
        public String text(int field) {
            int start = start(field);
            return new String(chars, start, ends[field] - start);
        }

        /**
         * A count written as {@link #cellText} writes it, read without making a string: an optional
         * sign and at most nine ASCII digits, so that it cannot overflow.
         *
         * @param field the 0-based position
         * @return the count, or null if the field holds anything else (a longer number, a text),
         *     which {@link #parseCell} then reads or refuses
         */
        public Count shortCount(int field) {
            int at = start(field);
            int end = ends[field];
            boolean negative = false;
            if (at < end && (chars[at] == '-' || chars[at] == '+')) {
                negative = chars[at] == '-';
                at++;
            }
            if (at == end || end - at > 9) {
                return null;
            }
            int value = 0;
            for (; at < end; at++) {
                int digit = chars[at] - '0';
                if (digit < 0 || digit > 9) {
                    return null;
                }
                value = value * 10 + digit;
            }
            return Count.of(negative ? -value : value);
        }

        /**
         * A copy of the row that later reads do not change, for handing to another thread.
         *
         * @return the copy
         */
        public Row copy() {
            Row copy = new Row();
            copy.chars = Arrays.copyOf(chars, length);
            copy.ends = Arrays.copyOf(ends, size);
            copy.size = size;
            copy.length = length;
            copy.line = line;
            return copy;
        }

        /**
         * The fields as strings.
         *
         * @return a new array
         */
        public String[] toArray() {
            String[] fields = new String[size];
            for (int i = 0; i < size; i++) {
                fields[i] = text(i);
            }
            return fields;
        }
    }

    /** A record past one of the {@link Limits}, thrown from inside FastCSV's callback. */
    private static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int field;

        LimitException(int field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /**
     * Records read from a CSV input with FastCSV, each with the line it starts on. Not thread-safe.
     *
     * <p>FastCSV's relaxed parser is the one that reads as jackson-dataformat-csv did: spaces
     * before an opening quote and after a closing one are dropped, a quote inside an unquoted
     * field is a character like any other. It is as fast as the strict one here.
     */
    public static final class Records implements AutoCloseable {
        private final MarkedReader input;
        private final RowHandler handler;
        private final CloseableIterator<Row> rows;
        private final String format;
        private final String source;
        private final Charset charset;
        private long line;
        private long endLine;

        /**
         * Decodes the input as {@link TextInput} does and reads its records.
         *
         * @param in the input, left open
         * @param format the format id, for errors
         * @param source where the input came from, for errors
         * @throws UncheckedIOException if reading fails
         */
        public Records(InputStream in, String format, String source) {
            TextInput.Decoded decoded;
            try {
                decoded = TextInput.open(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.charset = decoded.charset();
            this.format = format;
            this.source = source;
            this.input = new MarkedReader(decoded.reader());
            this.handler = new RowHandler();
            this.rows = CsvReader.builder()
                    .skipEmptyLines(false)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .trimWhitespacesAroundQuotes(true)
                    // a field, quotes doubled, fits; FastCSV's default would let one field take 16 Mi chars
                    .maxBufferSize(2 * Limits.MAX_TEXT_LENGTH + 1024)
                    .build(handler, input)
                    .iterator();
        }

        /**
         * The next record, in the row that every record of this input is read into.
         *
         * @return the row, valid until the next call, or null at the end of the input
         * @throws ReportFormatException if the input is not valid CSV or not valid in its charset
         * @throws UncheckedIOException if reading fails
         */
        public Row nextRow() {
            if (endLine > 0) {
                return null;
            }
            Row row;
            try {
                row = rows.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof TextInput.InvalidTextException invalid) {
                    // Item 10: the place of the byte itself, not of the record FastCSV was reading
                    throw new ReportFormatException(format, source, invalid.line(), invalid.column(), "", "",
                            invalid.problem() + " (read as " + charset.name() + " from its first bytes: UTF-8 with"
                                    + " or without a byte-order mark, else GB18030/GBK)", invalid);
                }
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new ReportFormatException(format, source, handler.row.line(), 0, "", "",
                            "the input is not valid " + charset.name() + " at or after this line (read as "
                                    + charset.name() + " from its first bytes: UTF-8 with or without a byte-order mark,"
                                    + " else GB18030/GBK)", e.getCause());
                }
                throw new UncheckedIOException(e.getCause());
            } catch (CsvParseException e) {
                // FastCSV wraps whatever the parser throws, errors of the JVM included
                Throwable problem = e.getCause() == null ? e : e.getCause();
                if (problem instanceof Error error) {
                    throw error;
                }
                if (problem instanceof LimitException limit) {
                    throw new ReportFormatException(format, source, handler.row.line(), limit.field + 1, "", "",
                            limit.getMessage(), null);
                }
                if (!(problem instanceof CsvParseException)) {
                    throw (RuntimeException) problem;
                }
                if (String.valueOf(problem.getMessage()).contains("buffer size")) {
                    throw new ReportFormatException(format, source, handler.row.line(), handler.row.size() + 1, "",
                            "", "a field longer than the limit of " + Limits.MAX_TEXT_LENGTH
                                    + " characters (Limits.MAX_TEXT_LENGTH)", null);
                }
                throw new ReportFormatException(format, source, handler.row.line(), handler.row.size() + 1, "", "",
                        "not valid CSV: " + problem.getMessage(), e);
            }
            if (handler.atMark) {
                endLine = input.endedWithLineBreak ? row.line() : row.line() - 1;
                return null;
            }
            line = row.line();
            return row;
        }

        /**
         * The next record.
         *
         * @return its fields, or null at the end of the input
         * @throws ReportFormatException if the input is not valid CSV or not valid in its charset
         * @throws UncheckedIOException if reading fails
         */
        public String[] next() {
            Row row = nextRow();
            return row == null ? null : row.toArray();
        }

        /**
         * The line the record last returned starts on.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        /**
         * The line the parser has reached, after the last record at the end of the input.
         *
         * @return the 1-based line, or 0 before the end of the input
         */
        public long currentLine() {
            return endLine;
        }

        /**
         * The charset the input was decoded with.
         *
         * @return the charset
         */
        public Charset charset() {
            return charset;
        }

        /** Releases nothing the caller owns: the input stays open. */
        @Override
        public void close() {
            try {
                rows.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A character no decoder makes: a low surrogate without the high one before it. {@link
     * MarkedReader} ends the input with it on a line of its own, so that a quoted field left open
     * at the end takes it in (FastCSV 4.1 would take such a field as closed there:
     * osiegmar/FastCSV#173), and a record of it alone is the end.
     */
    private static final char END_MARK = '\uDC00';

    /** Puts each record FastCSV parses into the one row. */
    private static final class RowHandler extends CsvCallbackHandler<Row> {
        private final Row row = new Row();
        private RecordType type = RecordType.DATA;
        private boolean atMark;

        @Override
        protected RecordType getRecordType() {
            return type;
        }

        @Override
        protected int getFieldCount() {
            return row.size;
        }

        @Override
        protected void beginRecord(long startingLineNumber) {
            row.clear(startingLineNumber);
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            int end = offset + len;
            if (len > 0 && buf[end - 1] == END_MARK && (len == 1 || !Character.isHighSurrogate(buf[end - 2]))) {
                if (quoted) {
                    throw new CsvParseException("missing closing quote: the input ends inside a quoted field");
                }
                atMark = true;
            }
            row.add(buf, offset, len);
        }

        @Override
        protected void setComment(char[] buf, int offset, int len) {
            throw new IllegalStateException("comments are not read");
        }

        @Override
        protected void setEmpty() {
            type = RecordType.EMPTY;
            row.add(EMPTY_CHARS, 0, 0);
        }

        @Override
        protected Row buildRecord() {
            return row;
        }
    }

    /**
     * The decoded input as FastCSV reads it, with {@link #END_MARK} after its end; never closed by
     * FastCSV, since the caller owns the stream.
     */
    private static final class MarkedReader extends Reader {
        private final Reader in;
        private char last = '\n';
        private char[] mark;
        private int marked;
        private boolean endedWithLineBreak;

        MarkedReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int offset, int len) throws IOException {
            if (mark == null) {
                int n = in.read(buf, offset, len);
                if (n > 0) {
                    last = buf[offset + n - 1];
                }
                if (n >= 0) {
                    return n;
                }
                endedWithLineBreak = last == '\n' || last == '\r';
                mark = endedWithLineBreak ? new char[] {END_MARK} : new char[] {'\n', END_MARK};
            }
            if (marked == mark.length || len == 0) {
                return marked == mark.length ? -1 : 0;
            }
            int n = Math.min(len, mark.length - marked);
            System.arraycopy(mark, marked, buf, offset, n);
            marked += n;
            return n;
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }
    }

    /**
     * The first field of the first record of an input, to tell the CSV forms apart by their first
     * bytes: decoded as {@link TextInput} would, a byte-order mark skipped.
     *
     * @param head the first bytes of the input, possibly cut anywhere
     * @return the first field, or the empty string if there is none
     */
    public static String firstField(byte[] head) {
        String text = new String(head, TextInput.detect(head));
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        try (CloseableIterator<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).iterator()) {
            return records.hasNext() ? records.next().getField(0) : "";
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            return "";
        }
    }

    /**
     * Whether a record holds nothing: an empty line, or a row of empty cells.
     *
     * @param record a record
     * @return true if every field is empty
     */
    public static boolean isEmpty(String[] record) {
        for (String field : record) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Writes records to an output in a charset, leaving the output open. Not thread-safe. */
    public static final class Output implements AutoCloseable {
        private final Writer writer;
        private final CsvWriter csv;
        private final CharsetEncoder check;

        /**
         * Opens the output.
         *
         * @param out the output, left open when this is closed
         * @param charset the charset
         * @param byteOrderMark whether to start with a byte-order mark
         * @throws UncheckedIOException if writing fails
         */
        public Output(OutputStream out, Charset charset, boolean byteOrderMark) {
            CharsetEncoder encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.writer = new OutputStreamWriter(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, encoder);
            this.check = isUnicode(charset) ? null : charset.newEncoder();
            try {
                // Java's "UTF-16" encoder writes a mark of its own
                if (byteOrderMark && !charset.name().equals("UTF-16")) {
                    writer.write(BYTE_ORDER_MARK);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // quotes a field only where RFC 4180 needs it, however long the field; CRLF as RFC 4180
            this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        }

        /**
         * Checks that the charset can encode a text before it is written.
         *
         * @param text the text
         * @param what what the text is, for the message
         * @throws IllegalArgumentException if the charset cannot encode it
         */
        public void checkEncodable(String text, String what) {
            if (check != null && !check.canEncode(CharBuffer.wrap(text))) {
                throw new IllegalArgumentException(what + " has a character that " + check.charset().name()
                        + " cannot encode; write UTF-8 or GB18030 instead");
            }
        }

        /**
         * Writes one record.
         *
         * @param record the fields
         * @throws UncheckedIOException if writing fails
         */
        public void write(String[] record) {
            csv.writeRecord(record);
        }

        /**
         * Flushes what was written, leaving the output open.
         *
         * @throws UncheckedIOException if writing fails
         */
        @Override
        public void close() {
            try {
                csv.close();
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
