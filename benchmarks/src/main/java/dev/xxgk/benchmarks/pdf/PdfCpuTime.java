package dev.xxgk.benchmarks.pdf;

import dev.xxgk.serialization.pdf.PdfFormat;
import dev.xxgk.serialization.spi.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reports read per second <em>per core</em> on a shared machine, where JMH's wall-clock
 * throughput measures the other processes as much as the reader: the CPU time of the reading
 * thread per report ({@link ThreadMXBean#getCurrentThreadCpuTime()}), after a warm-up, beside the
 * user and system CPU time of {@code pdftotext -layout} on the same file, as bash's {@code time}
 * reports it for the child processes.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.xxgk.benchmarks.pdf.PdfCpuTime [reads]}
 */
public final class PdfCpuTime {

    private PdfCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        ReportReader reader = new PdfFormat().reader().orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String file : new String[] {"2024-huaian-szf", "2023-hongzequ-zf", "2024-hongzequ-zf"}) {
            byte[] bytes;
            try (InputStream in = dev.xxgk.fixtures.RealPdfFiles.open(file + ".pdf")) {
                bytes = in.readAllBytes();
            }
            for (int i = 0; i < reads; i++) {
                reader.read(new ByteArrayInputStream(bytes), file); // warm-up
            }
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < reads; i++) {
                reader.read(new ByteArrayInputStream(bytes), file);
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / reads;
            Path onDisk = Files.createTempFile("xxgk-cpu-", ".pdf");
            Files.write(onDisk, bytes);
            double poppler = pdftotext(onDisk, reads);
            Files.delete(onDisk);
            System.out.printf(Locale.ROOT, "%s: xxgk %.1f ms CPU per report (%.1f reports per CPU-second); "
                    + "pdftotext -layout %.1f ms CPU per file (%.1f per CPU-second)%n", file, ms, 1000 / ms, poppler,
                    1000 / poppler);
        }
    }

    /** The user + system CPU milliseconds per run of {@code pdftotext -layout}, process start included. */
    private static double pdftotext(Path pdf, int runs) throws IOException, InterruptedException {
        String script = "TIMEFORMAT='%3U %3S'; time (for i in $(seq " + runs + "); do pdftotext -layout -enc UTF-8 '"
                + pdf + "' - > /dev/null; done)";
        Process bash = new ProcessBuilder("bash", "-c", script).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String times = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (bash.waitFor() != 0) {
            throw new IllegalStateException("pdftotext failed: " + times);
        }
        String[] userSystem = times.substring(times.lastIndexOf('\n') + 1).split(" ");
        return (Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1])) * 1000 / runs;
    }
}
