package dev.xxgk.serialization.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.html.HtmlFormat;
import dev.xxgk.serialization.testing.Tries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The law of the PDF reader on PDFs it did not make: generated reports of both editions, blanks
 * included, written by the HTML writer, printed to PDF by headless Chromium (as a portal's "save as
 * PDF" makes them: borders as thin filled rectangles, tables split over pages with their header
 * rows repeated), read back equal. 50 reports by default; {@code -Dxxgk.pdf.chromium.reports=N}
 * for more. Skipped when Chromium or the CJK font is not installed ({@code .ci/run} installs them).
 *
 * <p>The texts are lines a PDF carries as printed: a PDF holds no space characters (a space is a
 * gap between glyphs) and no line breaks (a line is where glyphs stand), so the lines are without
 * spaces, some long enough to wrap.
 */
class ChromiumRoundTripTest {

    private static final int REPORTS = Integer.getInteger("xxgk.pdf.chromium.reports", 50);

    private static final String[] AGENCIES = {
        "东营市东营区人民政府办公室", "招远市人民政府办公室", "东营市行政审批服务局", "某某县自然资源局", "某某街道办事处",
        "淮安市洪泽区人民政府",
    };

    private static final String[] LINES = {
        "2023年，本机关共收到政府信息公开申请18件，全部按期答复。",
        "一是做好信息对外发布工作；二是做好政策解读和回应关切工作。",
        "“政府开放日”活动9次，公开率100%。",
        "規章與規範性文件的清理（繁體）",
        "没有其他需要报告的事项。",
        "本年度无收费。",
        "进一步规范依申请公开流程，畅通依申请公开受理渠道，全年受理政府信息公开申请二十一件，均在法定期限内答复，"
                + "并对答复文书逐件审核，确保答复内容合法、规范、准确，切实保障人民群众依法获取政府信息的权利。",
        "加强政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度，严格执行分级审核、"
                + "先审后发程序，落实三审三校制度，从严从实把好政治关、法律关、政策关、保密关、文字关。",
    };

    private static String text(SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            lines.add(LINES[random.nextInt(LINES.length)]);
        }
        return String.join("\n", lines);
    }

    static AnnualReport report(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L);
        Edition edition = (seed & 2) == 0 ? Edition.EDITION_2021 : Edition.EDITION_2019;
        AnnualReport generated = Tries.report(seed, edition);
        return generated.toBuilder()
                .agency(AGENCIES[random.nextInt(AGENCIES.length)])
                .publishedOn(random.nextInt(3) == 0 ? null : LocalDate.of(generated.year() + 1, 1, 1).plusDays(random.nextInt(80)))
                .overview(random.nextBoolean() ? Overview.of(text(random))
                        : new Overview(text(random), text(random), text(random), text(random), text(random), text(random)))
                .problemsAndImprovements(text(random))
                .otherMatters(text(random))
                .build();
    }

    @Test
    void aReportWrittenAsHtmlAndPrintedByChromiumReadsBackEqual() throws Exception {
        // kept after the run, so that a failing seed's page and PDF can be looked at
        Path folder = Files.createDirectories(Path.of("target", "chromium-round-trip"));
        Path binary = Chromium.binary().orElse(null);
        assumeTrue(binary != null, "Chromium is not installed (Debian package chromium); .ci/run installs it");
        SyntheticPdf.assumeCjkFont();
        HtmlFormat html = new HtmlFormat();
        PdfFormat pdf = new PdfFormat();
        int seeds = 0;
        int twoEditions = 0;
        int blanks = 0;
        int continued = 0;
        try (Chromium chromium = new Chromium(binary)) {
            for (long seed = 0; seed < REPORTS; seed++) {
                AnnualReport report = report(seed);
                Path page = folder.resolve("report-" + seed + ".html");
                Files.writeString(page, html.render(report), StandardCharsets.UTF_8);
                byte[] printed = chromium.print(page);
                Files.write(folder.resolve("report-" + seed + ".pdf"), printed);
                Reading reading = pdf.read(new ByteArrayInputStream(printed), "report-" + seed + ".pdf");
                long id = seed;
                assertEquals(report, reading.report(), () -> "seed " + id + ": " + reading.notes());
                seeds++;
                twoEditions |= report.edition() == Edition.EDITION_2019 ? 1 : 2;
                if (report.template().cells().stream().anyMatch(c -> c.get(report).isBlank())) {
                    blanks++;
                }
                if (reading.notes().stream().anyMatch(n -> n.id().equals("pdf.table-continued"))) {
                    continued++;
                }
            }
        }
        assertEquals(REPORTS, seeds);
        assertEquals(3, twoEditions);
        assertTrue(blanks >= REPORTS / 3, "reports with blank cells: " + blanks);
        assertTrue(continued > 0, "no table continued over a page break");
    }
}
