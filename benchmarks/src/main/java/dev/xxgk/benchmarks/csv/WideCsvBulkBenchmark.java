package dev.xxgk.benchmarks.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A data set of a million reports in wide CSV, read and validated streaming in a JVM of 128 MiB:
 * one operation is the whole data set, so the score is the seconds per million reports. The rows
 * are 250 generated reports of both editions (texts with quotes, commas, line breaks and
 * characters outside the BMP; one in ten breaks a rule) repeated, made in memory so that only
 * reading is measured. The floors are three CSV libraries each splitting the same bytes, decoded by
 * the same {@link InputStreamReader}, into the same field strings, with no model and no check:
 * jackson-dataformat-csv, FastCSV and Commons CSV. Run with
 * {@code -prof dev.xxgk.benchmarks.support.PeakHeapProfiler} for the peak heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 2, jvmArgsPrepend = "-Xmx128m")
@State(Scope.Benchmark)
public class WideCsvBulkBenchmark {

    private static final int POOL = 250;

    @Param("1000000")
    public long reports;

    private byte[] header;
    private byte[] block;
    private long expectedInvalid;
    private ReportReader reader;
    private ReportReader readAheadReader;
    private ReportValidator validator;

    @Setup
    public void setUp() {
        Reports.check(reports % POOL == 0, "reports must be a multiple of " + POOL);
        SplittableRandom random = new SplittableRandom(20240126);
        List<AnnualReport> pool = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            Edition edition = i % 2 == 0 ? Edition.EDITION_2019 : Edition.EDITION_2021;
            pool.add(i % 10 == 9 ? ReportGenerator.broken(random, edition).report() : ReportGenerator.valid(random, edition));
        }
        WideCsvFormat format = new WideCsvFormat();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportSink sink = format.writer().orElseThrow().open(out)) {
            pool.forEach(sink::write);
        }
        byte[] all = out.toByteArray();
        int headerEnd = new String(all, StandardCharsets.ISO_8859_1).indexOf("\r\n") + 2;
        header = Arrays.copyOf(all, headerEnd);
        block = Arrays.copyOfRange(all, headerEnd, all.length);
        reader = format.reader().orElseThrow();
        readAheadReader = WideCsvFormat.builder().readAhead(true).build().reader().orElseThrow();
        validator = ReportValidator.standard();

        try (Stream<Reading> readings = reader.readAll(new ByteArrayInputStream(all), "pool.csv")) {
            Reports.check(readings.map(Reading::report).toList().equals(pool), "the pool did not read back");
        }
        long invalidInPool = pool.stream().filter(r -> !validator.validate(r).isValid()).count();
        Reports.check(invalidInPool > 0, "no report of the pool breaks a rule");
        expectedInvalid = invalidInPool * (reports / POOL);
    }

    /**
     * Reads and validates every report.
     *
     * @return the number of reports with errors
     */
    @Benchmark
    public long readAndValidate() {
        return readAndValidate(reader);
    }

    /**
     * Reads and validates every report with {@code WideCsvFormat.builder().readAhead(true)}: the
     * rows are read and split on a second thread while this one builds and validates the reports.
     *
     * @return the number of reports with errors
     */
    @Benchmark
    public long readAheadAndValidate() {
        return readAndValidate(readAheadReader);
    }

    private long readAndValidate(ReportReader reader) {
        long read = 0;
        long invalid = 0;
        try (Stream<Reading> readings = reader.readAll(new RepeatingCsv(header, block, reports / POOL), "bulk.csv")) {
            Iterator<Reading> it = readings.iterator();
            while (it.hasNext()) {
                if (!validator.validate(it.next().report()).isValid()) {
                    invalid++;
                }
                read++;
            }
        }
        Reports.check(read == reports && invalid == expectedInvalid,
                read + " reports read, " + invalid + " invalid; expected " + reports + " and " + expectedInvalid);
        return invalid;
    }

    /**
     * Splits the same bytes into records of field strings with jackson-dataformat-csv, the parser
     * the SDK read CSV with before FastCSV (it still writes CSV).
     *
     * @return the number of characters in the fields
     */
    @Benchmark
    public long csvFieldsOnly() {
        CsvMapper mapper = CsvMapper.builder().build();
        long records = 0;
        long chars = 0;
        try (JsonParser parser = mapper.reader(CsvSchema.emptySchema()).createParser(
                new InputStreamReader(new RepeatingCsv(header, block, reports / POOL), StandardCharsets.UTF_8))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    records++;
                } else if (token == JsonToken.VALUE_STRING) {
                    chars += parser.getString().length();
                }
            }
        }
        Reports.check(records == reports + 1, records + " records read, expected " + (reports + 1));
        return chars;
    }

    /**
     * Splits the same bytes into records of field strings with FastCSV (strict RFC 4180 parser,
     * empty lines kept, records of any length).
     *
     * @return the number of characters in the fields
     * @throws IOException if closing fails
     */
    @Benchmark
    public long fastCsvFieldsOnly() throws IOException {
        long records = 0;
        long chars = 0;
        try (CsvReader<String[]> csv = CsvReader.builder()
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(StringArrayHandler.of(), input())) {
            for (String[] record : csv) {
                records++;
                for (String field : record) {
                    chars += field.length();
                }
            }
        }
        Reports.check(records == reports + 1, records + " records read, expected " + (reports + 1));
        return chars;
    }

    /**
     * Splits the same bytes into fields with FastCSV as the SDK's reader does (the relaxed parser,
     * which drops spaces around quotes as jackson-dataformat-csv did), handing each field over as a
     * range of characters, without a string.
     *
     * @return the number of characters in the fields
     * @throws IOException if closing fails
     */
    @Benchmark
    public long fastCsvCharsOnly() throws IOException {
        long[] chars = new long[1];
        AbstractBaseCsvCallbackHandler<long[]> handler = new AbstractBaseCsvCallbackHandler<>() {
            @Override
            protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
                chars[0] += len;
            }

            @Override
            protected long[] buildRecord() {
                return chars;
            }
        };
        long records = 0;
        try (CsvReader<long[]> csv = CsvReader.builder()
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .trimWhitespacesAroundQuotes(true)
                .build(handler, input())) {
            for (long[] ignored : csv) {
                records++;
            }
        }
        Reports.check(records == reports + 1, records + " records read, expected " + (reports + 1));
        return chars[0];
    }

    /**
     * Splits the same bytes into records of field strings with Apache Commons CSV
     * ({@code CSVFormat.RFC4180}).
     *
     * @return the number of characters in the fields
     * @throws IOException if reading fails
     */
    @Benchmark
    public long commonsCsvFieldsOnly() throws IOException {
        long records = 0;
        long chars = 0;
        try (CSVParser csv = CSVParser.builder().setFormat(CSVFormat.RFC4180).setReader(input()).get()) {
            for (CSVRecord record : csv) {
                records++;
                for (String field : record) {
                    chars += field.length();
                }
            }
        }
        Reports.check(records == reports + 1, records + " records read, expected " + (reports + 1));
        return chars;
    }

    private Reader input() {
        return new InputStreamReader(new RepeatingCsv(header, block, reports / POOL), StandardCharsets.UTF_8);
    }
}
