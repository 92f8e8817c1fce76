package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.html.internal.HtmlFrontEnd;
import dev.xxgk.serialization.published.document.Grid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The written page in a real browser: headless Chromium loads it and serializes the document it
 * built ({@code --dump-dom}); that document reads back to an equal report, and its grids hold the
 * same cells as the page's. Skipped, saying so, where Chromium is not installed ({@code .ci/run}
 * installs it).
 */
class HtmlChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path temp;

    static Stream<AnnualReport> reports() {
        List<AnnualReport> reports = new ArrayList<>(HtmlFrontEndTest.reports().toList());
        reports.add(HtmlRoundTripTest.report(7));
        reports.add(HtmlRoundTripTest.report(8));
        return reports.stream();
    }

    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "profile");
        Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectError(temp.resolve("chromium.log").toFile())
                .start();
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 120 s");
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + log());
        return new String(dom, StandardCharsets.UTF_8);
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("chromium.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void thePageAChromiumLaidOutReadsBackEqual(AnnualReport report) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium (/usr/bin/chromium, Debian package chromium) is not installed");
        String written = new HtmlFormat().render(report);
        Path page = temp.resolve("report.html");
        Files.writeString(page, written, StandardCharsets.UTF_8);
        String dom = dumpDom(page);
        assertTrue(dom.contains("<table"), () -> "no document from chromium: " + log());

        List<Grid> expected = Layout.grids(HtmlFrontEnd.read(written.getBytes(StandardCharsets.UTF_8), "w").document());
        List<Grid> laidOut = Layout.grids(HtmlFrontEnd.read(dom.getBytes(StandardCharsets.UTF_8), "d").document());
        assertEquals(texts(expected), texts(laidOut), "the cells of the tables as the browser built them");

        Reading reading = new HtmlFormat().reader().orElseThrow().read(new ByteArrayInputStream(dom.getBytes(StandardCharsets.UTF_8)), "dom.html");
        assertEquals(report, reading.report());
    }

    private static List<List<List<String>>> texts(List<Grid> grids) {
        return grids.stream().map(g -> g.rows().stream().map(r -> r.cells().stream()
                .map(c -> (c.spanned() ? "~" : "") + c.text()).toList()).toList()).toList();
    }
}
