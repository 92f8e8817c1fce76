package dev.xxgk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.examples.Fixtures;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.published.PublishedTextFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The tool's behaviour run in this JVM: the cases the end-to-end test does not repeat as processes. */
class XxgkCommandTest {

    @TempDir
    Path dir;

    private Path json(String name, AnnualReport report) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new JsonFormat().writer().orElseThrow().write(report, out);
        }
        return file;
    }

    @Test
    void aReportWithAnErrorGivesExitCodeOneAndEveryFieldOfTheViolation() throws IOException {
        AnnualReport report = Fixtures.dongyingqu2023().withCell("applications.granted.researchInstitution", 1);
        Cli run = Cli.inProcess("validate", "--lang", "en", json("broken.json", report).toString());
        assertEquals(XxgkCommand.INVALID, run.exitCode(), run::toString);
        assertTrue(run.out().contains("[error] APP-ROW-TOTAL  applications.granted.total  "), run::toString);
        assertTrue(run.out().contains("   has errors ("), run::toString);
        assertTrue(run.out().contains("       expected "), run::toString);
    }

    @Test
    void anUnknownExtensionIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("report.ods"), "x");
        Cli run = Cli.inProcess("validate", file.toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains("report.ods") && run.err().contains("known extensions are"), run::toString);
    }

    @Test
    void aCsvOfNeitherFormSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"), "name,age\n张三,30\n");
        Cli run = Cli.inProcess("validate", "--format", "json", file.toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode());
        JsonNode entry = run.json().get("files").get(0);
        assertEquals(file.toString(), entry.get("file").asString());
        assertTrue(entry.get("error").asString().contains("its first bytes match none of them"), run::toString);
    }

    @Test
    void aMalformedJsonNamesItsLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"edition\": \"2021\",\n  \"year\": \"x\"\n}");
        Cli run = Cli.inProcess("validate", file.toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode());
        assertTrue(run.err().startsWith("xxgk: " + file + ":3:"), run::toString);
    }

    @Test
    void thePreviousYearMustHoldOneReport() throws IOException {
        Path data = dir.resolve("two.csv");
        Cli converted = Cli.inProcess("convert", "--to", "csv", "-o", data.toString(),
                json("a.json", Fixtures.zhaoyuan2019()).toString(),
                json("b.json", Fixtures.dongyingXzsp2020()).toString());
        assertEquals(0, converted.exitCode(), converted::toString);
        Cli run = Cli.inProcess("validate", "--previous", data.toString(),
                json("c.json", Fixtures.dongyingqu2023()).toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains("--previous must hold exactly one report; it holds 2"), run::toString);
    }

    @Test
    void convertingSeveralFilesToJsonNeedsADirectory() throws IOException {
        Cli run = Cli.inProcess("convert", "--to", "json",
                json("a.json", Fixtures.zhaoyuan2019()).toString(),
                json("b.json", Fixtures.dongyingXzsp2020()).toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode());
        assertTrue(run.err().contains("give --output an existing directory"), run::toString);
    }

    @Test
    void aFailedConversionLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("out.csv");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{}");
        Cli run = Cli.inProcess("convert", "--to", "csv", "-o", out.toString(),
                json("a.json", Fixtures.zhaoyuan2019()).toString(), bad.toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.json", "bad.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamed() throws IOException {
        Path out = dir.resolve("nowhere").resolve("out.csv");
        Cli run = Cli.inProcess("convert", "--to", "csv", "-o", out.toString(),
                json("a.json", Fixtures.zhaoyuan2019()).toString());
        // issue 17: an output that cannot be written has an exit code of its own
        assertEquals(XxgkCommand.OUTPUT_FAILED, run.exitCode());
        assertEquals("xxgk: " + out + ": cannot write: the folder " + out.getParent().toAbsolutePath()
                + " does not exist\n", run.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aConvertedFileGetsThePermissionsOfANewFile() throws IOException {
        Path out = dir.resolve("out.json");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "");
        Cli run = Cli.inProcess("convert", "--to", "json", "-o", out.toString(),
                json("a.json", Fixtures.zhaoyuan2019()).toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void wrongOptionsAreUsageErrorsWithAHint() {
        for (String[] args : new String[][] {
            {"validate"}, {"validate", "--format", "xml", "x.json"}, {"validate", "--lang", "fr", "x.json"},
            {"convert", "--to", "ods", "x.json"}, {"frobnicate"}, {}, {"rules", "--bogus"}}) {
            Cli run = Cli.inProcess(args);
            assertEquals(XxgkCommand.UNUSABLE, run.exitCode(), () -> List.of(args) + "\n" + run);
            assertTrue(run.err().startsWith("xxgk: "), run::toString);
            assertTrue(run.err().contains("--help' for how to use it."), run::toString);
            assertEquals("", run.out());
        }
    }

    @Test
    void theFormatsToConvertToComeFromTheRegistry() throws IOException {
        Cli wrong = Cli.inProcess("convert", "--to", "xls", "x.json");
        assertEquals(XxgkCommand.UNUSABLE, wrong.exitCode());
        assertTrue(wrong.err().startsWith("xxgk: Invalid value for option '--to': 'xls' is not a format that can be"
                + " written; use json, csv, csv-layout, text, html, xlsx"), wrong::toString);
        Path text = dir.resolve("report.txt");
        // the report as read from its published text: texts that plain text holds
        AnnualReport read = new PublishedTextFormat().read(PublishedReports.text(PublishedReports.DONGYINGQU_2023),
                "2023.txt").report();
        Cli toText = Cli.inProcess("convert", "--to", "text", "-o", text.toString(), json("a.json", read).toString());
        assertEquals(0, toText.exitCode(), toText::toString);
        // the fixture's overview begins with its own heading and an empty line: the text writer refuses it
        Cli refused = Cli.inProcess("convert", "--to", "text", "-o", dir.resolve("no.txt").toString(),
                json("b.json", Fixtures.dongyingqu2023()).toString());
        assertEquals(XxgkCommand.UNUSABLE, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("cannot be written as text: overview.text: the published text cannot hold this"
                + " report exactly"), refused::toString);
        assertFalse(Files.exists(dir.resolve("no.txt")), "nothing is written");
        Cli back = Cli.inProcess("validate", "--format", "json", text.toString());
        assertEquals(0, back.exitCode(), back::toString);
        assertEquals("东营市东营区人民政府办公室", back.json().get("files").get(0).get("agency").asString());
    }

    @Test
    void helpAndVersionSucceed() {
        Cli help = Cli.inProcess("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("validate") && help.out().contains("Exit codes:"), help::toString);
        Cli validateHelp = Cli.inProcess("validate", "--help");
        assertEquals(0, validateHelp.exitCode());
        assertTrue(validateHelp.out().contains("--previous=FILE"), validateHelp::toString);
        Cli version = Cli.inProcess("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("xxgk "), version::toString);
    }

    @Test
    void theProgressLineCountsFilesAndReportsAndClearsItself() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), 2, false, Locale.ENGLISH);
        progress.reportDone();
        progress.fileDone();
        progress.reportDone();
        progress.fileDone();
        progress.clear();
        String printed = err.toString();
        assertTrue(printed.startsWith("\r0/2 files, 1 reports\u001b[K"), printed);
        assertTrue(printed.contains("\r2/2 files, 2 reports\u001b[K"), printed);
        assertTrue(printed.endsWith("\r\u001b[K"), printed);
        StringWriter zh = new StringWriter();
        Progress chinese = new Progress(new PrintWriter(zh), 1, false, Locale.SIMPLIFIED_CHINESE);
        chinese.fileDone();
        assertEquals("\r已处理 1/1 个文件，0 份报告\u001b[K", zh.toString());
    }

    @Test
    void noProgressLineWhenStandardErrorIsNotATerminal() {
        // under the test runner standard error goes to a pipe or a file
        assertFalse(Progress.isTerminal(2));
        StringWriter err = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(err), 100, Locale.ENGLISH);
        progress.reportDone();
        progress.fileDone();
        progress.clear();
        assertEquals("", err.toString());
    }
}
