package dev.xxgk.examples.service;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Example: a portal vendor's service checks its own JSON export before the report is published.
 *
 * <p>The validator and the reader are stateless and thread-safe: one instance serves every
 * request. A document that is not a report at all is rejected with the place of the problem; a
 * report whose tables do not add up is returned with its violations, so the editor sees every
 * cell to fix at once.
 *
 * <pre>{@code
 * java -cp xxgk.jar dev.xxgk.examples.service.ExportCheck export.json
 * }</pre>
 */
public final class ExportCheck {

    /** What the check found: the violations, or why the export could not be read. */
    public record Outcome(ValidationResult result, String unreadable) {

        /**
         * Whether the report can be published: readable and without errors.
         *
         * @return true when it can
         */
        public boolean publishable() {
            return unreadable == null && result.isValid();
        }
    }

    // a vendor's own export: every cell must be filled, so the strict profile
    private final ReportValidator validator = ReportValidator.standard(Profile.FILING);
    private final ReportReader json = new JsonFormat().reader().orElseThrow();

    /**
     * Checks one export.
     *
     * @param export the JSON document
     * @param source a name for error messages, such as the file name or the request id
     * @return what the check found
     * @throws IOException if the stream cannot be read
     */
    public Outcome check(InputStream export, String source) throws IOException {
        Reading reading;
        try {
            reading = json.read(export, source);
        } catch (ReportFormatException e) {
            // names the JSON pointer, line and column of the problem
            return new Outcome(null, e.getMessage());
        }
        return new Outcome(validator.validate(reading.report()), null);
    }

    /**
     * Prints what a check found, one line per violation.
     *
     * @param outcome the outcome
     * @param out where to print
     * @param locale the language of the messages
     */
    public static void print(Outcome outcome, PrintStream out, Locale locale) {
        if (outcome.unreadable() != null) {
            out.println("cannot be read: " + outcome.unreadable());
            return;
        }
        List<Violation> violations = outcome.result().violations();
        out.println(outcome.publishable() ? "publishable" : "not publishable: " + outcome.result().errorCount()
                + " error(s)");
        for (Violation v : violations) {
            out.println(v.severity() + " " + v.ruleId() + " " + v.path() + " (" + v.label() + "): "
                    + v.message(locale));
        }
    }

    /**
     * Checks the JSON exports named on the command line.
     *
     * @param args file names
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        ExportCheck service = new ExportCheck();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String arg : args) {
            try (InputStream in = Files.newInputStream(Path.of(arg))) {
                out.println(arg + ":");
                print(service.check(in, arg), out, Locale.ENGLISH);
            }
        }
    }
}
