package dev.xxgk.benchmarks.html;

import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.html.HtmlFormat;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.spi.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
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
 * Report pages read per second, on one thread: the page the HTML writer writes for each real
 * report (its bytes, UTF-8), read by the HTML format (decode, parse, the front end, the reading
 * pipeline), by the front end alone (up to the neutral document), and, the floor, parsed by jsoup
 * alone from the same bytes ({@code Jsoup.parse(InputStream, null, "")}, which sniffs the charset
 * too), building its DOM and nothing else.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HtmlReadBenchmark {

    @Param({PublishedReports.ZHAOYUAN_2019, PublishedReports.DONGYING_XZSP_2020, PublishedReports.DONGYINGQU_2023})
    public String report;

    private byte[] bytes;
    private HtmlFormat format;
    private ReportReader reader;

    @Setup
    public void setUp() {
        AnnualReport expected = switch (report) {
            case PublishedReports.ZHAOYUAN_2019 -> PublishedReports.zhaoyuan2019();
            case PublishedReports.DONGYING_XZSP_2020 -> PublishedReports.dongyingXzsp2020();
            default -> PublishedReports.dongyingqu2023();
        };
        format = new HtmlFormat();
        reader = format.reader().orElseThrow();
        bytes = format.render(expected).getBytes(StandardCharsets.UTF_8);
        // what is measured is a correct reading: the report the page was written from
        Reports.check(read().report().equals(expected), report + ": the page does not read back to its report");
    }

    @Benchmark
    public Reading read() {
        return reader.read(new ByteArrayInputStream(bytes), report);
    }

    @Benchmark
    public Document frontEndOnly() {
        return format.document(new ByteArrayInputStream(bytes), report);
    }

    @Benchmark
    public org.jsoup.nodes.Document jsoupParseOnly() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    }
}
