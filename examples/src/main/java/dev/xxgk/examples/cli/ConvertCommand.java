package dev.xxgk.examples.cli;

import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.spi.ReportWriter;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code xxgk convert}: from any readable format to any installed format that writes. */
@Command(name = "convert", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Converts reports between formats. Several files converted to wide CSV make one data set.",
            "把年度报告在格式之间转换；多个文件转为宽表 CSV 时合成一个数据集。"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = WritableFormat.class,
            description = "Target format: json, csv (wide, one row per report), csv-layout (the official tables) or "
                    + "text (the published layout); any installed format that writes.")
    ReportFormat to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write: a file, or a directory when several files are converted to json or "
                    + "csv-layout. Standard output when left out.")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", converter = LanguageConverter.class,
            description = "Language of the reading notes printed on standard error: zh or en (default zh).")
    Locale lang;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files: .json, .csv, .txt (published text), .html or .htm (a report page).")
    List<Path> files;

    /** A format of the registry that writes, by its id. */
    static final class WritableFormat implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            List<ReportFormat> writable = ReportFormats.installed().all().stream()
                    .filter(format -> format.writer().isPresent()).toList();
            return writable.stream().filter(format -> format.id().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a format that can be written;"
                            + " use " + writable.stream().map(ReportFormat::id).collect(Collectors.joining(", "))));
        }
    }

    @Override
    public Integer call() {
        ReportWriter writer = to.writer().orElseThrow();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.on(err, files.size(), lang);
        if (to.holdsMany()) {
            // one data set: all files or none, so that a failure never leaves a data set that looks whole
            writeWhole(output, out -> {
                try (ReportSink sink = writer.open(out)) {
                    for (Path file : files) {
                        Inputs.read(file, input -> {
                            progress.beforeOutput();
                            printNotes(err, progress, file, input.reading().notes());
                            writing(file, output, () -> sink.write(input.reading().report()));
                            progress.reportDone();
                        });
                        progress.fileDone();
                    }
                }
            });
            progress.clear();
            return XxgkCommand.OK;
        }
        boolean toDirectory = files.size() > 1;
        if (toDirectory && (output == null || !Files.isDirectory(output))) {
            throw new UsageException("converting " + files.size() + " files to " + to.id()
                    + " writes one file each: give --output an existing directory");
        }
        for (Path file : files) {
            Inputs.read(file, input -> {
                printNotes(err, progress, file, input.reading().notes());
                Path target = toDirectory ? output.resolve(baseName(file, input.index()) + "." + extension()) : output;
                progress.beforeOutput();
                writeWhole(target, out -> writing(file, target, () -> writer.write(input.reading().report(), out)));
                progress.reportDone();
            });
            progress.fileDone();
        }
        progress.clear();
        return XxgkCommand.OK;
    }

    /** Writes to an output stream, and may fail. */
    @FunctionalInterface
    private interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a report, telling a write failure from a read failure (item 17): the target cannot be
     * written (exit code 3), or the report cannot be written in the target format (exit code 2).
     */
    private void writing(Path file, Path target, Runnable write) {
        try {
            write.run();
        } catch (UncheckedIOException e) {
            throw UsageException.output(outputName(target) + ": cannot write: " + Inputs.why(e.getCause()), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": cannot be written as " + to.id() + ": " + e.getMessage(), e);
        }
    }

    private static String outputName(Path target) {
        return target == null ? "standard output" : target.toString();
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside it, moved into place when
     * everything is written. Standard output when the target is null.
     *
     * <p>Only a regular file that may be written is replaced (item 13): a folder, a device, a named
     * pipe, a symbolic link or a read-only file is refused. The temporary file has a short name of
     * its own, {@code .xxgk-<pid>-<random>.part} (item 15: a long target name stays valid), is
     * removed when the tool is interrupted or terminated, and one left by a process that was killed
     * is removed by the next run writing into the same folder (item 12).
     */
    private static void writeWhole(Path target, Writing writing) {
        if (target == null) {
            // not closed: standard output stays open; the SDK's writers never close their stream
            PrintStream stdout = System.out;
            BufferedOutputStream out = new BufferedOutputStream(stdout, 1 << 16);
            try {
                writing.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw UsageException.output("cannot write to standard output: " + Inputs.why(e), e);
            }
            if (stdout.checkError()) {
                // item 14: a PrintStream keeps a failure to itself
                throw UsageException.output("cannot write to standard output (a full disk, or a pipe closed by the"
                        + " program reading it)", null);
            }
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        checkTarget(target, absolute, folder);
        PartFiles.removeStale(folder);
        Path partial = PartFiles.create(folder);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                writing.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw UsageException.output(target + ": cannot write: " + Inputs.why(e), e);
        } finally {
            PartFiles.remove(partial);
        }
    }

    /** Whether the owner may not write a file: root may, but the file says it is not to be changed. */
    private static boolean isReadOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static void checkTarget(Path target, Path absolute, Path folder) {
        if (Files.isSymbolicLink(absolute)) {
            throw UsageException.output(target + ": is a symbolic link; xxgk replaces only a regular file: remove the"
                    + " link or name another file", null);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw UsageException.output(target + ": is not a regular file (a folder, a device or a named pipe);"
                        + " xxgk replaces only a regular file: leave out --output to write to standard output", null);
            }
            if (!Files.isWritable(absolute) || isReadOnly(absolute)) {
                throw UsageException.output(target + ": is read-only; xxgk does not replace it", null);
            }
        }
        if (!Files.exists(folder)) {
            throw UsageException.output(target + ": cannot write: the folder " + folder + " does not exist", null);
        }
        if (!Files.isDirectory(folder)) {
            throw UsageException.output(target + ": cannot write: " + folder + " is not a folder", null);
        }
    }

    private String extension() {
        return to.fileExtensions().get(0);
    }

    private static String baseName(Path file, int index) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return index > 0 ? base + "-" + index : base;
    }

    private void printNotes(PrintWriter err, Progress progress, Path file, List<ReadingNote> notes) {
        if (!notes.isEmpty()) {
            progress.clear();
        }
        for (ReadingNote note : notes) {
            String where = note.line() > 0 ? ":" + note.line()
                    : note.location().describe(lang).isEmpty() ? "" : " (" + note.location().describe(lang) + ")";
            err.println(file + where + ": " + note.message(lang) + " [" + note.id() + "]");
        }
        err.flush();
    }
}
