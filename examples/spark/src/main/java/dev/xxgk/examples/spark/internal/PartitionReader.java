package dev.xxgk.examples.spark.internal;

import dev.xxgk.examples.spark.AgencyKey;
import dev.xxgk.examples.spark.CorpusSchema;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.UnknownFormatException;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Reads the files of one partition: builds the format registry's readers and the validator once,
 * then turns each file into its reports (lazily: a wide CSV of a million rows is never held) or
 * its refusal. A file that fails never stops the others.
 */
public final class PartitionReader {

    /** Bytes of a file's head the registry looks at to tell formats that share an extension apart. */
    static final int HEAD = 8192;

    private static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(32);

    /** An empty array column: Spark's rows take Scala sequences. */
    private static final scala.collection.immutable.Seq<String> NO_PREVIOUS =
            scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toList();

    private final String root;
    private final ReportFormats formats;
    private final ReportValidator validator;
    private final ReportWriter json;
    private final Map<String, ReportReader> readers = new HashMap<>();

    /**
     * A reader for one partition.
     *
     * @param root the input folder, qualified, whose prefix is taken off each file's path
     * @param profile the validation profile
     */
    public PartitionReader(String root, Profile profile) {
        this.root = Objects.requireNonNull(root, "root");
        this.formats = ReportFormats.installed();
        this.validator = ReportValidator.standard(Objects.requireNonNull(profile, "profile"));
        this.json = formats.byId("json").writer().orElseThrow();
    }

