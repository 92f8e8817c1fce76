package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** What every consumer does with the SDK itself, whatever its stack: read the three forms, write, validate. */
final class Common {

    static final Path DATA = Path.of(System.getProperty("xxgk.data"));
    static final JsonFormat COMPACT = JsonFormat.builder().prettyPrint(false).build();

    private Common() {
    }

    /** The same report from its published text, its JSON and its wide CSV; written back, the same bytes. */
    static AnnualReport readTheThreeForms() throws Exception {
        ReportFormats formats = ReportFormats.installed();
        assertEquals(Set.of("json", "csv", "csv-layout", "text"),
                Set.copyOf(formats.all().stream().map(f -> f.id()).toList()));
        AnnualReport text = formats.read(DATA.resolve("2023-dongyingqu-zfb.txt")).report();
        AnnualReport json = formats.read(DATA.resolve("2023-dongyingqu-zfb.json")).report();
        AnnualReport csv = formats.read(DATA.resolve("2023-dongyingqu-zfb.csv")).report();
        assertEquals(text, json);
        assertEquals(text, csv);
        assertEquals("东营市东营区人民政府办公室", text.agency());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formats.byId("csv").writer().orElseThrow().write(text, out);
        assertEquals(java.nio.file.Files.readString(DATA.resolve("2023-dongyingqu-zfb.csv")),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(java.nio.file.Files.readString(DATA.resolve("2023-dongyingqu-zfb.json")),
                new JsonFormat().toJson(text) + "\n");
        return text;
    }

    static void validate(AnnualReport report) {
        assertTrue(ReportValidator.standard(Profile.AUDIT).validate(report).isValid());
        ValidationResult broken = ReportValidator.standard().validate(report.withCell("applications.granted.total", 99));
        assertFalse(broken.isValid());
    }

    /** A report that breaks one row total, for the Bean Validation checks. */
    static AnnualReport broken(AnnualReport report) {
        return report.withCell("applications.carriedForward.total", 7);
    }
}
