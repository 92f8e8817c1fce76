package dev.xxgk.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code xxgk} command: validates, converts and explains annual reports on government
 * information disclosure without writing Java.
 *
 * <p>Exit codes: 0 when every file is free of error-severity violations, 1 when some file has
 * one, 2 when a file cannot be read (or a report cannot be written in the target format) or the
 * command line is wrong, 3 when the output cannot be written (standard output failing, an
 * {@code --output} that is not a regular file one may replace), 4 when the tool itself fails (out of
 * memory, a defect), 130 and 143 when interrupted or terminated. A failure is one line on standard
 * error naming the file and what is wrong, never a stack trace; every text from a file is printed
 * with its control characters escaped ({@link TerminalText}).
 */
@Command(name = "xxgk", mixinStandardHelpOptions = true, versionProvider = XxgkCommand.Version.class,
        subcommands = {ValidateCommand.class, ConvertCommand.class, RulesCommand.class},
        description = {
            "Validates, converts and explains annual reports on government information disclosure.",
            "校验、转换和说明政府信息公开工作年度报告。"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no file has an error / 没有文件有错误",
            "1:some file has an error-severity violation, or a rule added through the SPI failed on it"
                + " / 有文件存在错误，或扩展规则在其上运行失败",
            "2:a file cannot be read, or the command line is wrong / 文件无法读取或命令行有误",
            "3:the output cannot be written / 无法写出输出",
            "4:the tool failed (out of memory, a defect) / 工具本身出错（内存不足或缺陷）",
            "130, 143:interrupted (Ctrl-C) or terminated / 被中断或终止"})
public final class XxgkCommand implements Runnable {

    /** Every file read and free of error-severity violations. */
    public static final int OK = 0;

    /** Some file has an error-severity violation. */
    public static final int INVALID = 1;

    /** A file cannot be read, or the command line is wrong. */
    public static final int UNUSABLE = 2;

    /** The output cannot be written: standard output fails, or {@code --output} is refused or fails. */
    public static final int OUTPUT_FAILED = 3;

    /** The tool failed: out of memory, or a defect. */
    public static final int FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code;
        try {
            code = run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
        } catch (Throwable e) {
            // run() reports everything; this is the last guard against a trace (item 5)
            System.err.println("xxgk: " + describe(e));
            code = FAILED;
        }
        System.exit(code);
    }

    /**
     * Runs the tool with the given output streams, for embedding and tests.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeOut = new TerminalText.EscapingWriter(out);
        PrintWriter safeErr = new TerminalText.EscapingWriter(err);
        int code;
        try {
            CommandLine commandLine = new CommandLine(new XxgkCommand())
                    .setOut(safeOut)
                    .setErr(safeErr)
                    // the help in plain text: escape sequences of its own would be escaped
                    .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setParameterExceptionHandler(new ParameterErrors())
                    .setExecutionExceptionHandler(new ExecutionErrors());
            code = commandLine.execute(args);
        } catch (Throwable e) {
            // an Error (OutOfMemoryError, StackOverflowError) is not handed to the handler (item 5)
            safeOut.flush();
            safeErr.println("xxgk: " + describe(e));
            code = FAILED;
        }
        safeOut.flush();
        if (safeOut.checkError()) {
            // item 14: a PrintWriter keeps a failure to itself; a full disk or a closed pipe is reported
            safeErr.println("xxgk: cannot write to standard output (a full disk, or a pipe closed by the program"
                    + " reading it)");
            code = Math.max(code, OUTPUT_FAILED);
        }
        safeErr.flush();
        return code;
    }

    /** One line on what failed, for a failure that is not the input's. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: the Java heap is too small for these files; give it more, e.g."
                    + " JAVA_TOOL_OPTIONS=-Xmx2g (the SDK's limits keep one report small, see docs/limits.md)";
        }
        if (e instanceof StackOverflowError) {
            return "internal error: the stack overflowed (please report this at the project's issue tracker)";
        }
        return "internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (please report this at the project's issue tracker)";
    }

    /** Exit codes a failure of the tool maps to. */
    static int exitCode(Throwable e) {
        if (e instanceof UsageException usage) {
            return usage.exitCode();
        }
        return FAILED;
    }

    @Override
    public void run() {
        // "xxgk" alone: say what there is to do
        throw new ParameterException(spec.commandLine(), "say what to do: validate, convert or rules");
    }

    /** A wrong command line: the problem, and how to get help, in two lines. */
    private static final class ParameterErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("xxgk: " + e.getMessage());
            err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for how to use it.");
            err.flush();
            return UNUSABLE;
        }
    }

    /** A failure while running: one line, never a stack trace. */
    private static final class ExecutionErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            cmd.getOut().flush();
            if (e instanceof UsageException) {
                err.println("xxgk: " + e.getMessage());
            } else {
                // a defect of the tool, not of the input: say what it was, still without a trace
                err.println("xxgk: " + describe(e));
            }
            err.flush();
            return exitCode(e);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = XxgkCommand.class.getPackage().getImplementationVersion();
            return new String[] {"xxgk " + (version == null ? "(development build)" : version)};
        }
    }
}