    /**
     * The items of a partition's files, produced as they are consumed.
     *
     * @param files the partition's files, as {@code binaryFiles} gives them
     * @return the items
     */
    public Iterator<Item> read(Iterator<Tuple2<String, PortableDataStream>> files) {
        return new Iterator<>() {
            private Iterator<Item> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!files.hasNext()) {
                        return false;
                    }
                    Tuple2<String, PortableDataStream> file = files.next();
                    current = file(relative(file._1()), file._2());
                }
                return true;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The path of a file under the input folder.
     *
     * @param path the file's qualified path
     * @return the path without the folder's prefix, or the whole path when outside it
     */
    public String relative(String path) {
        String prefix = root.endsWith("/") ? root : root + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /**
     * The items of one file.
     *
     * @param file the file's name under the input folder
     * @param data its content
     * @return its reports, or its refusal, produced as consumed
     */
    Iterator<Item> file(String file, PortableDataStream data) {
        InputStream in;
        byte[] head;
        try {
            in = new BufferedInputStream(data.open(), 1 << 16);
            in.mark(HEAD);
            head = in.readNBytes(HEAD);
            in.reset();
        } catch (IOException | RuntimeException e) {
            return single(refusedIo(file, 0, null, e));
        }
        ReportFormat format;
        try {
            format = formats.forFile(name(file), head);
        } catch (UnknownFormatException e) {
            close(in);
            return single(Item.refused(Findings.refused(file, 0, null, Findings.UNKNOWN_FORMAT, "", "", "",
                    file + ": " + e.getMessage()), file, 0));
        }
        ReportReader reader = readers.computeIfAbsent(format.id(), id -> format.reader().orElse(null));
        if (reader == null) {
            close(in);
            return single(Item.refused(Findings.refused(file, 0, format.id(), Findings.NOT_READABLE, "", "", "",
                    file + ": the format " + format.id() + " cannot be read"), file, 0));
        }
        if (!format.holdsMany()) {
            try {
                return single(report(file, 0, format.id(), reader.read(in, file)));
            } catch (ReportFormatException e) {
                return single(refusedFormat(file, 0, format.id(), e, false));
            } catch (RuntimeException e) {
                // an I/O failure, or a reader that breaks its contract: this file only
                return single(refusedIo(file, 0, format.id(), e));
            } finally {
                close(in);
            }
        }
        return many(file, format.id(), reader, in);
    }

    private Iterator<Item> many(String file, String format, ReportReader reader, InputStream in) {
        Stream<Reading> stream;
        Iterator<Reading> readings;
        try {
            stream = reader.readAll(in, file);
            readings = stream.iterator();
        } catch (ReportFormatException e) {
            close(in);
            return single(refusedFormat(file, 1, format, e, true));
        } catch (RuntimeException e) {
            close(in);
            return single(refusedIo(file, 1, format, e));
        }
        return new Iterator<>() {
            private int index;
            private Item next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    if (readings.hasNext()) {
                        Reading reading = readings.next();
                        index++;
                        next = report(file, index, format, reading);
                        return true;
                    }
                } catch (ReportFormatException e) {
                    next = refusedFormat(file, index + 1, format, e, true);
                } catch (RuntimeException e) {
                    next = refusedIo(file, index + 1, format, e);
                }
                done = true;
                stream.close();
                close(in);
                return next != null;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Item item = next;
                next = null;
                return item;
            }
        };
    }

    private Item report(String file, int index, String format, Reading reading) {
        AnnualReport report = reading.report();
        ValidationResult result;
        try {
            result = validator.validate(report);
        } catch (RuntimeException e) {
            return Item.refused(Findings.refused(file, index, format, Findings.VALIDATION_FAILED, "", "", "",
                    source(file, index) + ": the report was read but its validation failed: " + e.getMessage()),
                    file, index);
        }
        Object[] values = new Object[CorpusSchema.reports().size()];
        int i = 0;
        values[i++] = file;
        values[i++] = index;
        values[i++] = format;
        values[i++] = report.edition().code();
        values[i++] = report.agency();
        values[i++] = AgencyKey.of(report.agency());
        values[i++] = report.year();
        values[i++] = report.publishedOn();
        values[i++] = result.isValid();
        values[i++] = result.errorCount();
        values[i++] = result.warningCount();
        values[i++] = result.infoCount();
        values[i++] = reading.notes().size();
        values[i++] = NO_PREVIOUS;
        for (CorpusSchema.CellColumn column : CorpusSchema.cells()) {
            boolean inEdition = report.template().findCell(column.code()).isPresent();
            CellValue value = inEdition ? report.cell(column.code()) : null;
            if (column.kind().isMoney()) {
                Money money = (Money) value;
                if (money == null || money.isBlank()) {
                    values[i++] = null;
                    values[i++] = null;
                } else {
                    BigDecimal amount = exact(money.amount());
                    if (amount == null) {
                        return Item.refused(Findings.refused(file, index, format, Findings.DATA_SET_LIMIT,
                                column.code(), money.toText(), "", source(file, index) + ": " + column.code()
                                        + ": the amount " + money.amount().toPlainString()
                                        + " does not fit the data set's decimal(38,6) exactly; it is not rounded"),
                                file, index);
                    }
                    values[i++] = amount;
                    values[i++] = money.unit().symbol();
                }
            } else {
                Count count = (Count) value;
                values[i++] = count == null || count.isBlank() ? null : count.value();
            }
        }
        List<Row> findings = new ArrayList<>(reading.notes().size() + result.violations().size());
        for (ReadingNote note : reading.notes()) {
            findings.add(Findings.note(file, index, findings.size(), format, note));
        }
        for (Violation violation : result.violations()) {
            findings.add(Findings.violation(file, index, findings.size(), format, violation, null));
        }
        return Item.report(RowFactory.create(values), findings, file, index, AgencyKey.of(report.agency()),
                report.year(), json(report));
    }

    private byte[] json(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        json.write(report, out);
        return out.toByteArray();
    }

    /** The amount at scale 6 when it fits decimal(38,6) without rounding, else null. */
    static BigDecimal exact(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > CorpusSchema.MONEY.scale() || amount.abs().compareTo(MAX_MONEY) >= 0) {
            return null;
        }
        return amount.setScale(CorpusSchema.MONEY.scale());
    }

    private static Item refusedFormat(String file, int index, String format, ReportFormatException e, boolean many) {
        String location = e.line() > 0 ? (e.column() > 0 ? e.line() + ":" + e.column() : Long.toString(e.line())) : "";
        String problem = e.getMessage();
        if (many && index > 1) {
            problem += " (the " + (index - 1) + " reports before it were read; the rest of the file was not)";
        }
        return Item.refused(Findings.refused(file, index, format, Findings.FORMAT_ERROR, e.path(), e.found(),
                location, problem), file, index);
    }

    private static Item refusedIo(String file, int index, String format, Exception e) {
        return Item.refused(Findings.refused(file, index, format, Findings.UNREADABLE, "", "", "",
                file + ": cannot read: " + e), file, index);
    }

    static String source(String file, int index) {
        return index == 0 ? file : file + "#" + index;
    }

    private static String name(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    private static Iterator<Item> single(Item item) {
        return List.of(item).iterator();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the content was read; a failure to close does not change it
        }
    }
}
