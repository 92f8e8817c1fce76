package dev.xxgk.serialization.csv.internal;

import dev.xxgk.serialization.codec.CellCodec;

import dev.xxgk.serialization.codec.SpreadsheetText;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Edition;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the wide CSV form one row at a time: the header first, its columns found by code in any
 * order, then one report per row. Holds one row at a time, so a data set of any size is read in
 * constant memory. Not thread-safe.
 */
public final class WideCsvReader implements Iterator<Reading>, AutoCloseable {

    /** The format id errors name. */
    public static final String FORMAT = "csv";

    private static final Set<String> KNOWN = Set.copyOf(WideCsvColumns.header());

    /**
     * Where an edition's cells are in this input's header (by {@link Cell#index()}), which of them
     * hold counts, and which columns the edition leaves empty.
     */
    private record Plan(Cell[] cells, int[] columns, boolean[] counts, int[] foreign, String missing) {
    }

    private static final ReportField[] FIELDS = ReportField.values();

    private final CsvSupport.Records records;
    private final String source;
    private final String[] header;
    private final int[] fieldColumns = new int[FIELDS.length];
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<Edition, Plan> plans = new EnumMap<>(Edition.class);
    private final ReadAhead ahead;
    private int deviationColumn = -1;
    private CsvSupport.Row pending;
    private long pendingLine;

    /**
     * Opens the input and reads its header, and with {@code readAhead} starts a thread that reads
     * and splits the rows that follow while the caller's thread builds the reports.
     *
     * @param in the input, left open; with {@code readAhead} read by that thread
     * @param source where it came from, for errors
     * @param readAhead whether to read ahead on a thread of its own
     * @throws ReportFormatException if the header is missing or not a wide CSV header
     * @throws java.io.UncheckedIOException if reading fails
     */
    public WideCsvReader(InputStream in, String source, boolean readAhead) {
        this.source = source;
        this.records = new CsvSupport.Records(in, FORMAT, source);
        CsvSupport.Row first = nextRecord();
        if (first == null) {
            records.close();
            throw new ReportFormatException(FORMAT, source, 1, 0, "", "",
                    "expected the header line, the column codes starting edition,agency,year; found an empty input",
                    null);
        }
        this.header = first.toArray();
        try {
            readHeader();
        } catch (ReportFormatException e) {
            records.close();
            throw e;
        }
        this.ahead = readAhead ? new ReadAhead(this::nextRecord, records, source) : null;
    }

