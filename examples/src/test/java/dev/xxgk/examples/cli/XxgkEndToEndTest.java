package dev.xxgk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.testkit.ReportGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code xxgk.jar} as a separate process, as a user does, on the real reports bundled in
 * {@code examples/reports}: every subcommand, every exit code, both output formats and both
 * languages. Run by failsafe after the jar is packaged.
 */
class XxgkEndToEndTest {

    private static final Path JAR = Path.of(System.getProperty("xxgk.jar", "target/xxgk.jar"));
    private static final String ZHAOYUAN = "2019-zhaoyuan-zfb.txt";
    private static final String XZSP = "2020-dongying-xzsp.txt";
    private static final String DONGYINGQU = "2023-dongyingqu-zfb.txt";
    private static final String NOT_A_REPORT = "not-a-report-2019-dongying-circular.txt";
    private static final String HONGZE_2023 = "2023-hongzequ-zf.pdf";
    private static final String HONGZE_2024 = "2024-hongzequ-zf.pdf";

    @TempDir
    Path dir;

    private static Cli xxgk(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package");
        return Cli.process(JAR, List.of(args));
    }

    private static String report(String name) {
        return Cli.report(name).toString();
    }

    @Test
    void theMainJobValidatesABundledRealReportInChinese() throws Exception {
        Cli run = xxgk("validate", "--profile", "audit", report(DONGYINGQU));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("== " + report(DONGYINGQU) + "\n"), run::toString);
        assertTrue(run.out().contains("   2021 版（国办公开办函〔2021〕30号）｜东营市东营区人民政府办公室｜2023 年度｜发布于 2024-01-26\n"),
                run::toString);
        assertTrue(run.out().contains("   无错误（错误 0，警告 0，提示 0）\n"), run::toString);
        // the reading notes of the published-text reader
        assertTrue(run.out().contains("   读取说明：\n"), run::toString);
        assertTrue(run.out().contains("     第148行：行名称“规范性文件”不是该版格式的标签；本表只有“行政规范性文件”以此结尾，按此读入。"
                + " [published.label-tail]\n"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void blankCellsAreErrorsWhenFilingWarningsWhenAuditingInEnglishJson() throws Exception {
        Cli filing = xxgk("validate", "--lang", "en", "--format", "json", report(ZHAOYUAN), report(XZSP));
        assertEquals(1, filing.exitCode(), filing::toString);
        JsonNode files = filing.json().get("files");
        assertEquals(2, files.size());
        JsonNode zhaoyuan = files.get(0);
        assertEquals(report(ZHAOYUAN), zhaoyuan.get("file").asString());
        assertEquals("2019", zhaoyuan.get("edition").asString());
        assertEquals("招远市人民政府办公室", zhaoyuan.get("agency").asString());
        assertEquals(2019, zhaoyuan.get("year").asInt());
        assertTrue(zhaoyuan.get("valid").asBoolean());
        assertEquals(0, zhaoyuan.get("violations").size());
        // the rows of the table that needed the arithmetic to be read, and the label cut short at line 50
        assertEquals(6, zhaoyuan.get("notes").size(), filing::toString);
        assertEquals("published.label-truncated", zhaoyuan.get("notes").get(1).get("id").asString(), filing::toString);
        assertEquals(50, zhaoyuan.get("notes").get(1).get("line").asInt());
        assertEquals("applications.partiallyGranted", zhaoyuan.get("notes").get(1).get("path").asString());
        assertEquals(49, zhaoyuan.get("notes").get(0).get("line").asInt());
        assertEquals("line 49", zhaoyuan.get("notes").get(0).get("location").asString());
        assertEquals("published.row-resolved", zhaoyuan.get("notes").get(0).get("id").asString(), filing::toString);
        assertTrue(zhaoyuan.get("notes").get(0).get("message").asString().startsWith("row "));

        JsonNode xzsp = files.get(1);
        assertFalse(xzsp.get("valid").asBoolean());
        assertEquals(5, xzsp.get("errors").asInt());
        JsonNode first = xzsp.get("violations").get(0);
        assertEquals("BLANK-CELL", first.get("rule").asString());
        assertEquals("error", first.get("severity").asString());
        assertEquals("reconsiderationAndLitigation.reconsideration.upheld", first.get("path").asString());
        assertTrue(first.get("label").asString().contains("行政复议"), filing::toString);
        assertEquals("filled", first.get("expected").asString());
        assertEquals("blank", first.get("actual").asString());
        assertEquals("reconsiderationAndLitigation.reconsideration.upheld is blank; a blank is not counted as 0,"
                + " so no sum that includes it was checked", first.get("message").asString());

        Cli audit = xxgk("validate", "--profile", "audit", "--format", "json", report(XZSP));
        assertEquals(0, audit.exitCode(), audit::toString);
        JsonNode warned = audit.json().get("files").get(0);
        assertTrue(warned.get("valid").asBoolean());
        assertEquals(5, warned.get("warnings").asInt());
        assertEquals("warning", warned.get("violations").get(0).get("severity").asString());
        assertTrue(warned.get("violations").get(0).get("message").asString().contains("未填写"), audit::toString);
    }

    @Test
    void anUnreadableFileGivesExitCodeTwoAndTheOthersAreStillValidated() throws Exception {
        Cli run = xxgk("validate", "--lang", "en", report(ZHAOYUAN), report(NOT_A_REPORT), "missing.json");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("== " + report(ZHAOYUAN) + "\n"), run::toString);
        assertTrue(run.out().contains("   cannot be read: " + report(NOT_A_REPORT) + ":3: not an annual report"),
                run::toString);
        assertTrue(run.err().contains("xxgk: missing.json: no such file\n"), run::toString);
        assertTrue(run.out().endsWith("1 report, 0 with errors; 2 files unreadable\n"), run::toString);

        Cli json = xxgk("validate", "--format", "json", report(NOT_A_REPORT));
        assertEquals(2, json.exitCode(), json::toString);
        assertTrue(json.json().get("files").get(0).get("error").asString().contains("not an annual report"));
    }

    @Test
    void aPublishedPdfIsValidatedAndItsPrintedLitigationErrorFound() throws Exception {
        Cli run = xxgk("validate", "--lang", "en", report(HONGZE_2023));
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("   edition 2021 (国办公开办函〔2021〕30号) | 洪泽区人民政府 | year 2023\n"), run::toString);
        assertTrue(run.out().contains("[error] LIT-TOTAL  reconsiderationAndLitigation.reconsideration.total"), run::toString);
        assertTrue(run.out().contains("10 + 1 + 0 + 0 = 11, but total = 0"), run::toString);
        // the 2019 row （六）其他处理 printed in the 2021 table, kept as printed
        assertTrue(run.out().contains("[warning] TEMPLATE-DEVIATION  applications.otherHandling"), run::toString);
        assertTrue(run.out().contains("[error] LIT-TOTAL  reconsiderationAndLitigation.litigationAfterReconsideration.total"),
                run::toString);
        // the notes of the PDF front end, with the page and position
        assertTrue(run.out().contains("     page 2 (x=75, y=779): the table on page 2 continues on page 3"), run::toString);
        assertEquals("", run.err());

        Cli json = xxgk("validate", "--format", "json", report(HONGZE_2023));
        JsonNode note = json.json().get("files").get(0).get("notes").get(1);
        assertEquals(2, note.get("page").asInt(), json::toString);
        assertEquals(779, note.get("y").asInt(), json::toString);
    }

