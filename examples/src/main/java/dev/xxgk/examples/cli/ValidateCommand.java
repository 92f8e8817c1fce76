package dev.xxgk.examples.cli;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code xxgk validate}: reads each file in its format, validates every report in it, prints the results. */
@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Validates reports: the arithmetic and cross-field rules, and the cross-year rules with --previous.",
            "校验年度报告：表内计算与勾稽关系；给出 --previous 时还校验跨年度关系。"})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats of the results. */
    enum Output {
        text, json
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "Last year's report of the same agency, for the cross-year rules. It must hold one report.")
    Path previous;

    @Option(names = "--profile", defaultValue = "filing", converter = ProfileConverter.class,
            description = "filing (a vendor's own export: blank cells are errors) or audit (a published report: "
                    + "blank cells are warnings). Default: ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--lang", defaultValue = "zh", converter = LanguageConverter.class,
            description = "Language of the messages: zh or en. Default: zh.")
    Locale lang;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "How to print the results: text for people, json for programs. Default: ${DEFAULT-VALUE}.")
    Output format;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Report files: .json, .csv (wide or layout), .txt (the published text), .html or .htm (a report page).")
    List<Path> files;

    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a profile; use filing or audit");
            }
        }
    }

    @Override
    public Integer call() {
        ReportValidator validator = ReportValidator.standard(profile);
        AnnualReport lastYear = previous == null ? null : readPrevious(previous);
        ResultPrinter printer = format == Output.json
                ? new JsonResultPrinter(spec.commandLine().getOut(), lang)
                : new TextResultPrinter(spec.commandLine().getOut(), lang);
        Progress progress = Progress.on(spec.commandLine().getErr(), files.size(), lang);
        boolean unreadable = false;
        boolean invalid = false;
        printer.begin();
        for (Path file : files) {
            try {
                // a result is printed as soon as it is known: a data set of millions is never held
                boolean[] fileInvalid = {false};
                Inputs.read(file, input -> {
                    Reading reading = input.reading();
                    ValidationResult result = lastYear == null
                            ? validator.validate(reading.report())
                            : validator.validate(reading.report(), lastYear);
                    fileInvalid[0] |= !result.isValid();
                    progress.beforeOutput();
                    printer.report(new ResultPrinter.Checked(file, input.index(), reading, result));
                    progress.reportDone();
                });
                invalid |= fileInvalid[0];
            } catch (UsageException e) {
                // one unreadable file does not stop the others; it sets the exit code
                unreadable = true;
                progress.clear();
                printer.unreadable(file, e.getMessage());
                spec.commandLine().getErr().println("xxgk: " + e.getMessage());
            }
            progress.fileDone();
        }
        progress.clear();
        printer.end();
        return unreadable ? XxgkCommand.UNUSABLE : invalid ? XxgkCommand.INVALID : XxgkCommand.OK;
    }

    private static AnnualReport readPrevious(Path file) {
        List<Reading> readings = Inputs.readAll(file);
        if (readings.size() != 1) {
            throw new UsageException(file + ": --previous must hold exactly one report; it holds " + readings.size());
        }
        return readings.get(0).report();
    }
}