    /**
     * Reads every report of an input, lazily, reading ahead on a thread of its own if asked:
     * nothing is read before the stream's terminal operation, and closing the stream releases the
     * reader, not the input.
     *
     * @param in the input, left open
     * @param source where it came from, for errors
     * @param readAhead whether rows are read and split on a second thread
     * @return the readings
     */
    public static Stream<Reading> readAll(InputStream in, String source, boolean readAhead) {
        AtomicReference<WideCsvReader> opened = new AtomicReference<>();
        return StreamSupport.stream(() -> {
            WideCsvReader reader = new WideCsvReader(in, source, readAhead);
            opened.set(reader);
            return Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL);
        }, Spliterator.ORDERED | Spliterator.NONNULL, false).onClose(() -> {
            WideCsvReader reader = opened.get();
            if (reader != null) {
                reader.close();
            }
        });
    }

    /**
     * Reads the one report of an input.
     *
     * @param in the input, left open
     * @param source where it came from, for errors
     * @return the report
     * @throws ReportFormatException if the input is not one report of the wide form
     */
    public static AnnualReport readOne(InputStream in, String source) {
        try (WideCsvReader reader = new WideCsvReader(in, source, false)) {
            if (!reader.hasNext()) {
                throw new ReportFormatException(FORMAT, source, reader.records.line() + 1, 0, "", "",
                        "expected a row holding one report after the header; found the end of the input", null);
            }
            AnnualReport report = reader.next().report();
            if (reader.hasNext()) {
                throw new ReportFormatException(FORMAT, source, reader.pendingLine, 0, "", "",
                        "expected one report, found a second row; read a data set of many reports with readAll", null);
            }
            return report;
        }
    }

    private CsvSupport.Row nextRecord() {
        CsvSupport.Row record;
        do {
            record = records.nextRow();
        } while (record != null && record.size() == 1 && record.isEmpty(0));
        return record;
    }

    private void readHeader() {
        long line = records.line();
        for (int i = 0; i < header.length; i++) {
            String code = header[i];
            if (!KNOWN.contains(code)) {
                throw new ReportFormatException(FORMAT, source, line, i + 1, code, code, "unknown column header \""
                        + code + "\"; expected a report field or a cell code of edition 2019 or 2021", null);
            }
            if (positions.put(code, i) != null) {
                throw new ReportFormatException(FORMAT, source, line, i + 1, code, code,
                        "duplicate column header \"" + code + "\": each column appears once", null);
            }
        }
        Integer deviations = positions.get(WideCsvColumns.DEVIATIONS);
        deviationColumn = deviations == null ? -1 : deviations;
        for (ReportField field : ReportField.values()) {
            Integer at = positions.get(field.code());
            if (at == null) {
                throw new ReportFormatException(FORMAT, source, line, 0, field.code(), "", "missing column \""
                        + field.code() + "\": every report has it (an empty text or date is an empty cell)", null);
            }
            fieldColumns[field.ordinal()] = at;
        }
        // Item 11: a header cut short (a truncated file, a failed copy) holds the fields but not every
        // cell of an edition; taking it for an empty data set would validate nothing as valid.
        String firstMissing = null;
        for (Edition edition : Edition.values()) {
            String missing = null;
            for (Cell cell : Template.of(edition).cells()) {
                if (!positions.containsKey(cell.code())) {
                    missing = cell.code();
                    break;
                }
            }
            if (missing == null) {
                return;
            }
            firstMissing = firstMissing == null ? missing : firstMissing;
        }
        throw new ReportFormatException(FORMAT, source, line, header.length + 1, firstMissing, "",
                "missing column \"" + firstMissing + "\": the header holds every cell column of edition 2019 or of"
                        + " edition 2021 (is the file cut short?)", null);
    }

    private Plan plan(Edition edition) {
        Plan known = plans.get(edition);
        return known != null ? known : plans.computeIfAbsent(edition, e -> {
            Template template = Template.of(e);
            int[] columns = new int[template.cells().size()];
            boolean[] counts = new boolean[columns.length];
            String missing = null;
            for (Cell cell : template.cells()) {
                counts[cell.index()] = cell.kind().isCount();
                Integer at = positions.get(cell.code());
                if (at == null) {
                    missing = missing == null ? cell.code() : missing;
                    columns[cell.index()] = -1;
                } else {
                    columns[cell.index()] = at;
                }
            }
            List<Integer> foreign = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                if (ReportField.ofCode(header[i]).isEmpty() && template.findCell(header[i]).isEmpty()
                        && !header[i].equals(WideCsvColumns.DEVIATIONS)) {
                    foreign.add(i);
                }
            }
            return new Plan(template.cells().toArray(new Cell[0]), columns, counts,
                    foreign.stream().mapToInt(Integer::intValue).toArray(), missing);
        });
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            if (ahead == null) {
                pending = nextRecord();
                pendingLine = records.line();
            } else {
                pending = ahead.next();
                pendingLine = pending == null ? 0 : pending.line();
            }
        }
        return pending != null;
    }

    @Override
    public Reading next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvSupport.Row fields = pending;
        pending = null;
        return Reading.of(report(fields, pendingLine));
    }

    private AnnualReport report(CsvSupport.Row fields, long line) {
        int size = fields.size();
        if (size != header.length) {
            boolean few = size < header.length;
            throw new ReportFormatException(FORMAT, source, line, Math.min(size, header.length) + 1,
                    few ? header[size] : "", few ? "" : fields.text(header.length),
                    "expected " + header.length + " fields as in the header, found " + size, null);
        }
        int editionColumn = fieldColumns[ReportField.EDITION.ordinal()];
        String code = fields.text(editionColumn);
        Edition edition;
        try {
            edition = Edition.parse(code);
        } catch (IllegalArgumentException e) {
            throw error(line, editionColumn, code, code.isEmpty()
                    ? "missing edition: every report names its edition, 2019 or 2021"
                    : "expected the edition, 2019 or 2021");
        }
        Plan plan = plan(edition);
        if (plan.missing() != null) {
            throw new ReportFormatException(FORMAT, source, line, 0, plan.missing(), "", "missing column \""
                    + plan.missing() + "\" that a report of edition " + edition + " needs", null);
        }
        AnnualReport.Builder builder = AnnualReport.builder(edition);
        for (ReportField field : FIELDS) {
            if (field == ReportField.EDITION) {
                continue;
            }
            int column = fieldColumns[field.ordinal()];
            String text = fields.text(column);
            switch (field) {
                case AGENCY -> {
                    String agency = SpreadsheetText.unprotect(text);
                    if (agency.isBlank()) {
                        throw error(line, column, text, "expected the agency's name, not blank");
                    }
                    builder.agency(agency);
                }
                case YEAR -> builder.year(year(line, column, text));
                case PUBLISHED_ON -> builder.publishedOn(date(line, column, text));
                default -> builder.field(field, SpreadsheetText.unprotect(text));
            }
        }
        int[] columns = plan.columns();
        boolean[] counts = plan.counts();
        // an indexed loop over an array: the iterator of the template's list cost a tenth of reading a million rows
        Cell[] cells = plan.cells();
        for (Cell cell : cells) {
            int column = columns[cell.index()];
            if (!fields.isEmpty(column)) {
                // most cells are small counts, read from the characters without a string
                CellValue value = counts[cell.index()] ? fields.shortCount(column) : null;
                if (value == null) {
                    String text = fields.text(column);
                    try {
                        value = CellCodec.parseCell(cell, text);
                    } catch (IllegalArgumentException e) {
                        throw error(line, column, text, CellCodec.problem(cell, text));
                    }
                }
                builder.cell(cell, value);
            }
        }
        Map<String, Map<String, CellValue>> kept = deviationColumn < 0 || fields.isEmpty(deviationColumn) ? null
                : deviations(fields.text(deviationColumn), edition, line);
        for (int column : plan.foreign()) {
            if (!fields.isEmpty(column)) {
                Cell cell = kept == null ? null : Template.of(other(edition)).findCell(header[column]).orElse(null);
                if (cell == null || !kept.containsKey(cell.row().code())) {
                    throw error(line, column, fields.text(column), "a cell that edition " + edition
                            + " does not have: a report of edition " + edition + " leaves it empty"
                            + (cell == null ? "" : " unless column " + WideCsvColumns.DEVIATIONS + " names its row "
                                    + other(edition).code() + ":" + cell.row().code()));
                }
                String text = fields.text(column);
                try {
                    kept.get(cell.row().code()).put(cell.column().code(), CellCodec.parseCell(cell, text));
                } catch (IllegalArgumentException e) {
                    throw error(line, column, text, CellCodec.problem(cell, text));
                }
            }
        }
        if (kept != null) {
            List<TemplateDeviation> deviations = new ArrayList<>();
            for (Map.Entry<String, Map<String, CellValue>> row : kept.entrySet()) {
                Map<String, CellValue> figures = new LinkedHashMap<>();
                Template template = Template.of(other(edition));
                for (Cell cell : template.cells()) {
                    if (cell.row().code().equals(row.getKey())) {
                        CellValue value = row.getValue().get(cell.column().code());
                        figures.put(cell.column().code(), value == null ? cell.blank() : value);
                    }
                }
                deviations.add(TemplateDeviation.of(other(edition), row.getKey(), figures));
            }
            builder.deviations(deviations);
        }
        return builder.build();
    }

    private static Edition other(Edition edition) {
        return edition == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
    }

    /** The rows {@value WideCsvColumns#DEVIATIONS} names, each with no figure yet, in its order. */
    private Map<String, Map<String, CellValue>> deviations(String text, Edition edition, long line) {
        Map<String, Map<String, CellValue>> rows = new LinkedHashMap<>();
        Edition other = other(edition);
        StringBuilder expected = new StringBuilder();
        for (dev.xxgk.template.Row row : TemplateDeviation.rowsOutside(edition)) {
            expected.append(expected.length() == 0 ? "" : ", ").append(other.code()).append(':').append(row.code());
        }
        for (String item : text.split(" ", -1)) {
            String row = item.startsWith(other.code() + ":") ? item.substring(other.code().length() + 1) : null;
            if (row == null || TemplateDeviation.rowsOutside(edition).stream().noneMatch(r -> r.code().equals(row))) {
                throw error(line, deviationColumn, text, "expected the rows of another edition the report prints,"
                        + " separated by a space, each one edition " + edition + " does not have (" + expected
                        + "); found \"" + item + "\"");
            }
            for (Cell cell : Template.of(other).cells()) {
                if (cell.row().code().equals(row) && !positions.containsKey(cell.code())) {
                    throw error(line, deviationColumn, text, "missing column \"" + cell.code() + "\" that the row "
                            + item + " needs");
                }
            }
            if (rows.put(row, new LinkedHashMap<>()) != null) {
                throw error(line, deviationColumn, text, "the row " + item + " is named twice: each row of another"
                        + " edition is kept once");
            }
        }
        return rows;
    }

    private int year(long line, int column, String text) {
        int year = CellCodec.parseYear(text);
        if (year < 0) {
            throw error(line, column, text, "expected " + CellCodec.EXPECTED_YEAR);
        }
        return year;
    }

    private LocalDate date(long line, int column, String text) {
        try {
            return CellCodec.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw error(line, column, text, "expected " + CellCodec.EXPECTED_DATE);
        }
    }

    private ReportFormatException error(long line, int column, String found, String problem) {
        return new ReportFormatException(FORMAT, source, line, column + 1, header[column], found, problem, null);
    }

    /** Releases the parser; the input stays open. */
    @Override
    public void close() {
        if (ahead == null) {
            records.close();
        } else {
            // the reading thread closes the records when it stops: they are not thread-safe
            ahead.close();
        }
    }

    /**
     * Reads and splits rows on a thread of its own, handing them over in batches through a small
     * bounded queue, so memory stays constant. A failure is handed over in its place, after the
     * rows before it.
     */
    private static final class ReadAhead implements Runnable {
        private static final int BATCH = 256;
        private static final int BATCHES = 4;
        private static final long BATCH_CHARS = 512 * 1024;
        private static final Object END = new Object();

        private final java.util.function.Supplier<CsvSupport.Row> rows;
        private final CsvSupport.Records records;
        private final java.util.concurrent.BlockingQueue<Object> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(BATCHES);
        private volatile boolean closed;
        private CsvSupport.Row[] batch = new CsvSupport.Row[0];
        private int at;
        private boolean ended;

        ReadAhead(java.util.function.Supplier<CsvSupport.Row> rows, CsvSupport.Records records, String source) {
            this.rows = rows;
            this.records = records;
            Thread thread = new Thread(this, "xxgk-csv-read-ahead " + source);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                CsvSupport.Row[] filling = new CsvSupport.Row[BATCH];
                int n = 0;
                long chars = 0;
                try {
                    CsvSupport.Row row;
                    while (!closed && (row = rows.get()) != null) {
                        filling[n++] = row.copy();
                        chars += row.length();
                        // a batch is handed over when full or when it holds BATCH_CHARS: memory stays
                        // bounded however long the records are (item 1)
                        if (n == BATCH || chars >= BATCH_CHARS) {
                            hand(java.util.Arrays.copyOf(filling, n));
                            filling = new CsvSupport.Row[BATCH];
                            n = 0;
                            chars = 0;
                        }
                    }
                    hand(java.util.Arrays.copyOf(filling, n));
                    hand(END);
                } catch (RuntimeException | Error e) {
                    hand(java.util.Arrays.copyOf(filling, n));
                    hand(e);
                }
            } finally {
                try {
                    records.close();
                } catch (RuntimeException e) {
                    // closing what is only read releases buffers; nothing to report to anyone
                }
            }
        }

        private void hand(Object item) {
            try {
                while (!closed) {
                    if (queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }

        /** The next row, or null at the end; rethrows what stopped the reading thread. */
        CsvSupport.Row next() {
            while (at == batch.length) {
                if (ended) {
                    return null;
                }
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.UncheckedIOException(new java.io.InterruptedIOException(
                            "interrupted while waiting for the next row"));
                }
                if (item == END) {
                    ended = true;
                    return null;
                }
                if (item instanceof RuntimeException e) {
                    ended = true;
                    throw e;
                }
                if (item instanceof Error e) {
                    ended = true;
                    throw e;
                }
                batch = (CsvSupport.Row[]) item;
                at = 0;
            }
            return batch[at++];
        }

        void close() {
            closed = true;
            queue.clear();
        }
    }
}
