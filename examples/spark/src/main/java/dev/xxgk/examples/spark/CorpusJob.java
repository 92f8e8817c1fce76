package dev.xxgk.examples.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.xxgk.examples.spark.internal.CrossYear;
import dev.xxgk.examples.spark.internal.Findings;
import dev.xxgk.examples.spark.internal.Item;
import dev.xxgk.examples.spark.internal.PartitionReader;
import dev.xxgk.validation.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * A Spark job that reads a folder of published reports, in every format the SDK reads, validates
 * each report and each pair of consecutive years of the same agency, and writes two Parquet data
 * sets: {@code reports/} and {@code findings/} (see {@link CorpusSchema}), then prints a summary
 * (also written to {@code summary.txt}).
 *
 * <p>The files are read with {@code binaryFiles}; each partition builds the format registry's
 * readers and the validator once. A file's format comes from
 * {@link dev.xxgk.serialization.ReportFormats#installed()} by its name and first bytes, so a
 * format module on the class path is read with no change here. A file that cannot be read is a
 * {@code refused} finding that says why; it never stops the job.
 *
 * <pre>{@code
 * spark-submit --class dev.xxgk.examples.spark.CorpusJob xxgk-spark.jar hdfs:///corpus hdfs:///out
 * }</pre>
 */
@Command(name = "xxgk-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads a folder of published reports (any format the SDK reads), validates every report and the",
            "cross-year rules of consecutive years of the same agency, and writes OUTPUT/reports and",
            "OUTPUT/findings as Parquet and OUTPUT/summary.txt.",
            "读入一个文件夹中的年度报告，逐份校验并按机关核对相邻年度，输出 Parquet 数据集。"})
public final class CorpusJob implements Callable<Integer> {

    /** Exit code: the job ran; what it found is in the output. */
    public static final int OK = 0;
    /**
     * The value of {@code spark.files.openCostInBytes} the job sets when it creates the session and
     * none is given, so that {@code binaryFiles} makes about as many partitions as asked for.
     */
    public static final String OPEN_COST = "1k";

    /** Exit code: the job failed (Spark's log says where). */
    public static final int FAILED = 1;
    /** Exit code: wrong command line, missing input, output already there. */
    public static final int UNUSABLE = 2;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Folder of reports, on any Hadoop file system; read recursively.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Folder to write reports/, findings/ and summary.txt into.")
    String output;

    @Option(names = "--profile", defaultValue = "audit",
            description = "audit (published reports: blank cells are warnings) or filing. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Partitions of the input (at least). Default: 3 per core of the cluster.")
    int partitions;

    @Option(names = "--overwrite", description = "Replace OUTPUT if it exists.")
    boolean overwrite;

    @Option(names = "--log-level", defaultValue = "WARN",
            description = "Spark's log level once the session runs (INFO shows each stage's time). Default: ${DEFAULT-VALUE}.")
    String logLevel;

    /**
     * What to run the job on.
     *
     * @param input the folder of reports (any Hadoop file system URI or local path)
     * @param output the folder to write into
     * @param profile the validation profile
     * @param partitions the least number of input partitions, 0 for 3 per core
     * @param overwrite whether to replace the output
     */
    public record Options(String input, String output, Profile profile, int partitions, boolean overwrite) {

