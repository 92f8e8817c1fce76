package dev.xxgk.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.examples.Fixtures;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.serialization.json.JsonFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportCheckTest {

    private final ExportCheck service = new ExportCheck();

    private static byte[] json(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonFormat().writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }

    @Test
    void aRealReportIsPublishable() throws IOException {
        ExportCheck.Outcome outcome = service.check(
                new ByteArrayInputStream(json(Fixtures.dongyingqu2023())), "export.json");
        assertTrue(outcome.publishable(), () -> outcome.result().toString());
        assertEquals("publishable\n", printed(outcome));
    }

    @Test
    void aTotalThatDoesNotAddUpIsReportedOnItsCell() throws IOException {
        AnnualReport report = Fixtures.dongyingqu2023();
        int granted = ((Count) report.cell("applications.granted.naturalPerson")).value();
        AnnualReport broken = report.withCell("applications.granted.naturalPerson", granted + 1);
        ExportCheck.Outcome outcome = service.check(new ByteArrayInputStream(json(broken)), "export.json");
        assertFalse(outcome.publishable());
        assertNull(outcome.unreadable());
        assertTrue(outcome.result().violations().stream().map(v -> v.path().value())
                        .anyMatch("applications.granted.total"::equals),
                () -> outcome.result().violations().toString());
        String printed = printed(outcome);
        assertTrue(printed.startsWith("not publishable: "), printed);
        assertTrue(printed.contains("APP-ROW-TOTAL applications.granted.total"), printed);
    }

    @Test
    void aDocumentThatIsNotAReportSaysWhere() throws IOException {
        byte[] bad = "{\n  \"edition\": \"2021\",\n  \"agency\": 7\n}".getBytes(StandardCharsets.UTF_8);
        ExportCheck.Outcome outcome = service.check(new ByteArrayInputStream(bad), "export.json");
        assertFalse(outcome.publishable());
        assertNull(outcome.result());
        assertTrue(outcome.unreadable().startsWith("export.json:3:"), outcome.unreadable());
    }

    private static String printed(ExportCheck.Outcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportCheck.print(outcome, new PrintStream(bytes, true, StandardCharsets.UTF_8), Locale.ENGLISH);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
