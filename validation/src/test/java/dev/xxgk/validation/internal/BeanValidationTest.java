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
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
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

    /** A holder whose field asks for the audit profile with warnings, and does not cascade. */
    static final class Published {
        @ConsistentReport(profile = ConsistentReport.Profile.AUDIT, includeWarnings = true)
        final AnnualReport report;

        Published(AnnualReport report) {
            this.report = report;
        }
    }

    /** A holder that cascades: the report's own class-level check, filing. */
    record Filed(@Valid AnnualReport report) {
    }

    /** A holder that cascades in the audit group: the class-level audit check instead of filing. */
    record Audited(@Valid @ConvertGroup(to = ConsistentReport.Audit.class) AnnualReport report) {
    }

    /** What a user writes for a published report: the audit check on the field, alone. */
    record Upload(@ConsistentReport(profile = ConsistentReport.Profile.AUDIT) AnnualReport report) {
    }

    /** The same with {@code @Valid}: Jakarta Validation cascades into the report's own checks as well. */
    record UploadCascaded(@Valid @ConsistentReport(profile = ConsistentReport.Profile.AUDIT) AnnualReport report) {
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
                .allMatch(d -> d.getAnnotation() instanceof ConsistentReport
                        && d.getConstraintValidatorClasses().contains(ConsistentReportValidator.class)));
        assertEquals(2, validator.getConstraintsForClass(AnnualReport.class).getConstraintDescriptors().size());
        assertEquals(Set.of(), validator.validate(RealReports.dongyingqu2023()));
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

    private static final List<String> BLANK_RECONSIDERATION = List.of(
            "reconsiderationAndLitigation.reconsideration.corrected",
            "reconsiderationAndLitigation.reconsideration.other",
            "reconsiderationAndLitigation.reconsideration.pending",
            "reconsiderationAndLitigation.reconsideration.total",
            "reconsiderationAndLitigation.reconsideration.upheld");

    private static List<String> under(String prefix, List<String> paths) {
        return paths.stream().map(path -> prefix + path).toList();
    }

    @Test
    void theAnnotationsProfileAndWarningsAreHonoured() {
        AnnualReport report = RealReports.dongyingXzsp2020().withYear(2021);
        // filing: five blank 行政复议 cells are errors; EDITION-YEAR is a warning and not reported
        assertEquals(BLANK_RECONSIDERATION, paths(validator.validate(report)));
        // audit with warnings, on a field that does not cascade: the blanks and the edition are
        // warnings, under the field's path, and the class-level filing check does not run
        List<String> audited = new ArrayList<>(under("report.", BLANK_RECONSIDERATION));
        audited.add(0, "report.edition");
        assertEquals(audited, paths(validator.validate(new Published(report))));
    }

    @Test
    void theAuditGroupReplacesTheFilingCheck() {
        AnnualReport blanks = RealReports.dongyingXzsp2020();
        // @Valid alone: the filing check, blank cells are errors
        assertEquals(under("report.", BLANK_RECONSIDERATION), paths(validator.validate(new Filed(blanks))));
        // @Valid converted to the audit group: blank cells are warnings, and the filing check does not run
        assertEquals(List.of(), paths(validator.validate(new Audited(blanks))));
        assertEquals(List.of(), paths(validator.validate(blanks, ConsistentReport.Audit.class)));
        // the audit check is a check: an error is still reported
        AnnualReport broken = blanks.withCell("applications.granted.total", 99);
        List<String> auditErrors = paths(validator.validate(broken, ConsistentReport.Audit.class));
        assertTrue(!auditErrors.isEmpty() && auditErrors.stream().noneMatch(p -> p.startsWith("reconsideration")),
                auditErrors.toString());
        assertEquals(under("report.", auditErrors), paths(validator.validate(new Audited(broken))));
        // the report carries one check per group, each with its profile
        List<ConsistentReport> declared = validator.getConstraintsForClass(AnnualReport.class).getConstraintDescriptors()
                .stream().map(d -> (ConsistentReport) d.getAnnotation())
                .sorted(Comparator.comparing(ConsistentReport::profile)).toList();
        assertEquals(List.of(ConsistentReport.Profile.FILING, ConsistentReport.Profile.AUDIT),
                declared.stream().map(ConsistentReport::profile).toList());
        assertEquals(List.of(List.of(), List.of(ConsistentReport.Audit.class)),
                declared.stream().map(a -> List.of(a.groups())).toList());
    }

    private static final AnnualReport ROW_TOTAL_BROKEN =
            RealReports.zhaoyuan2019().withCell("applications.carriedForward.total", 1);

    // the engine's own messages, in each language: what the constraint violations must say
    private static final List<String> ROW_TOTAL_ZH = engineMessages(Locale.SIMPLIFIED_CHINESE);
    private static final List<String> ROW_TOTAL_EN = engineMessages(Locale.ENGLISH);

    private static List<String> engineMessages(Locale locale) {
        return ReportValidator.standard().validate(ROW_TOTAL_BROKEN).violations().stream()
                .map(v -> v.ruleId() + ": " + v.message(locale)).sorted().toList();
    }

    @Test
    void theTwoLanguagesDiffer() {
        assertEquals(2, ROW_TOTAL_ZH.size());
        assertTrue(ROW_TOTAL_ZH.contains("APP-ROW-TOTAL: 四 行：自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"
                + " = 0 + 0 + 0 + 0 + 0 + 0 = 0，但 总计 = 1"), ROW_TOTAL_ZH.toString());
        assertTrue(ROW_TOTAL_EN.contains("APP-ROW-TOTAL: row carriedForward: naturalPerson + commercialEnterprise"
                + " + researchInstitution + publicInterestOrganization + legalServiceAgency + otherOrganization"
                + " = 0 + 0 + 0 + 0 + 0 + 0 = 0, but total = 1"), ROW_TOTAL_EN.toString());
    }

    private static List<String> messages(Validator validator, Object bean) {
        return validator.validate(bean).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void messagesAreInTheInterpolatorsDefaultLocale() {
        // the JVM's default is English (see start()); Hibernate Validator's default locale decides
        try (ValidatorFactory chinese = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.SIMPLIFIED_CHINESE).buildValidatorFactory()) {
            assertEquals(ROW_TOTAL_ZH, messages(chinese.getValidator(), ROW_TOTAL_BROKEN));
        }
        assertEquals(ROW_TOTAL_EN, messages(validator, ROW_TOTAL_BROKEN));
    }

    @Test
    void messagesAreInTheLocaleTheResolverGives() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            List<Locale> asked = new ArrayList<>();
            Locale[] answer = {Locale.ENGLISH};
            try (ValidatorFactory resolved = Validation.byProvider(HibernateValidator.class).configure()
                    .locales(Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE))
                    .localeResolver(context -> {
                        asked.add(context.getDefaultLocale());
                        return answer[0];
                    })
                    .buildValidatorFactory()) {
                // English although the JVM's default and the interpolator's default are Chinese
                assertEquals(ROW_TOTAL_EN, messages(resolved.getValidator(), ROW_TOTAL_BROKEN));
                answer[0] = Locale.SIMPLIFIED_CHINESE;
                assertEquals(ROW_TOTAL_ZH, messages(resolved.getValidator(), ROW_TOTAL_BROKEN));
                assertTrue(asked.size() >= 2, asked.toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theSdksViolationIsTheDynamicPayload() {
        AnnualReport report = RealReports.dongyingqu2023()
                .withCell("applications.withheld.stateSecret.total", Count.blank());
        Violation expected = ReportValidator.standard().validate(report).violations().get(0);
        ConstraintViolation<AnnualReport> violation = validator.validate(report).iterator().next();
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Violation payload = hibernate.getDynamicPayload(Violation.class);
        assertEquals(expected, payload);
        assertEquals("BLANK-CELL", payload.ruleId().toString());
        assertEquals("blank", payload.actual());
        assertEquals(payload.path().toString(), violation.getPropertyPath().toString());
    }

    @Test
    void anotherProviderGetsTheDefaultLocaleAndNoParameters() {
        // a context that is not Hibernate Validator's: the message is resolved here and escaped
        List<String> templates = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        ConstraintValidatorContext plain = PlainContext.recording(templates, nodes);
        ConsistentReportValidator check = new ConsistentReportValidator();
        check.initialize(AnnualReport.class.getAnnotationsByType(ConsistentReport.class)[0]);
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertTrue(!check.isValid(ROW_TOTAL_BROKEN, plain));
        } finally {
            Locale.setDefault(saved);
        }
        // resolved in the JVM's default locale, and escaped (these messages have nothing to escape)
        assertEquals(ROW_TOTAL_ZH, templates.stream().sorted().toList());
        assertEquals(List.of("applications", "carriedForward", "total"), nodes);
        assertTrue(check.isValid(RealReports.zhaoyuan2019(), plain));
        assertEquals(2, templates.size(), "a valid report builds no violation");
    }

    @Test
    void resolvedMessagesAreEscapedForInterpolation() {
        assertEquals("a \\{b\\} \\$\\{c\\} d\\\\e", ConsistentReportValidator.escape("a {b} ${c} d\\e"));
        assertEquals("一 + 二 = 18", ConsistentReportValidator.escape("一 + 二 = 18"));
    }

    @Test
    void theAuditFieldCheckAloneReplacesTheFilingCheck() {
        // blank 行政复议 cells (errors in filing, warnings in audit) and one broken total (an error in both)
        AnnualReport report = RealReports.dongyingXzsp2020().withCell("applications.granted.total", 99);
        List<String> filing = paths(validator.validate(report));
        List<String> audit = paths(validator.validate(report, ConsistentReport.Audit.class));
        assertTrue(filing.containsAll(BLANK_RECONSIDERATION) && !audit.isEmpty()
                && audit.stream().noneMatch(BLANK_RECONSIDERATION::contains), filing + " " + audit);
        // the field: the audit result, each violation once, and the class-level filing check does not run
        List<String> upload = paths(validator.validate(new Upload(report)));
        assertEquals(under("report.", audit), upload);
        assertEquals(upload.size(), Set.copyOf(upload).size(), "no violation twice: " + upload);
        // @Valid alone: the class-level filing check only, each violation once
        List<String> filed = paths(validator.validate(new Filed(report)));
        assertEquals(under("report.", filing), filed);
        assertEquals(filed.size(), Set.copyOf(filed).size(), "no violation twice: " + filed);
        // @Valid with the field check: the specification cascades into every constraint of the report's
        // default group, so the filing check runs too, and the errors of both come twice. A constraint
        // cannot stop another: write the field check without @Valid (the report has no other
        // constraint to cascade into), or @Valid @ConvertGroup(to = ConsistentReport.Audit.class)
        List<String> both = new ArrayList<>(upload);
        both.addAll(filed);
        Collections.sort(both);
        assertEquals(both, paths(validator.validate(new UploadCascaded(report))));
    }
}