        /** Rejects nulls and a negative partition count. */
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(profile, "profile");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be 0 or more, was " + partitions);
            }
        }
    }

    /** Why the job could not start: the message says what to change. */
    public static final class JobException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        JobException(String message) {
            super(message);
        }
    }

    /**
     * Runs the job from the command line: on the master spark-submit gives, else in local mode on
     * every core.
     *
     * @param args INPUT OUTPUT [options]
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new CorpusJob()).execute(args));
    }

    @Override
    public Integer call() {
        Options options;
        try {
            options = new Options(input, output, Profile.parse(profile), partitions, overwrite);
        } catch (IllegalArgumentException e) {
            System.err.println("xxgk-spark: " + e.getMessage());
            return UNUSABLE;
        }
        SparkConf conf = new SparkConf().setAppName("xxgk corpus");
        // binaryFiles packs files into splits of at least spark.files.openCostInBytes (4 MB by
        // default) of real bytes: a corpus of 10 KB reports would be one task. A report costs by
        // the file, so the splits follow --partitions instead (see docs/spark.md).
        conf.setIfMissing("spark.files.openCostInBytes", OPEN_COST);
        if (!conf.contains("spark.master")) {
            // run directly with java: local mode on the loopback address, no Spark installation, no web UI
            conf.setMaster("local[*]").set("spark.ui.enabled", "false")
                    .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            spark.sparkContext().setLogLevel(logLevel);
            CorpusSummary summary = run(spark, options);
            System.out.print(summary.toText());
            return OK;
        } catch (JobException e) {
            System.err.println("xxgk-spark: " + e.getMessage());
            return UNUSABLE;
        } catch (RuntimeException e) {
            // Spark has logged the failed task; the user gets one line, not a stack trace
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            System.err.println("xxgk-spark: the job failed: " + cause);
            return FAILED;
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job in a session.
     *
     * @param spark the session
     * @param options what to read and write
     * @return the summary, as written to {@code summary.txt}
     * @throws JobException if the input is missing or the output exists without {@code overwrite}
     */
    public static CorpusSummary run(SparkSession spark, Options options) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(options, "options");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String root = qualifiedInput(hadoop, options.input());
        Path out = new Path(options.output());
        prepareOutput(hadoop, out, options.overwrite());
        Profile profile = options.profile();
        int partitions = options.partitions() > 0 ? options.partitions() : Math.max(2, 3 * jsc.defaultParallelism());

        JavaRDD<Item> items = jsc.binaryFiles(root, partitions)
                .mapPartitions(partition -> new PartitionReader(root, profile).read(partition))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<Item> read = items.filter(Item::isReport);
            JavaPairRDD<Tuple2<String, Integer>, CrossYear.Side> current = read.mapToPair(
                    item -> new Tuple2<>(new Tuple2<>(item.agencyKey(), item.year()), CrossYear.Side.of(item)));
            JavaPairRDD<Tuple2<String, Integer>, CrossYear.Side> previous = read.mapToPair(
                    item -> new Tuple2<>(new Tuple2<>(item.agencyKey(), item.year() + 1), CrossYear.Side.of(item)));
            JavaRDD<CrossYear.Result> cross = current.join(previous).values()
                    .mapPartitions(pairs -> new CrossYear(profile).check(pairs))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Dataset<Row> reports = reports(spark, read, cross);
                JavaRDD<Row> findingRows = items.flatMap(item -> item.findings().iterator())
                        .union(cross.flatMap(result -> result.findings().iterator()));
                Dataset<Row> findings = spark.createDataFrame(findingRows, CorpusSchema.findings())
                        .orderBy(col("file"), col("index"), col("seq"), col("previous"));
                reports.write().mode(SaveMode.ErrorIfExists).parquet(new Path(out, "reports").toString());
                findings.write().mode(SaveMode.ErrorIfExists).parquet(new Path(out, "findings").toString());
                CorpusSummary summary = summarize(spark, out, cross.count());
                writeSummary(hadoop, out, summary);
                return summary;
            } finally {
                cross.unpersist(false);
            }
        } finally {
            items.unpersist(false);
        }
    }

    private static Dataset<Row> reports(SparkSession spark, JavaRDD<Item> read, JavaRDD<CrossYear.Result> cross) {
        Dataset<Row> alone = spark.createDataFrame(read.map(Item::report), CorpusSchema.reports());
        StructType crossSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("file", DataTypes.StringType, false),
                DataTypes.createStructField("index", DataTypes.IntegerType, false),
                DataTypes.createStructField("xPrevious", DataTypes.StringType, false),
                DataTypes.createStructField("xErrors", DataTypes.IntegerType, false),
                DataTypes.createStructField("xWarnings", DataTypes.IntegerType, false),
                DataTypes.createStructField("xInfos", DataTypes.IntegerType, false)));
        Dataset<Row> perReport = spark.createDataFrame(cross.map(r -> RowFactory.create(r.file(), r.index(),
                r.previous(), r.errors(), r.warnings(), r.infos())), crossSchema)
                .groupBy("file", "index")
                .agg(sum("xErrors").as("xErrors"), sum("xWarnings").as("xWarnings"), sum("xInfos").as("xInfos"),
                        sort_array(collect_list("xPrevious")).as("xPrevious"));
        Dataset<Row> joined = alone.join(perReport,
                scala.jdk.javaapi.CollectionConverters.asScala(List.of("file", "index")).toSeq(), "left");
        List<Column> columns = new ArrayList<>();
        Column crossErrors = coalesce(col("xErrors"), lit(0L));
        for (StructField field : CorpusSchema.reports().fields()) {
            String name = field.name();
            Column column = switch (name) {
                case "valid" -> col("valid").and(crossErrors.equalTo(0L));
                case "errors" -> col("errors").plus(crossErrors).cast(DataTypes.IntegerType);
                case "warnings" -> col("warnings").plus(coalesce(col("xWarnings"), lit(0L))).cast(DataTypes.IntegerType);
                case "infos" -> col("infos").plus(coalesce(col("xInfos"), lit(0L))).cast(DataTypes.IntegerType);
                case "previous" -> coalesce(col("xPrevious"), col("previous"));
                default -> col("`" + name + "`");
            };
            columns.add(column.as(name));
        }
        return joined.select(columns.toArray(Column[]::new)).orderBy(col("file"), col("index"));
    }

    private static CorpusSummary summarize(SparkSession spark, Path out, long pairs) {
        Dataset<Row> reports = spark.read().parquet(new Path(out, "reports").toString());
        Dataset<Row> findings = spark.read().parquet(new Path(out, "findings").toString());
        Row counts = reports.agg(count(lit(1)), sum(when(col("errors").gt(0), 1).otherwise(0)),
                sum(when(col("warnings").gt(0), 1).otherwise(0))).first();
        long reportCount = counts.getLong(0);
        long withErrors = counts.isNullAt(1) ? 0 : counts.getLong(1);
        long withWarnings = counts.isNullAt(2) ? 0 : counts.getLong(2);
        long files = reports.select("file").union(findings.select("file")).distinct().count();
        Map<String, Long> refusedById = new LinkedHashMap<>();
        List<CorpusSummary.RuleCount> byRule = new ArrayList<>();
        long refused = 0;
        long notApplied = 0;
        long notes = 0;
        // one pass over the findings: counts by kind, id and severity
        for (Row row : findings.groupBy("kind", "id", "severity")
                .agg(count(lit(1)).as("n"), countDistinct(col("file"), col("index")).as("reports"))
                .orderBy(col("n").desc(), col("id"), col("severity"))
                .collectAsList()) {
            String kind = row.getString(0);
            long n = row.getLong(3);
            switch (kind) {
                case Findings.REFUSED -> {
                    refused += n;
                    refusedById.merge(row.getString(1), n, Long::sum);
                }
                case Findings.NOT_APPLIED -> notApplied += n;
                case Findings.NOTE -> notes += n;
                case Findings.VIOLATION -> byRule.add(new CorpusSummary.RuleCount(row.getString(1), row.getString(2), n,
                        row.getLong(4)));
                default -> throw new IllegalStateException("unknown kind of finding " + kind);
            }
        }
        List<String> examples = new ArrayList<>();
        if (refused > 0) {
            for (Row row : findings.filter(col("kind").equalTo(Findings.REFUSED)).orderBy("file", "index")
                    .select("message").limit(20).collectAsList()) {
                examples.add(row.getString(0));
            }
        }
        return new CorpusSummary(files, reportCount, refused, refusedById, examples, withErrors, withWarnings,
                pairs, notApplied, notes, byRule);
    }

    private static String qualifiedInput(Configuration hadoop, String input) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            if (!fs.exists(path)) {
                throw new JobException(input + ": no such folder");
            }
            if (!fs.getFileStatus(path).isDirectory()) {
                throw new JobException(input + ": not a folder; give the folder of reports");
            }
            return fs.makeQualified(path).toString();
        } catch (IOException e) {
            throw new JobException(input + ": cannot read: " + e.getMessage());
        }
    }

    private static void prepareOutput(Configuration hadoop, Path out, boolean overwrite) {
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            if (fs.exists(out)) {
                if (!overwrite) {
                    throw new JobException(out + ": already exists; give another folder, or --overwrite");
                }
                fs.delete(out, true);
            }
        } catch (IOException e) {
            throw new JobException(out + ": cannot write: " + e.getMessage());
        }
    }

    private static void writeSummary(Configuration hadoop, Path out, CorpusSummary summary) {
        Path file = new Path(out, "summary.txt");
        try (OutputStream stream = file.getFileSystem(hadoop).create(file, false);
                PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            writer.print(summary.toText());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the summary", e);
        }
    }
}
