package dev.xxgk.examples.cli;

import dev.xxgk.validation.spi.LocalizedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * A progress line on standard error, shown only when many files are processed and standard error
 * is a terminal: redirected to a file or a pipe, it stays clean.
 */
class Progress {

    /** Fewer files than this finish before a progress line would help. */
    static final int MANY_FILES = 20;

    private static final long INTERVAL_NANOS = 200_000_000L;

    private static final Progress NONE = new Progress();

    private final PrintWriter err;
    private final int files;
    private int filesDone;
    private long reportsDone;
    private long lastShown;
    private boolean shown;

    private final boolean outputOnTerminal;
    private final boolean zh;

    private Progress() {
        this(null, 0, false, Locale.ENGLISH);
    }

    Progress(PrintWriter err, int files, boolean outputOnTerminal, Locale lang) {
        // the line's own control sequences are written as they are; everything else is escaped
        this.err = err instanceof TerminalText.EscapingWriter escaping ? escaping.raw() : err;
        this.files = files;
        this.outputOnTerminal = outputOnTerminal;
        this.zh = LocalizedText.isChinese(lang);
    }

    /**
     * A progress line for a run over some files.
     *
     * @param err standard error
     * @param files how many files will be processed
     * @param lang the language of the line
     * @return a progress line, or one that shows nothing when there are few files or standard error is
     *     not a terminal
     */
    static Progress on(PrintWriter err, int files, Locale lang) {
        return files >= MANY_FILES && isTerminal(2) ? new Progress(err, files, isTerminal(1), lang) : NONE;
    }

    /**
     * Whether a standard stream is a terminal, read from {@code /proc/self/fd}; where that cannot be
     * told, whether there is a console at all.
     */
    static boolean isTerminal(int fd) {
        Path link = Paths.get("/proc/self/fd/" + fd);
        if (Files.exists(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    void reportDone() {
        if (err == null) {
            return;
        }
        reportsDone++;
        show(false);
    }

    void fileDone() {
        if (err == null) {
            return;
        }
        filesDone++;
        show(filesDone == files);
    }

    private void show(boolean now) {
        long time = System.nanoTime();
        if (!now && shown && time - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = time;
        shown = true;
        err.print("\r" + (zh
                ? "已处理 " + filesDone + "/" + files + " 个文件，" + reportsDone + " 份报告"
                : filesDone + "/" + files + " files, " + reportsDone + " reports") + "\u001b[K");
        err.flush();
    }

    /** Before output on standard output: removes the line when both go to the same terminal. */
    void beforeOutput() {
        if (outputOnTerminal) {
            clear();
        }
    }

    /** Removes the line, before other output on standard error and at the end. */
    void clear() {
        if (err == null || !shown) {
            return;
        }
        err.print("\r\u001b[K");
        err.flush();
        shown = false;
    }
}
