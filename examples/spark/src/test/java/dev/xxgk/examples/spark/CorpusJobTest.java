package dev.xxgk.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.validation.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on two cores, over a corpus of a few hundred files of every format
 * ({@code -Dxxgk.spark.files=N}), against the SDK run on one thread: both Parquet data sets row for
 * row, refused files and cross-year findings included, and the summary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusJobTest {

    @TempDir
    static Path temp;

    private SparkSession spark;
    private Path input;
    private Path output;
    private CorpusSummary summary;
    private OneThread sdk;

    @BeforeAll
    void runJob() throws IOException {
        int files = Integer.getInteger("xxgk.spark.files", 300);
        // -Dxxgk.spark.corpus=DIR keeps the corpus there, e.g. for the benchmark in docs/benchmarks.md
        String keep = System.getProperty("xxgk.spark.corpus", "");
        input = keep.isEmpty() ? temp.resolve("corpus") : Path.of(keep);
        output = temp.resolve("out");
        TestCorpus.write(input, files);
        sdk = OneThread.run(input, Profile.AUDIT);
        spark = LocalSpark.session();
        // 8 partitions on 2 cores: files of a partition share one reader and validator, and many partitions
        // make sure that nothing depends on where a file was read
        summary = CorpusJob.run(spark, new CorpusJob.Options(input.toString(), output.toString(), Profile.AUDIT, 8, false));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theCorpusHoldsWhatTheTestIsAbout() {
        Map<String, Long> kinds = sdk.findings.stream()
                .collect(Collectors.groupingBy(f -> (String) f.get(3) + "/" + f.get(4), Collectors.counting()));
        Map<String, Long> formats = sdk.reports.stream()
                .collect(Collectors.groupingBy(r -> (String) r.get(2), Collectors.counting()));
        assertTrue(sdk.reports.size() >= 250, "reports: " + sdk.reports.size());
        for (String format : List.of("json", "csv", "csv-layout", "text")) {
            assertTrue(formats.getOrDefault(format, 0L) > 0, "no report read as " + format + ": " + formats);
        }
        for (String refusal : List.of("refused/unknown-format", "refused/format-error")) {
            assertTrue(kinds.getOrDefault(refusal, 0L) > 0, "no " + refusal + ": " + kinds.keySet());
        }
        assertTrue(sdk.findings.stream().anyMatch(f -> f.get(3).equals("refused") && f.get(0).equals("damaged/partial.csv")
                && f.get(1).equals(4)), "the damaged row of partial.csv is refused as report 4");
        assertTrue(sdk.reports.stream().filter(r -> r.get(0).equals("damaged/partial.csv")).count() == 3,
                "the three rows before the damaged one are read");
        assertTrue(sdk.pairs > 20, "cross-year pairs: " + sdk.pairs);
        assertTrue(sdk.findings.stream().anyMatch(f -> f.get(3).equals("violation") && f.get(14) != null),
                "a cross-year violation");
        assertTrue(kinds.keySet().stream().anyMatch(k -> k.startsWith("not-applied/")),
                "a pair joined on a name of another form, that the engine does not apply its rules to");
        assertTrue(kinds.keySet().stream().anyMatch(k -> k.startsWith("note/")), "reading notes");
        assertTrue(sdk.reports.stream().anyMatch(r -> r.get(CorpusSchema.HEADER_COLUMNS) == null), "blank cells");
    }

    @Test
    void reportsRowForRow() {
        List<List<Object>> actual = rows(spark.read().parquet(output.resolve("reports").toString()).collectAsList());
        assertEquals(CorpusSchema.reports().fieldNames().length, actual.get(0).size());
        assertEqualRows(sorted(sdk.reports), actual);
    }

    @Test
    void findingsRowForRow() {
        List<List<Object>> actual = rows(spark.read().parquet(output.resolve("findings").toString()).collectAsList());
        assertEqualRows(sorted(sdk.findings), sorted(actual));
    }

    @Test
    void theReportsAreWrittenInFileOrder() {
        List<List<Object>> actual = rows(spark.read().parquet(output.resolve("reports").toString()).collectAsList());
        assertEquals(sorted(actual), actual);
    }

    @Test
    void theSummaryCountsWhatTheSdkFound() {
        long refused = sdk.findings.stream().filter(f -> f.get(3).equals("refused")).count();
        assertEquals(sdk.reports.size(), summary.reports());
        assertEquals(refused, summary.refused());
        assertEquals(sdk.pairs, summary.pairs());
        assertEquals(sdk.reports.stream().filter(r -> (Integer) r.get(9) > 0).count(), summary.reportsWithErrors());
        long violations = sdk.findings.stream().filter(f -> f.get(3).equals("violation")).count();
        assertEquals(violations, summary.byRule().stream().mapToLong(CorpusSummary.RuleCount::violations).sum());
        assertTrue(Files.exists(output.resolve("summary.txt")));
    }

    @Test
    void theSummaryFileIsThePrintedSummary() throws IOException {
        assertEquals(summary.toText(), Files.readString(output.resolve("summary.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void anExistingOutputIsNotOverwrittenUnlessAsked() {
        CorpusJob.JobException e = assertThrows(CorpusJob.JobException.class, () -> CorpusJob.run(spark,
                new CorpusJob.Options(input.toString(), output.toString(), Profile.AUDIT, 0, false)));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void aMissingInputIsAClearError() {
        CorpusJob.JobException e = assertThrows(CorpusJob.JobException.class, () -> CorpusJob.run(spark,
                new CorpusJob.Options(temp.resolve("nowhere").toString(), temp.resolve("out2").toString(),
                        Profile.AUDIT, 0, false)));
        assertTrue(e.getMessage().endsWith("nowhere: no such folder"), e.getMessage());
    }

    private static void assertEqualRows(List<List<Object>> expected, List<List<Object>> actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i + " of " + expected.get(i).get(0));
        }
    }

    private static List<List<Object>> rows(List<Row> rows) {
        List<List<Object>> values = new ArrayList<>();
        for (Row row : rows) {
            List<Object> value = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                if (v instanceof Date date) {
                    v = date.toLocalDate();
                } else if (v instanceof scala.collection.Seq<?> seq) {
                    v = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
                }
                value.add(v);
            }
            values.add(value);
        }
        return values;
    }

    private static final Comparator<List<Object>> ORDER = Comparator
            .comparing((List<Object> r) -> (String) r.get(0))
            .thenComparing(r -> (Integer) r.get(1))
            .thenComparing(r -> Objects.toString(r.get(2), ""))
            .thenComparing(r -> Objects.toString(r.get(r.size() - 1), ""));

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        return rows.stream().sorted(ORDER).toList();
    }
}
