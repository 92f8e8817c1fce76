package dev.xxgk.serialization.csv;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.csv.internal.CsvSupport;
import dev.xxgk.serialization.csv.internal.WideCsvColumns;
import dev.xxgk.serialization.csv.internal.WideCsvReader;
import dev.xxgk.serialization.csv.internal.WideCsvWriter;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.spi.ReportWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The wide CSV form, id {@code csv}, for data sets: one report per line, one column per field and
 * cell, the header made of their codes ({@code applications.granted.naturalPerson}). One file can
 * mix editions: the header has the cells of both (see {@link #header()}), and a row leaves the
 * other edition's cells empty.
 *
 * <p>Reading and writing stream: {@link ReportReader#readAll} reads row by row and
 * {@link ReportWriter#open} writes row by row, so millions of reports take constant memory.
 * Columns are found by header, in any order. Input may be UTF-8 with or without a byte-order
 * mark, or GB18030/GBK (what Excel in China saves). A blank cell is an empty field; a count is
 * written in decimal digits, an amount of edition 2019 with its unit ({@code 1500084元}), an
 * amount in 万元 as a plain decimal. A text that a spreadsheet would take for a formula (starting
 * with {@code = + - @}, a tab or a carriage return) is written after an apostrophe, and so is a
 * text starting with an apostrophe; reading removes it, so every text reads back exactly.
 *
 * <p>Errors are {@link dev.xxgk.serialization.ReportFormatException}s naming the line, the column
 * (the field's 1-based position), its header and the value found: an unknown, duplicate or missing
 * column, a ragged row, a value that is not of its cell, a cell of the other edition filled, a
 * missing edition. Described in {@code docs/csv-format.md}.
 *
 * <pre>{@code
 * WideCsvFormat csv = WideCsvFormat.builder().byteOrderMark(true).build();   // for Excel
 * try (ReportSink sink = csv.writer().orElseThrow().open(out)) {
 *     reports.forEach(sink::write);
 * }
 * try (Stream<Reading> readings = csv.reader().orElseThrow().readAll(in, "data.csv")) {
 *     readings.forEach(r -> …);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. The instance {@link java.util.ServiceLoader} finds writes UTF-8
 * without a byte-order mark.
 */
public final class WideCsvFormat implements ReportFormat {

    private final Charset charset;
    private final boolean byteOrderMark;
    private final boolean readAhead;

    private final ReportReader reader = new ReportReader() {
        @Override
        public Reading read(InputStream in, String source) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(source, "source");
            return Reading.of(WideCsvReader.readOne(in, source));
        }

        @Override
        public Stream<Reading> readAll(InputStream in, String source) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(source, "source");
            return WideCsvReader.readAll(in, source, readAhead());
        }
    };

    private final ReportWriter writer = new ReportWriter() {
        @Override
        public void write(AnnualReport report, OutputStream out) {
            Objects.requireNonNull(report, "report");
            try (ReportSink sink = open(out)) {
                sink.write(report);
            }
        }

        @Override
        public ReportSink open(OutputStream out) {
            Objects.requireNonNull(out, "out");
            return new WideCsvWriter(out, charset, byteOrderMark);
        }
    };

    /** The format with its defaults: UTF-8 without a byte-order mark. */
    public WideCsvFormat() {
        this(StandardCharsets.UTF_8, false, false);
    }

    private WideCsvFormat(Charset charset, boolean byteOrderMark, boolean readAhead) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.readAhead = readAhead;
    }

    /**
     * A builder of the format with other writing options.
     *
     * @return a new builder, starting from the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The header the writer writes: the codes of the report fields, then the cells of both
     * editions in the template's order, merged row by row (rows in the template's order, edition
     * 2019's before edition 2021's where only one edition has them; within a row, edition 2019's
     * columns, then those of edition 2021 that edition 2019 lacks), then {@code deviations}: the
     * rows of the other edition a report prints ({@code 2019:applications.otherHandling}), whose
     * figures stand in that edition's columns. A file without {@code deviations} is read as one
     * of reports without template deviations.
     *
     * @return the column codes, in order
     */
    public static List<String> header() {
        return WideCsvColumns.header();
    }

    /**
     * Whether {@link ReportReader#readAll} reads and splits the rows on a thread of its own while
     * the caller's thread builds the reports (see {@link Builder#readAhead}).
     *
     * @return true if it reads ahead
     */
    public boolean readAhead() {
        return readAhead;
    }

    /**
     * The charset the writer writes in.
     *
     * @return the charset
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Whether the writer starts the output with a byte-order mark.
     *
     * @return true if it does
     */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "Wide CSV, one report per line, one column per cell, for data sets";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    /**
     * Whether the input starts, after an optional byte-order mark, with a header of codes: its
     * first field is the code of a report field or a cell ({@code edition} as written).
     *
     * @param head the first bytes
     * @return true if the first field is a code
     */
    @Override
    public boolean recognizes(byte[] head) {
        return WideCsvColumns.header().contains(CsvSupport.firstField(head));
    }

    @Override
    public boolean holdsMany() {
        return true;
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(writer);
    }

    /** Options of the wide CSV form. Mutable; {@link #build()} makes an immutable format. */
    public static final class Builder {
        private Charset charset = StandardCharsets.UTF_8;
        private boolean byteOrderMark;
        private boolean readAhead;

        private Builder() {
        }

        /**
         * The charset to write in: UTF-8 (the default), or GB18030 for older Chinese tools. A
         * charset that cannot encode a report's text makes writing that report fail with an
         * {@link IllegalArgumentException}.
         *
         * @param value the charset
         * @return this builder
         */
        public Builder charset(Charset value) {
            this.charset = Objects.requireNonNull(value, "charset");
            return this;
        }

        /**
         * Whether to start the output with a byte-order mark, so that Excel opens UTF-8 as UTF-8.
         * Off by default.
         *
         * @param value true to write the mark
         * @return this builder
         */
        public Builder byteOrderMark(boolean value) {
            this.byteOrderMark = value;
            return this;
        }

        /**
         * Whether {@code readAll} reads and splits the rows on a thread of its own, a daemon
         * thread per stream, handing them to the caller's thread in batches through a small
         * bounded queue, while the caller's thread builds (and the caller validates) the reports.
         * On two cores or more a large data set reads about twice as fast (see
         * {@code docs/benchmarks.md}). Off by default: the SDK starts no thread unless asked.
         *
         * <p>What is read is the same, in the same order, and an error is thrown at the same
         * report as without it. The input stream is read by that thread; after the stream of
         * readings is closed, the thread stops at the next row and never closes the input.
         * {@code read}, for one report, never reads ahead.
         *
         * @param value true to read ahead
         * @return this builder
         */
        public Builder readAhead(boolean value) {
            this.readAhead = value;
            return this;
        }

        /**
         * Builds the format.
         *
         * @return the format
         * @throws IllegalArgumentException if the charset cannot encode, or a byte-order mark is
         *     asked for in a charset other than UTF-8 or UTF-16
         */
        public WideCsvFormat build() {
            CsvSupport.checkOptions(charset, byteOrderMark);
            return new WideCsvFormat(charset, byteOrderMark, readAhead);
        }
    }
}
