package dev.xxgk.serialization.csv;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.csv.internal.CsvSupport;
import dev.xxgk.serialization.csv.internal.LayoutCsvReader;
import dev.xxgk.serialization.csv.internal.LayoutCsvWriter;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.template.ReportField;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The layout CSV form, id {@code csv-layout}, for people: one report laid out as the official
 * tables appear, with their Chinese labels, as a spreadsheet user would lay it out. It starts with
 * the label/value rows of the header ({@code 报告格式,2021}, {@code 报告机关,…}), then each section
 * in order: the texts of section 一 as label/value rows, the tables of sections 二, 三 and 四 with
 * their captions, header rows and row labels, and the texts of sections 五 and 六. The rows are
 * described in {@code docs/csv-format.md}; every label comes from the template's catalogue.
 *
 * <p>Reading finds each row by its labels, in the template's order, and reads back exactly the
 * report written, blanks and texts included. It skips empty rows and the empty cells a
 * spreadsheet adds at the end of rows, and accepts a group label repeated on every row of its
 * group; anything else out of place is a {@link dev.xxgk.serialization.ReportFormatException}
 * naming the line, the column and the code of the row or cell. Encodings, blanks, numbers and the
 * protection of texts from spreadsheet formulas are as in {@link WideCsvFormat}.
 *
 * <p>Immutable and thread-safe. Since the form is meant to be opened in a spreadsheet, the instance
 * {@link java.util.ServiceLoader} finds writes UTF-8 with a byte-order mark, which Excel needs to
 * take the file for UTF-8.
 */
public final class LayoutCsvFormat implements ReportFormat {

    private final Charset charset;
    private final boolean byteOrderMark;

    private final ReportReader reader = (in, source) -> {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return Reading.of(LayoutCsvReader.read(in, source));
    };

    private final ReportWriter writer = (report, out) -> {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        LayoutCsvWriter.write(report, out, charset(), byteOrderMark());
    };

    /** The format with its defaults: UTF-8 with a byte-order mark. */
    public LayoutCsvFormat() {
        this(StandardCharsets.UTF_8, true);
    }

    private LayoutCsvFormat(Charset charset, boolean byteOrderMark) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
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
        return "csv-layout";
    }

    @Override
    public String description() {
        return "Layout CSV, one report as the official tables appear, with their Chinese labels";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    /**
     * Whether the input starts, after an optional byte-order mark, with the form's first label,
     * {@code 报告格式}.
     *
     * @param head the first bytes
     * @return true if the first field is that label
     */
    @Override
    public boolean recognizes(byte[] head) {
        return CsvSupport.firstField(head).equals(ReportField.EDITION.label());
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(writer);
    }

    /** Writing options of the layout CSV form. Mutable; {@link #build()} makes an immutable format. */
    public static final class Builder {
        private Charset charset = StandardCharsets.UTF_8;
        private Boolean byteOrderMark;

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
         * By default, a mark is written in UTF-8 and UTF-16 and none in other charsets.
         *
         * @param value true to write the mark
         * @return this builder
         */
        public Builder byteOrderMark(boolean value) {
            this.byteOrderMark = value;
            return this;
        }

        /**
         * Builds the format.
         *
         * @return the format
         * @throws IllegalArgumentException if the charset cannot encode, or a byte-order mark is
         *     asked for in a charset other than UTF-8 or UTF-16
         */
        public LayoutCsvFormat build() {
            boolean mark = byteOrderMark == null ? CsvSupport.isUnicode(charset) : byteOrderMark;
            CsvSupport.checkOptions(charset, mark);
            return new LayoutCsvFormat(charset, mark);
        }
    }
}
