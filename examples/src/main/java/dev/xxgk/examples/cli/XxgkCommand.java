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
 * one, 2 when a file cannot be read or the command line is wrong. A failure is one line on
 * standard error naming the file and what is wrong, never a stack trace.
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
            "2:a file cannot be read, or the command line is wrong / 文件无法读取或命令行有误"})
public final class XxgkCommand implements Runnable {

    /** Every file read and free of error-severity violations. */
    public static final int OK = 0;

    /** Some file has an error-severity violation. */
    public static final int INVALID = 1;

    /** A file cannot be read, or the command line is wrong. */
    public static final int UNUSABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
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
        CommandLine commandLine = new CommandLine(new XxgkCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new ParameterErrors())
                .setExecutionExceptionHandler(new ExecutionErrors());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
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
                err.println("xxgk: internal error: " + e + " (please report this at the project's issue tracker)");
            }
            err.flush();
            return UNUSABLE;
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