    @Test
    void twoPublishedPdfsOfOneDistrictAreComparedAcrossYears() throws Exception {
        // 2023's title says 洪泽区人民政府, 2024's 淮安市洪泽区人民政府: one agency, so the cross-year rules apply
        Cli run = xxgk("validate", "--lang", "en", "--format", "json", "--previous", report(HONGZE_2023),
                report(HONGZE_2024));
        JsonNode file = run.json().get("files").get(0);
        List<String> rules = new java.util.ArrayList<>();
        file.get("violations").forEach(v -> rules.add(v.get("rule").asString()));
        assertTrue(rules.contains("AGENCY-NAME-FORM"), run::toString);
        assertTrue(rules.stream().noneMatch(r -> r.endsWith("-XYEAR")), run::toString);
        List<String> notApplied = new java.util.ArrayList<>();
        file.get("notApplied").forEach(n -> notApplied.add(n.get("rule").asString()));
        assertEquals(List.of("PD-ITEMS-XYEAR"), notApplied, run::toString);
    }

    @Test
    void aPublishedPdfConvertsToTheJsonOfItsFigures() throws Exception {
        Cli convert = xxgk("convert", "--to", "json", report(HONGZE_2024));
        assertEquals(0, convert.exitCode(), convert::toString);
        Reading reading = new JsonFormat().reader().orElseThrow()
                .read(new java.io.ByteArrayInputStream(convert.out().getBytes(StandardCharsets.UTF_8)), "out.json");
        AnnualReport report = reading.report();
        assertEquals(2024, report.year());
        assertEquals(Count.of(2776), report.cell("proactiveDisclosure.penalties.decisions"));
        assertEquals(Count.of(95), report.cell("applications.newRequests.total"));
        assertTrue(convert.err().contains(report(HONGZE_2024) + " (第2页（x=75, y=765）): 第2页的表格延续到第3页"), convert::toString);
    }

