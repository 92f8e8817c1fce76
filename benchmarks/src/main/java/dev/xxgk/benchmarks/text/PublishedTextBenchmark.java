package dev.xxgk.benchmarks.text;

import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.published.PublishedTextFormat;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
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

/**
 * Reports read per second, on one thread, from the published text of each real report: the bytes
 * as copied off the web or out of a PDF, decoded, the sections and tables found, the notes made.
 * The reader's code is large and reaches full speed only after several seconds of warm-up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class PublishedTextBenchmark {

    @Param({PublishedReports.ZHAOYUAN_2019, PublishedReports.DONGYING_XZSP_2020, PublishedReports.DONGYINGQU_2023})
    public String file;

    private byte[] bytes;
    private ReportReader reader;

    @Setup
    public void setUp() {
        bytes = PublishedReports.bytes(file);
        reader = new PublishedTextFormat().reader().orElseThrow();
        // what is measured is a correct reading: every cell as the model tests have it by hand
        AnnualReport expected = switch (file) {
            case PublishedReports.ZHAOYUAN_2019 -> PublishedReports.zhaoyuan2019();
            case PublishedReports.DONGYING_XZSP_2020 -> PublishedReports.dongyingXzsp2020();
            default -> PublishedReports.dongyingqu2023();
        };
        AnnualReport report = read().report();
        for (Cell cell : Template.of(expected.edition()).cells()) {
            Reports.check(cell.get(report).equals(cell.get(expected)), file + ": " + cell.code() + " read as "
                    + cell.get(report) + ", expected " + cell.get(expected));
        }
    }

    @Benchmark
    public Reading read() {
        return reader.read(new ByteArrayInputStream(bytes), file);
    }
}
