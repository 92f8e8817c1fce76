package dev.xxgk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xxgk.examples.Fixtures;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.json.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's contract for the failures of issue 17, in this JVM: exit codes for every class of
 * failure, no stack trace ever (an {@code Error} included), standard output failures reported, and
 * every text from a file escaped. Each test names the item it covers and failed before the fix.
 */
class CliContractTest {

    @TempDir
    Path dir;

    private Path json(String name, AnnualReport report) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new JsonFormat().writer().orElseThrow().write(report, out);
        }
        return file;
    }

    private Path report() throws IOException {
        return json("report.json", Fixtures.dongyingqu2023());
    }

    /** A writer that fails as an exhausted heap would, on its first write. */
    private static final class ExhaustedWriter extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) {
            throw new OutOfMemoryError("Java heap space");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A writer that fails as a full disk or a closed pipe does. */
    private static final class FailingWriter extends Writer {
        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void item5AnOutOfMemoryErrorIsOneLineAndItsOwnExitCode() throws IOException {
        StringWriter err = new StringWriter();
        int code = XxgkCommand.run(new PrintWriter(new ExhaustedWriter()), new PrintWriter(err), "validate",
                report().toString());
        assertEquals(XxgkCommand.FAILED, code, err::toString);
        assertTrue(err.toString().startsWith("xxgk: out of memory"), err::toString);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Error:"), err::toString);
    }

    @Test
    void item14AFailingStandardOutputIsReportedWithItsOwnExitCode() throws IOException {
        StringWriter err = new StringWriter();
        int code = XxgkCommand.run(new PrintWriter(new FailingWriter()), new PrintWriter(err), "validate",
                report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, code, err::toString);
        assertTrue(err.toString().contains("cannot write to standard output"), err::toString);
    }

    @Test
    void item17AnAgencyWithEscapeSequencesIsPrintedEscaped() throws IOException {
        String attack = "\u001b[2J\u001b[H所有报告均无错误\r\n== ok\u202e";
        Path file = json("attack.json", Fixtures.dongyingqu2023().withAgency("某局" + attack));
        Cli run = Cli.inProcess("validate", file.toString());
        for (String text : new String[] {run.out(), run.err()}) {
            assertFalse(text.chars().anyMatch(c -> c == 0x1b || c == '\r' || c == 0x202e), text);
        }
        assertTrue(run.out().contains("某局\\u001B[2J\\u001B[H所有报告均无错误\\u000D\\u000A== ok\\u202E"), run::toString);
        Cli asJson = Cli.inProcess("validate", "--format", "json", file.toString());
        assertTrue(asJson.out().contains("\\u001B[2J") || asJson.out().contains("\\u001b[2J"), asJson::toString);
        assertEquals("某局" + attack, asJson.json().get("files").get(0).get("agency").asString());
    }

    @Test
    void item17AFileNameWithControlCharactersIsEscapedInErrors() throws IOException {
        Path file = Files.writeString(dir.resolve("bad\u001b[31m.json"), "{");
        Cli run = Cli.inProcess("validate", file.toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode(), run::toString);
        assertFalse(run.err().contains("\u001b"), run::toString);
        assertTrue(run.err().contains("bad\\u001B[31m.json"), run::toString);
    }

    @Test
    void item17PermissionDeniedSaysSoInWords() throws IOException {
        assertEquals("permission denied", Inputs.why(new AccessDeniedException("secret.json")));
        Path secret = report();
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(secret), "running as root, who reads every file");
        Cli run = Cli.inProcess("validate", secret.toString());
        assertEquals(XxgkCommand.UNUSABLE, run.exitCode(), run::toString);
        assertTrue(run.err().contains(secret + ": cannot read: permission denied"), run::toString);
    }

    @Test
    void item17AFolderThatRefusesAFileIsNotSaidNotToExist() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "a Linux /proc");
        Cli run = Cli.inProcess("convert", "--to", "json", "-o", "/proc/xxgk-test.json", report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, run.exitCode(), run::toString);
        assertFalse(run.err().contains("does not exist"), run::toString);
        assertFalse(run.err().contains("Exception") || run.err().contains(".part"), run::toString);
        assertTrue(run.err().startsWith("xxgk: "), run::toString);
    }

    @Test
    void item17AReportThatCannotBeWrittenIsNotCalledUnreadable() throws IOException {
        Path file = json("lone.json", Fixtures.dongyingqu2023());
        String text = Files.readString(file).replace("\"agency\": \"", "\"agency\": \"\\uD800");
        Files.writeString(file, text);
        // refused on reading (a lone surrogate is no text), named as a read failure
        Cli read = Cli.inProcess("convert", "--to", "csv", file.toString());
        assertEquals(XxgkCommand.UNUSABLE, read.exitCode(), read::toString);
        assertTrue(read.err().contains("lone surrogate"), read::toString);
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        Cli write = Cli.inProcess("convert", "--to", "csv", "-o", target.toString(), report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, write.exitCode(), write::toString);
        assertFalse(write.err().contains("cannot read"), write::toString);
    }

    @Test
    void item13OnlyARegularFileThatMayBeWrittenIsReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Cli viaLink = Cli.inProcess("convert", "--to", "json", "-o", link.toString(), report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, viaLink.exitCode(), viaLink::toString);
        assertTrue(viaLink.err().contains("symbolic link"), viaLink::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(real));

        Cli device = Cli.inProcess("convert", "--to", "json", "-o", "/dev/null", report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, device.exitCode(), device::toString);
        assertTrue(device.err().contains("not a regular file"), device::toString);
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");

        Path readOnly = Files.writeString(dir.resolve("ro.json"), "keep");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Cli ro = Cli.inProcess("convert", "--to", "json", "-o", readOnly.toString(), report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, ro.exitCode(), ro::toString);
        assertTrue(ro.err().contains("read-only"), ro::toString);
        assertEquals("keep", Files.readString(readOnly));

        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        Cli toFolder = Cli.inProcess("convert", "--to", "json", "-o", folder.toString(), report().toString());
        assertEquals(XxgkCommand.OUTPUT_FAILED, toFolder.exitCode(), toFolder::toString);
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void item15AValidLongOutputNameIsWritten() throws IOException {
        Path target = dir.resolve("r".repeat(244) + ".json");
        assertEquals(249, target.getFileName().toString().length());
        Cli run = Cli.inProcess("convert", "--to", "json", "-o", target.toString(), report().toString());
        assertEquals(XxgkCommand.OK, run.exitCode(), run::toString);
        assertTrue(Files.size(target) > 0);
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void item12APartFileOfADeadProcessIsRemovedByTheNextRun() throws IOException {
        Path stale = Files.writeString(dir.resolve(".xxgk-2147483646-0123456789abcdef.part"), "x".repeat(1000));
        Path mine = Files.writeString(dir.resolve(".xxgk-" + ProcessHandle.current().pid() + "-0123456789abcdef.part"),
                "x");
        Path other = Files.writeString(dir.resolve(".someone-else.part"), "x");
        assumeTrue(ProcessHandle.of(2147483646L).isEmpty(), "no process has that id");
        Cli run = Cli.inProcess("convert", "--to", "json", "-o", dir.resolve("out.json").toString(),
                report().toString());
        assertEquals(XxgkCommand.OK, run.exitCode(), run::toString);
        assertFalse(Files.exists(stale), "the part file of a dead process is removed");
        assertTrue(Files.exists(mine), "a live process's part file is kept");
        assertTrue(Files.exists(other), "a file of another program is kept");
    }

    @Test
    void item16ANamedPipeIsReadOnce() throws Exception {
        Path fifo = dir.resolve("p.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes a named pipe");
        byte[] report = Files.readAllBytes(report());
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(report);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() -> Cli.inProcess("validate", fifo.toString()));
        // a second open would wait for a writer for ever: the bound is only against a hang
        Cli result = run.get(120, TimeUnit.SECONDS);
        feeder.get(10, TimeUnit.SECONDS);
        assertEquals(XxgkCommand.OK, result.exitCode(), result::toString);
    }
}