    @Test
    void aFileThatIsNotAPdfGivesExitCodeTwoAndSaysSo() throws Exception {
        Path fake = Files.writeString(dir.resolve("report.pdf"), "<html>2023年度报告</html>");
        Path cut = dir.resolve("cut.pdf");
        byte[] whole = Files.readAllBytes(Cli.report(HONGZE_2023));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 3));
        Cli run = xxgk("validate", "--lang", "en", fake.toString(), cut.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("not a PDF: the file does not start with %PDF-"), run::toString);
        assertTrue(run.out().contains("the PDF is truncated"), run::toString);
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run::toString);
    }

    @Test
    void aWrongCommandLineGivesExitCodeTwoWithoutATrace() throws Exception {
        Cli run = xxgk("validate", "--profile", "strict", report(ZHAOYUAN));
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("xxgk: Invalid value for option '--profile': 'strict' is not a profile; use filing or audit\n"
                + "Run 'xxgk validate --help' for how to use it.\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void crossYearValidationAgainstLastYearsReport() throws Exception {
        SplittableRandom random = new SplittableRandom(2024);
        AnnualReport lastYear = ReportGenerator.valid(random, Edition.EDITION_2021);
        AnnualReport thisYear = ReportGenerator.followingYear(random, lastYear);
        Path previous = write("previous.json", lastYear);
        Path current = write("current.json", thisYear);

        Cli consistent = xxgk("validate", "--format", "json", "--previous", previous.toString(), current.toString());
        assertEquals(0, consistent.exitCode(), consistent::toString);

        // last year's carried-forward figure no longer matches this year's carried-over one
        String code = "applications.carriedForward.naturalPerson";
        int carried = ((Count) lastYear.cell(code)).value();
        write("previous.json", lastYear.withCell(code, carried + 1));
        Cli broken = xxgk("validate", "--lang", "en", "--format", "json", "--previous", previous.toString(),
                current.toString());
        // the catalogue makes it a warning (a cross-report practice, not an official rule): exit 0
        assertEquals(0, broken.exitCode(), broken::toString);
        JsonNode violation = broken.json().get("files").get(0).get("violations").get(0);
        assertEquals("APP-CARRY-XYEAR", violation.get("rule").asString());
        assertEquals("warning", violation.get("severity").asString());
        assertEquals("applications.carriedOver.naturalPerson", violation.get("path").asString());
        assertEquals(Integer.toString(carried + 1), violation.get("expected").asString());
        assertEquals(Integer.toString(carried), violation.get("actual").asString());
    }

    @Test
    void convertMakesOneDataSetThatValidatesLikeTheTexts() throws Exception {
        Path dataset = dir.resolve("reports.csv");
        Cli convert = xxgk("convert", "--to", "csv", "--output", dataset.toString(), report(ZHAOYUAN), report(XZSP),
                report(DONGYINGQU));
        assertEquals(0, convert.exitCode(), convert::toString);
        assertEquals("", convert.out());
        // the reading notes go to standard error, with the file and line
        assertTrue(convert.err().contains(report(ZHAOYUAN) + ":49: “"), convert::toString);
        List<AnnualReport> read;
        try (InputStream in = Files.newInputStream(dataset);
                Stream<Reading> readings = new WideCsvFormat().reader().orElseThrow().readAll(in, "reports.csv")) {
            read = readings.map(Reading::report).toList();
        }
        assertEquals(List.of(2019, 2020, 2023), read.stream().map(AnnualReport::year).toList());

        Cli validate = xxgk("validate", "--profile", "audit", "--lang", "en", dataset.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("== " + dataset + "#3\n"), validate::toString);
        assertTrue(validate.out().endsWith("3 reports, 0 with errors; 0 files unreadable\n"), validate::toString);
    }

    @Test
    void convertToJsonAndToTheLayoutReadBackToTheSameReport() throws Exception {
        Cli toJson = xxgk("convert", "--to", "json", report(DONGYINGQU));
        assertEquals(0, toJson.exitCode(), toJson::toString);
        Path json = Files.writeString(dir.resolve("report.json"), toJson.out());
        Cli toLayout = xxgk("convert", "--to", "csv-layout", "-o", dir.resolve("layout.csv").toString(),
                json.toString());
        assertEquals(0, toLayout.exitCode(), toLayout::toString);
        Cli back = xxgk("convert", "--to", "json", dir.resolve("layout.csv").toString());
        assertEquals(0, back.exitCode(), back::toString);
        assertEquals(toJson.out(), back.out());

        Cli several = xxgk("convert", "--to", "json", "-o", dir.toString(), report(ZHAOYUAN), report(XZSP));
        assertEquals(0, several.exitCode(), several::toString);
        assertTrue(Files.isRegularFile(dir.resolve("2019-zhaoyuan-zfb.json")));
        assertTrue(Files.isRegularFile(dir.resolve("2020-dongying-xzsp.json")));
    }

    @Test
    void convertToHtmlWritesThePageThatValidatesAndReadsBackLikeTheText() throws Exception {
        Cli toHtml = xxgk("convert", "--to", "html", report(DONGYINGQU));
        assertEquals(0, toHtml.exitCode(), toHtml::toString);
        assertTrue(toHtml.out().startsWith("<!doctype html>\n<html lang=\"zh-CN\">"), toHtml::toString);
        assertTrue(toHtml.out().contains("<h1>东营市东营区人民政府办公室2023年政府信息公开工作年度报告</h1>"), toHtml::toString);
        Path page = Files.writeString(dir.resolve("2023.html"), toHtml.out(), StandardCharsets.UTF_8);

        Cli validate = xxgk("validate", "--profile", "audit", page.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("   2021 版（国办公开办函〔2021〕30号）｜东营市东营区人民政府办公室｜2023 年度｜发布于 2024-01-26\n"),
                validate::toString);

        Cli fromText = xxgk("convert", "--to", "json", report(DONGYINGQU));
        Cli fromHtml = xxgk("convert", "--to", "json", page.toString());
        assertEquals(0, fromHtml.exitCode(), fromHtml::toString);
        assertEquals(fromText.out(), fromHtml.out(), "the page holds the report the text holds");

        Path htm = Files.copy(page, dir.resolve("2023.htm"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Cli several = xxgk("convert", "--to", "html", "-o", out.toString(), htm.toString(), report(ZHAOYUAN));
        assertEquals(0, several.exitCode(), several::toString);
        assertEquals(toHtml.out(), Files.readString(dir.resolve("out").resolve("2023.html"), StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("2019-zhaoyuan-zfb.html")));
    }

    @Test
    void aPageThatIsNoReportGivesExitCodeTwoAndAClearErrorWithoutATrace() throws Exception {
        Path notHtml = Files.writeString(dir.resolve("copied.html"), "一、总体情况\n本年度……\n", StandardCharsets.UTF_8);
        Path news = Files.writeString(dir.resolve("news.htm"),
                "<html><head><title>东营区召开会议</title></head><body><p>12月1日，东营区召开会议。</p></body></html>",
                StandardCharsets.UTF_8);
        Cli run = xxgk("validate", notHtml.toString(), news.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("xxgk: " + notHtml + ":1:1: not an HTML page"), run::toString);
        assertTrue(run.err().contains("xxgk: " + news + ": no report in the page"), run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void convertToAWorkbookThenValidateAndConvertItBackToTheSameReport() throws Exception {
        Path workbook = dir.resolve("report.xlsx");
        Cli toXlsx = xxgk("convert", "--to", "xlsx", "-o", workbook.toString(), report(DONGYINGQU));
        assertEquals(0, toXlsx.exitCode(), toXlsx::toString);
        assertTrue(Files.size(workbook) > 0);
        assertEquals("PK", new String(Files.readAllBytes(workbook), 0, 2, StandardCharsets.ISO_8859_1));

        Cli validate = xxgk("validate", "--profile", "audit", workbook.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("   2021 版（国办公开办函〔2021〕30号）｜东营市东营区人民政府办公室｜2023 年度｜发布于 2024-01-26\n"),
                validate::toString);
        assertTrue(validate.out().contains("   无错误（错误 0，警告 0，提示 0）\n"), validate::toString);
        assertEquals("", validate.err());

        Cli fromText = xxgk("convert", "--to", "json", report(DONGYINGQU));
        Cli fromXlsx = xxgk("convert", "--to", "json", workbook.toString());
        assertEquals(0, fromXlsx.exitCode(), fromXlsx::toString);
        assertEquals(fromText.out(), fromXlsx.out());
        // the header fields, each from its label/value cell of the sheet 报告
        List<String> noted = fromXlsx.err().lines().map(l -> l.substring(l.indexOf('('), l.indexOf(')') + 1) + " " + l.substring(l.lastIndexOf('['))).toList();
        assertEquals(List.of("(报告!B5) [published.field-source]", "(报告!B4) [published.field-source]",
                "(报告!B6) [published.field-source]"), noted, fromXlsx::toString);
    }

    @Test
    void aFileThatIsNotAWorkbookGivesAClearErrorWithoutATrace() throws Exception {
        Path fake = Files.writeString(dir.resolve("report.xlsx"), "报告格式,2021\n", StandardCharsets.UTF_8);
        Cli run = xxgk("validate", fake.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(fake + ": not an Excel workbook"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
    }

    @Test
    void aConversionThatCannotReadAFileFailsWholeWithExitCodeTwo() throws Exception {
        Path dataset = dir.resolve("reports.csv");
        Cli run = xxgk("convert", "--to", "csv", "-o", dataset.toString(), report(ZHAOYUAN), report(NOT_A_REPORT));
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("xxgk: " + report(NOT_A_REPORT) + ":3: not an annual report"), run::toString);
        assertFalse(Files.exists(dataset));
    }

    @Test
    void rulesListsTheCatalogueInBothLanguages() throws Exception {
        Cli zh = xxgk("rules");
        assertEquals(0, zh.exitCode(), zh::toString);
        assertTrue(zh.out().lines().anyMatch(l -> l.startsWith("APP-BALANCE ") && l.contains(" error ")
                && l.contains("2019,2021") && l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)), zh::toString);
        assertTrue(zh.out().lines().anyMatch(l -> l.startsWith("APP-CARRY-XYEAR ") && l.contains("【跨年度】")),
                zh::toString);
        // a rule of the catalogue, with its description from the bundles
        assertTrue(zh.out().lines().anyMatch(l -> l.startsWith("TEMPLATE-DEVIATION ") && l.contains(" warning ")
                && l.contains("表格按报告所用版本的格式印制")), zh::toString);
        Cli en = xxgk("rules", "--lang", "en", "--profile", "audit");
        assertEquals(0, en.exitCode(), en::toString);
        assertTrue(en.out().lines().anyMatch(l -> l.startsWith("BLANK-CELL ") && l.contains(" warning ")),
                en::toString);
        assertTrue(en.out().lines().anyMatch(l -> l.startsWith("APP-CARRY-XYEAR ") && l.contains("[cross-year]")),
                en::toString);
        assertEquals(zh.out().lines().count(), en.out().lines().count());
    }

    @Test
    void theProgressLineShowsOnATerminalOnly() throws Exception {
        // `script` gives the tool a terminal as standard error; where it is missing, nothing to check
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) here");
        List<String> args = new ArrayList<>(List.of("validate", "--profile", "audit", "--lang", "en"));
        for (int i = 0; i < Progress.MANY_FILES; i++) {
            args.add(report(ZHAOYUAN));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -jar " + JAR + " " + String.join(" ", args) + " > /dev/null";
        Process process = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
                .redirectErrorStream(true).start();
        String terminal = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), terminal);
        assertTrue(terminal.contains("\r20/20 files, 20 reports\u001b[K"), terminal);
        assertTrue(terminal.endsWith("\r\u001b[K"), terminal);

        // the same run with standard error to a file: no progress line
        Cli redirected = xxgk(args.toArray(String[]::new));
        assertEquals(0, redirected.exitCode());
        assertEquals("", redirected.err());
    }

    /** Item 14 of issue 17: a full disk on standard output is reported, with its own exit code. */
    @Test
    void aFullStandardOutputIsReported() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (List<String> args : List.of(List.of("convert", "--to", "json", report(DONGYINGQU)),
                List.of("validate", report(DONGYINGQU)))) {
            List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectOutput(new java.io.File("/dev/full"))
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(XxgkCommand.OUTPUT_FAILED, process.waitFor(), args + ": " + err);
            assertTrue(err.contains("cannot write to standard output"), err);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        }
    }

    /** Item 12 of issue 17: SIGTERM while a data set is being written removes its part file. */
    @Test
    void aTerminatedDataSetConversionRemovesItsPartFile() throws Exception {
        Path fifo = dir.resolve("slow.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo makes a named pipe");
        Path out = Files.createDirectory(dir.resolve("out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "convert", "--to", "csv", "-o",
                out.resolve("all.csv").toString(), report(ZHAOYUAN), fifo.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean sawPart = false;
        try (OutputStream feed = Files.newOutputStream(fifo)) {
            feed.write("{\"edition\": \"2021\",".getBytes(StandardCharsets.UTF_8));
            feed.flush();
            for (int i = 0; i < 600 && !sawPart; i++) {
                try (Stream<Path> files = Files.list(out)) {
                    sawPart = files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
                }
                Thread.sleep(50);
            }
            process.destroy();
            assertEquals(143, process.waitFor(), "ended by SIGTERM");
        } catch (IOException e) {
            // the tool closed the pipe as it ended
        }
        assertTrue(sawPart, "the data set was being written");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private Path write(String name, AnnualReport report) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new JsonFormat().writer().orElseThrow().write(report, out);
        }
        return file;
    }
}
