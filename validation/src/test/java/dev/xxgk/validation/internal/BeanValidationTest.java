package dev.xxgk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.constraint.ConsistentReport;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.RealReports;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.generator.ReportGenerator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Validator.validate(report)} of Hibernate Validator, which finds the validator of
 * {@link ConsistentReport} through {@code ServiceLoader}. Run on the module path and, by a second
 * surefire execution, on the class path.
 */
class BeanValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private static Locale savedLocale;

    /** A holder whose field asks for the audit profile with warnings. */
    static final class Published {
        @ConsistentReport(profile = "audit", includeWarnings = true)
        final AnnualReport report;

        Published(AnnualReport report) {
            this.report = report;
        }
    }

    /** A holder whose field names a profile that does not exist. */
    static final class Misconfigured {
        @ConsistentReport(profile = "strict")
        final AnnualReport report;

        Misconfigured(AnnualReport report) {
            this.report = report;
        }
    }

    @BeforeAll
    static void start() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
        Locale.setDefault(savedLocale);
    }

    private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    @Test
    void theValidatorIsFoundThroughServiceLoader() {
        assertEquals(0, ConsistentReport.class.getAnnotation(jakarta.validation.Constraint.class).validatedBy().length,
                "core names no validator");
        assertTrue(validator.getConstraintsForClass(AnnualReport.class).getConstraintDescriptors().stream()
                .anyMatch(d -> d.getAnnotation() instanceof ConsistentReport
                        && d.getConstraintValidatorClasses().contains(ConsistentReportValidator.class)));
        assertEquals(Set.of(), validator.validate(RealReports.dongyingqu2023()));
    }

    @Test
    void aValidReportHasNoConstraintViolation() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 50; i++) {
            assertEquals(Set.of(), validator.validate(ReportGenerator.valid(random, Edition.EDITION_2019)));
            assertEquals(Set.of(), validator.validate(ReportGenerator.valid(random, Edition.EDITION_2021)));
        }
    }

    @Test
    void aBrokenReportGivesOneViolationPerRuleViolationAtTheCellsPath() {
        // one more 予以公开 (its row still adds up): the outcomes of 自然人 and 总计 break, the balance does not;
        // and a litigation total without cases
        // section 一 without its figures, which TEXT-TABLE would compare with the changed cells
        AnnualReport valid = RealReports.dongyingqu2023().withOverview(dev.xxgk.model.Overview.of("本机关未收取信息处理费。"));
        AnnualReport report = valid.toBuilder()
                .cell("applications.granted.naturalPerson", Count.of(3))
                .cell("applications.granted.total", Count.of(3))
                .cell("reconsiderationAndLitigation.litigationDirect.total", Count.of(1))
                .build();
        Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);
        List<Violation> expected = ReportValidator.standard().validate(report).violations();
        assertEquals(3, expected.size());
        assertEquals(List.of("applications.totalHandled.naturalPerson", "applications.totalHandled.total",
                "reconsiderationAndLitigation.litigationDirect.total"), paths(violations));
        List<ConstraintViolation<AnnualReport>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (int i = 0; i < expected.size(); i++) {
            ConstraintViolation<AnnualReport> violation = sorted.get(i);
            assertEquals(expected.get(i).ruleId() + ": " + expected.get(i).message(Locale.ENGLISH), violation.getMessage());
            assertSame(report, violation.getRootBean());
            List<String> nodes = new ArrayList<>();
            for (Path.Node node : violation.getPropertyPath()) {
                nodes.add(node.getName());
            }
            assertEquals(expected.get(i).path().segments(), nodes);
        }
        assertEquals("APP-OUTCOMES: column naturalPerson: the outcome rows give granted + partiallyGranted + "
                + "withheld.stateSecret + withheld.prohibitedByLaw + withheld.securityOrStability + "
                + "withheld.thirdPartyRights + withheld.internalAffairs + withheld.processInformation + "
                + "withheld.enforcementFiles + withheld.administrativeQuery + unavailable.notHeld + "
                + "unavailable.needsCompilation + unavailable.unclearAfterCorrection + notProcessed.complaint + "
                + "notProcessed.duplicate + notProcessed.publication + notProcessed.excessive + notProcessed.confirmation"
                + " + otherHandling.noCorrection + otherHandling.unpaidFee + otherHandling.other = 3 + 5 + 2 + 0 + 0 + 0"
                + " + 0 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 1 + 0 + 7 = 19, but totalHandled = 18",
                sorted.get(0).getMessage());
    }

    @Test
    void deepRowsGiveDeepPaths() {
        AnnualReport report = RealReports.dongyingqu2023()
                .withCell("applications.withheld.stateSecret.total", Count.blank());
        Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);
        assertEquals(List.of("applications.withheld.stateSecret.total"), paths(violations));
        ConstraintViolation<AnnualReport> violation = violations.iterator().next();
        List<String> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> nodes.add(node.getName()));
        assertEquals(List.of("applications", "withheld", "stateSecret", "total"), nodes);
        assertEquals("BLANK-CELL: applications.withheld.stateSecret.total is blank; a blank is not counted as 0, so no"
                + " sum that includes it was checked", violation.getMessage());
    }

    @Test
    void theAnnotationsProfileAndWarningsAreHonoured() {
        AnnualReport report = RealReports.dongyingXzsp2020().withYear(2021);
        // filing: five blank 行政复议 cells are errors; EDITION-YEAR is a warning and not reported
        assertEquals(List.of("reconsiderationAndLitigation.reconsideration.corrected",
                "reconsiderationAndLitigation.reconsideration.other",
                "reconsiderationAndLitigation.reconsideration.pending",
                "reconsiderationAndLitigation.reconsideration.total",
                "reconsiderationAndLitigation.reconsideration.upheld"), paths(validator.validate(report)));
        // audit with warnings, on a field: the blanks and the edition are warnings, under the field's path
        assertEquals(List.of("report.edition", "report.reconsiderationAndLitigation.reconsideration.corrected",
                "report.reconsiderationAndLitigation.reconsideration.other",
                "report.reconsiderationAndLitigation.reconsideration.pending",
                "report.reconsiderationAndLitigation.reconsideration.total",
                "report.reconsiderationAndLitigation.reconsideration.upheld"),
                paths(validator.validate(new Published(report))));
    }

    @Test
    void anUnknownProfileIsAConfigurationError() {
        jakarta.validation.ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                jakarta.validation.ValidationException.class,
                () -> validator.validate(new Misconfigured(RealReports.zhaoyuan2019())));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertEquals("profile must be filing or audit, was \"strict\"", cause.getMessage());
    }

    @Test
    void messagesAreInTheDefaultLocale() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            AnnualReport report = RealReports.zhaoyuan2019().withCell("applications.carriedForward.total", 1);
            List<String> messages = validator.validate(report).stream().map(ConstraintViolation::getMessage).sorted()
                    .toList();
            assertTrue(messages.contains("APP-ROW-TOTAL: 四 行：自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"
                    + " = 0 + 0 + 0 + 0 + 0 + 0 = 0，但 总计 = 1"), messages.toString());
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    @Test
    void resolvedMessagesAreEscapedForInterpolation() {
        assertEquals("a \\{b\\} \\$\\{c\\} d\\\\e", ConsistentReportValidator.escape("a {b} ${c} d\\e"));
        assertEquals("一 + 二 = 18", ConsistentReportValidator.escape("一 + 二 = 18"));
    }
}
