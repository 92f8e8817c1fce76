package dev.xxgk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.template.RuleId;
import dev.xxgk.model.Applications;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.published.PublishedTextFormat;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Java snippets of README.md, as written there, so that they stay true. */
class ReadmeTest {

    @Test
    void buildAReport() {
        AnnualReport report = AnnualReport.builder(Edition.EDITION_2021)
                .agency("东营市东营区人民政府办公室")
                .year(2023)
                .applications(Applications.builder(Edition.EDITION_2021)
                        .newRequests(18, 0, 0, 0, 0, 0, 18)
                        .build())
                .build();
        assertEquals(Count.of(18), report.applications().newRequests().total());
        assertEquals(Count.of(18), report.cell("applications.newRequests.total"));
        assertEquals(Count.of(4), report.withCell("applications.granted.total", 4).cell("applications.granted.total"));
        assertTrue(Count.blank().isBlank());
        assertFalse(Count.blank().equals(Count.of(0)));
    }

    @Test
    void buildAReportGivingTheEditionOnce() {
        AnnualReport report = AnnualReport.builder(Edition.EDITION_2021)
                .agency("东营市东营区人民政府办公室")
                .year(2023)
                .applications(rows -> rows.newRequests(dev.xxgk.model.ApplicantCounts.builder().naturalPerson(18).total(18)
                        .build()))
                .build();
        assertEquals("AnnualReport[2021, 东营市东营区人民政府办公室, 2023, 2 of 200 cells filled]", report.toString());
        Count count = report.cell("applications.newRequests.total") instanceof Count c ? c : Count.blank();
        assertEquals(count, Count.parse(count.toText()));
        assertEquals(Count.blank(), Count.parse(Count.blank().toText()));
    }

    @Test
    void validate() {
        AnnualReport report = PublishedReports.dongyingqu2023().withCell("applications.granted.total", 4);
        ReportValidator validator = ReportValidator.standard(Profile.AUDIT);
        ValidationResult result = validator.validate(report);
        assertFalse(result.isValid());
        for (Violation v : result.violations()) {
            assertFalse(v.ruleId().value().isEmpty());
            assertFalse(v.message(Locale.SIMPLIFIED_CHINESE).isEmpty());
        }
        ReportValidator custom = ReportValidator.builder()
                .profile(Profile.FILING).disable("PUBLISHED-LATE").severity("APP-CARRY-XYEAR", Severity.ERROR)
                .build();
        assertTrue(custom.rules().stream().anyMatch(r -> r.id().equals(RuleId.of("APP-CARRY-XYEAR"))
                && r.severity() == Severity.ERROR));
        assertTrue(custom.rules().stream().anyMatch(r -> r.id().equals(RuleId.of("PUBLISHED-LATE")) && !r.isEnabled()));
    }

    @Test
    void readAndWrite() {
        String text = PublishedReports.text(PublishedReports.DONGYINGQU_2023);
        Reading reading = new PublishedTextFormat().read(text, "2023-dongyingqu-zfb.txt");
        assertEquals(2023, reading.report().year());
        assertFalse(reading.notes().isEmpty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonFormat().writer().orElseThrow().write(reading.report(), out);
        assertTrue(out.size() > 0);
    }
}
