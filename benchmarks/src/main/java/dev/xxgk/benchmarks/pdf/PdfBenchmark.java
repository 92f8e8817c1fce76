package dev.xxgk.benchmarks.pdf;

import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.pdf.PdfFormat;
import dev.xxgk.serialization.spi.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reports read per second, on one thread, from the real published PDFs: the PDF parsed by PDFBox,
 * every glyph and ruling line of every page collected, the tables built, and the report read by the
 * pipeline with its notes. Beside it, in the same run on the same file, the extraction a user
 * would otherwise script: {@code pdftotext -layout} (poppler-utils) run as a process, its text read
 * back whole, which gives text only, no table and no report.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PdfBenchmark {

    @Param({"2024-huaian-szf", "2023-hongzequ-zf"})
    public String file;

    private byte[] bytes;
    private Path onDisk;
    private ReportReader reader;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        try (InputStream in = dev.xxgk.fixtures.RealPdfFiles.open(file + ".pdf")) {
            Reports.check(in != null, file + ".pdf is in the PDF module's test jar");
            bytes = in.readAllBytes();
        }
        onDisk = Files.createTempFile("xxgk-bench-", ".pdf");
        Files.write(onDisk, bytes);
        reader = new PdfFormat().reader().orElseThrow();
        // what is measured is a correct reading: the year and a figure of each table as printed
        Reading reading = read();
        boolean huaian = file.startsWith("2024-huaian");
        Reports.check(reading.report().year() == (huaian ? 2024 : 2023), file + ": year " + reading.report().year());
        Reports.check(reading.report().cell("proactiveDisclosure.penalties.decisions").toString()
                .equals(huaian ? "3985758" : "4119"), file + ": penalties");
        Reports.check(reading.report().cell("applications.newRequests.total").toString().equals(huaian ? "3119" : "21"),
                file + ": new requests");
        Reports.check(pdftotextLayout().contains(huaian ? "3985758" : "4119"), "pdftotext read " + file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(onDisk);
    }

    @Benchmark
    public Reading read() {
        return reader.read(new ByteArrayInputStream(bytes), file);
    }

    @Benchmark
    public String pdftotextLayout() {
        try {
            Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", onDisk.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text;
            try (InputStream out = process.getInputStream()) {
                text = new String(out.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Reports.check(process.waitFor() == 0, "pdftotext failed on " + file);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
