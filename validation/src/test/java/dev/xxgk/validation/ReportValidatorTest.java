package dev.xxgk.validation;

import static dev.xxgk.validation.Reports.oneGranted;
import static dev.xxgk.validation.Reports.row;
import static dev.xxgk.validation.Reports.zero;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import dev.xxgk.validation.spi.LocalizedText;
import dev.xxgk.validation.spi.ReportRule;
import dev.xxgk.validation.spi.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The validator's API: its settings, its results, its arithmetic. */
class ReportValidatorTest {

    private static final List<String> CATALOGUE = List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL",
            "NON-NEGATIVE", "BLANK-CELL", "EDITION-YEAR", "APP-CARRY-XYEAR", "PD-STOCK-XYEAR", "PD-ITEMS-XYEAR");

    /** A rule a province might add: this test's only, switched on by the agency's name. */
    static class ProvinceRule implements ReportRule {
        private final String id;
        private final boolean crossYear;

        ProvinceRule(String id, boolean crossYear) {
            this.id = id;
            this.crossYear = crossYear;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public Basis basis() {
            return Basis.PRACTICE;
        }

        @Override
        public String description(Locale locale) {
            return LocalizedText.of("the agency of a test province reports its platforms", "测试省机关说明平台建设").in(locale);
        }

        @Override
        public boolean isCrossYear() {
            return crossYear;
        }

        @Override
        public void check(AnnualReport report, RuleContext context) {
            if (report.agency().startsWith("测试省") && report.overview().platforms().isEmpty()) {
                context.report(ReportField.OVERVIEW_PLATFORMS, "filled", "empty",
                        LocalizedText.of("platforms are not described", "未说明平台建设情况"));
            }
        }

        @Override
        public void checkAcrossYears(AnnualReport current, AnnualReport previous, RuleContext context) {
            context.report(dev.xxgk.template.CellPath.parse("province.extraRow.total"), "测试省自设行｜总计", "1", "2",
                    LocalizedText.of("province row differs", "自设行不一致"));
        }
    }

    @Test
    void theRulesAreTheCatalogueAndTheFurtherChecksEachOnceInOrder() {
        List<String> ids = ReportValidator.builder().discoverRules(false).build().rules().stream()
                .map(r -> r.id().value()).toList();
        assertEquals(new HashSet<>(ids).size(), ids.size(), "ids are unique");
        assertTrue(ids.containsAll(CATALOGUE), ids.toString());
        assertEquals(List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL", "NON-NEGATIVE", "BLANK-CELL",
                "EDITION-YEAR", "PD-PUBLISHED-TOTAL", "PD-ITEMS-NON-NEGATIVE", "PD-PROCUREMENT-ZERO", "PUBLISHED-EARLY",
                "PUBLISHED-LATE", "PARTS-EXCEED-TOTAL", "PD-STOCK-BOUND", "PUBLISHED-FUTURE", "TEXT-EMPTY", "FEE-STATEMENT",
                "TEXT-TABLE", "TEMPLATE-DEVIATION", "APP-CARRY-XYEAR", "PD-STOCK-XYEAR", "PD-ITEMS-XYEAR", "AGENCY-NAME-FORM",
                "TEXT-COPIED", "PARENT-SUM", "PARENT-CHILD-MISSING"), ids);
        for (String id : ids) {
            assertTrue(id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*"), id);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "APP-BALANCE, O, error, error", "APP-OUTCOMES, I, error, error", "APP-ROW-TOTAL, I, error, error",
        "LIT-TOTAL, I, error, error", "NON-NEGATIVE, I, error, error", "BLANK-CELL, O, error, warning",
        "EDITION-YEAR, practice, warning, warning", "APP-CARRY-XYEAR, X, warning, warning",
        "PD-STOCK-XYEAR, X, warning, warning", "PD-ITEMS-XYEAR, X, warning, warning",
        "PUBLISHED-LATE, practice, info, info", "PARTS-EXCEED-TOTAL, I, error, error",
        "PD-STOCK-BOUND, X, warning, warning", "PUBLISHED-FUTURE, I, error, warning", "TEXT-EMPTY, O, error, warning",
        "FEE-STATEMENT, O, warning, warning", "TEXT-TABLE, I, warning, warning", "TEMPLATE-DEVIATION, O, warning, warning", "AGENCY-NAME-FORM, practice, info, info",
        "TEXT-COPIED, X, warning, warning", "PARENT-SUM, X, warning, warning", "PARENT-CHILD-MISSING, X, warning, warning",
    })
    void basisAndDefaultSeverityPerProfileAreTheCatalogues(String id, String basis, String filing, String audit) {
        RuleInfo inFiling = info(ReportValidator.standard(Profile.FILING), id);
        RuleInfo inAudit = info(ReportValidator.standard(Profile.AUDIT), id);
        assertEquals(basis, inFiling.basis().code());
        assertEquals(filing, inFiling.defaultSeverity().code());
        assertEquals(audit, inAudit.defaultSeverity().code());
        assertEquals(inFiling.defaultSeverity(), inFiling.severity());
        assertTrue(inFiling.isEnabled() && inFiling.isBuiltIn());
        assertFalse(inFiling.description(Locale.ENGLISH).isBlank());
        assertFalse(inFiling.description(Locale.SIMPLIFIED_CHINESE).equals(inFiling.description(Locale.ENGLISH)));
    }

    private static RuleInfo info(ReportValidator validator, String id) {
        return validator.rules().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void profilesAndSeveritiesReadTheirCodes() {
        assertEquals(Profile.FILING, Profile.parse("filing"));
        assertEquals(Profile.AUDIT, Profile.parse("audit"));
        assertEquals("audit", Profile.AUDIT.code());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.parse("AUDIT"));
        assertEquals("profile must be filing or audit, was \"AUDIT\"", e.getMessage());
        for (Severity severity : Severity.values()) {
            assertEquals(severity, Severity.parse(severity.code()));
            assertEquals(severity.name().toLowerCase(Locale.ROOT), severity.code());
        }
        assertThrows(IllegalArgumentException.class, () -> Severity.parse("fatal"));
    }

    @Test
    void theStandardValidatorsAreSharedAndOfTheirProfile() {
        assertSame(ReportValidator.standard(), ReportValidator.standard(Profile.FILING));
        assertSame(ReportValidator.standard(Profile.AUDIT), ReportValidator.standard(Profile.AUDIT));
        assertEquals(Profile.AUDIT, ReportValidator.standard(Profile.AUDIT).profile());
    }

    @Test
    void aRuleSwitchedOffReportsNothingAndIsListedAsOff() {
        AnnualReport report = row(zero(Edition.EDITION_2021), "newRequests", 1, 1).build();
        assertEquals(2, ReportValidator.standard().validate(report).errorCount());
        ReportValidator off = ReportValidator.builder().disable("APP-BALANCE").build();
        assertSame(ValidationResult.empty(), off.validate(report));
        assertFalse(info(off, "APP-BALANCE").isEnabled());
        ReportValidator on = off.toBuilder().enable("APP-BALANCE").build();
        assertEquals(2, on.validate(report).errorCount());
    }

    @Test
    void severitiesCanBeChangedWhateverTheProfile() {
        AnnualReport report = oneGranted(Edition.EDITION_2019).cell("applications.granted.total", Count.blank()).build();
        ReportValidator lenient = ReportValidator.builder().profile(Profile.FILING)
                .severity("BLANK-CELL", Severity.INFO).build();
        ValidationResult result = lenient.validate(report);
        assertEquals(List.of(Severity.INFO), result.violations().stream().map(Violation::severity).toList());
        assertEquals(1, result.infoCount());
        assertTrue(result.isValid());
        RuleInfo blank = info(lenient, "BLANK-CELL");
        assertEquals(Severity.ERROR, blank.defaultSeverity());
        assertEquals(Severity.INFO, blank.severity());
        ReportValidator strict = ReportValidator.builder().profile(Profile.AUDIT).severity("EDITION-YEAR", Severity.ERROR)
                .build();
        assertFalse(strict.validate(zero(Edition.EDITION_2019, 2022).build()).isValid());
        assertEquals(Severity.ERROR, strict.toBuilder().build().rules().stream()
                .filter(r -> r.id().value().equals("EDITION-YEAR")).findFirst().orElseThrow().severity());
    }

    @Test
    void unknownRuleIdsAreRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().disable("APP-BALANS").build());
        assertTrue(e.getMessage().startsWith("unknown rule id \"APP-BALANS\"; the rules are [APP-BALANCE, "),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().severity("NOPE", Severity.INFO).build());
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder().enable("NOPE").build());
        assertThrows(NullPointerException.class, () -> ReportValidator.builder().severity("BLANK-CELL", null));
    }

    @Test
    void addedRulesRunAfterTheEnginesAndAreListed() {
        ReportValidator validator = ReportValidator.builder().discoverRules(false)
                .addRule(new ProvinceRule("TEST-PLATFORMS", false)).build();
        RuleInfo info = info(validator, "TEST-PLATFORMS");
        assertFalse(info.isBuiltIn());
        assertEquals(Severity.WARNING, info.severity());
        assertEquals("测试省机关说明平台建设", info.description(Locale.CHINESE));
        // after the engine's single-report rules (TEMPLATE-DEVIATION the last of them), before its cross-year ones
        assertEquals(List.of("TEMPLATE-DEVIATION", "TEST-PLATFORMS", "APP-CARRY-XYEAR"),
                validator.rules().stream().map(r -> r.id().value()).toList().subList(18, 21));
        assertTrue(info(validator, "TEMPLATE-DEVIATION").isBuiltIn());

        AnnualReport report = row(zero(Edition.EDITION_2021), "newRequests", 1, 1).build().withAgency("测试省某厅");
        ValidationResult result = validator.validate(report);
        assertEquals(List.of("APP-BALANCE", "APP-BALANCE", "TEST-PLATFORMS"),
                result.violations().stream().map(v -> v.ruleId().value()).toList());
        Violation added = result.violations().get(2);
        assertEquals("overview.platforms", added.path().value());
        assertEquals(ReportField.OVERVIEW_PLATFORMS.label(), added.label());
        assertEquals("未说明平台建设情况", added.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("platforms are not described", added.message(Locale.ENGLISH));
        assertSame(ValidationResult.empty(), validator.validate(zero(Edition.EDITION_2021).build()));
        ReportValidator off = validator.toBuilder().disable("TEST-PLATFORMS").build();
        assertEquals(2, off.validate(report).violations().size());
    }

    @Test
    void addedCrossYearRulesRunOnlyOnComparableReports() {
        ReportValidator validator = ReportValidator.builder().discoverRules(false)
                .addRule(new ProvinceRule("TEST-PROVINCE-XYEAR", true)).build();
        AnnualReport current = zero(Edition.EDITION_2021).build();
        ValidationResult result = validator.validate(current, current.withYear(current.year() - 1));
        assertEquals(List.of("TEST-PROVINCE-XYEAR"), result.violations().stream().map(v -> v.ruleId().value()).toList());
        assertEquals("province.extraRow.total", result.violations().get(0).path().value());
        ValidationResult apart = validator.validate(current, current.withYear(current.year() - 3));
        assertTrue(apart.violations().isEmpty());
        assertEquals(List.of("APP-CARRY-XYEAR", "PD-STOCK-XYEAR", "PD-ITEMS-XYEAR", "TEXT-COPIED", "TEST-PROVINCE-XYEAR"),
                apart.notApplied().stream().map(n -> n.ruleId().value()).toList());
        assertEquals("the earlier report is on 2020, not on 2022, the year before 2023",
                apart.notApplied().get(3).reason(Locale.ENGLISH));
        assertEquals("上年报告的年度为 2020，不是 2023 的前一年 2022", apart.notApplied().get(3).reason(Locale.CHINESE));
    }

    @Test
    void addedRulesMustHaveAFreeWellFormedId() {
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> ReportValidator.builder().addRule(new ProvinceRule("APP-BALANCE", false)).build());
        assertTrue(taken.getMessage().startsWith("rule id APP-BALANCE is taken by a rule of the engine"),
                taken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportValidator.builder()
                .addRule(new ProvinceRule("SD-X", false)).addRule(new ProvinceRule("SD-X", true)).build());
        for (String bad : new String[] {"sd-x", "SD_X", "-SD", "SD-", "", "SD X"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> ReportValidator.builder().addRule(new ProvinceRule(bad, false)).build(), bad);
        }
    }

    @Test
    void aFailingAddedRuleIsReportedAsItsOwnFailureAndTheOtherRulesStillRun() {
        ReportRule failing = new ProvinceRule("TEST-FAILING", false) {
            @Override
            public void check(AnnualReport report, RuleContext context) {
                context.report(ReportField.OVERVIEW_PLATFORMS, "x", "y", LocalizedText.of("half done", "半途"));
                throw new IllegalStateException("boom");
            }
        };
        ReportValidator validator = ReportValidator.builder().discoverRules(false).addRule(failing)
                .addRule(new ProvinceRule("TEST-PLATFORMS", false)).build();
        AnnualReport report = zero(Edition.EDITION_2019).build().withCell("applications.granted.total", 1)
                .withAgency("测试省某厅");
        ValidationResult result = validator.validate(report);
        assertEquals(1, result.failures().size(), result.toString());
        RuleFailure failure = result.failures().get(0);
        assertEquals("TEST-FAILING", failure.ruleId().value());
        assertEquals("测试省某厅", failure.agency());
        assertEquals(2020, failure.year());
        assertEquals("java.lang.IllegalStateException: boom", failure.message());
        assertEquals("rule TEST-FAILING failed on the report of 测试省某厅 on 2020: java.lang.IllegalStateException: boom",
                failure.toString());
        // the engine's rules and the other added rule still ran; what the failing rule reported before it threw is dropped
        assertTrue(result.violations().stream().anyMatch(v -> v.ruleId().value().equals("APP-ROW-TOTAL")), result::toString);
        assertTrue(result.violations().stream().anyMatch(v -> v.ruleId().value().equals("TEST-PLATFORMS")), result::toString);
        assertTrue(result.violations().stream().noneMatch(v -> v.ruleId().value().equals("TEST-FAILING")), result::toString);
        assertFalse(result.isValid());
        // a failure alone makes a result incomplete, never valid
        ValidationResult alone = ReportValidator.builder().discoverRules(false).addRule(failing).build()
                .validate(zero(Edition.EDITION_2021).build());
        assertTrue(alone.violations().isEmpty());
        assertFalse(alone.isValid());
        ValidationResult across = ReportValidator.builder().discoverRules(false)
                .addRule(new ProvinceRule("TEST-FAILING-XYEAR", true) {
                    @Override
                    public void checkAcrossYears(AnnualReport current, AnnualReport previous, RuleContext context) {
                        throw new AssertionError("no row");
                    }
                }).build().validate(zero(Edition.EDITION_2021).build(), zero(Edition.EDITION_2021).build().withYear(2022));
        assertEquals(List.of("TEST-FAILING-XYEAR"), across.failures().stream().map(f -> f.ruleId().value()).toList());
        assertEquals("java.lang.AssertionError: no row", across.failures().get(0).message());
    }

    @Test
    void sumsOfTheLargestCountsDoNotOverflow() {
        // 21 outcome rows of Integer.MAX_VALUE: the sum needs 36 bits; in int it would wrap to -21
        Edition edition = Edition.EDITION_2021;
        AnnualReport.Builder builder = zero(edition);
        Template template = Template.of(edition);
        for (Cell cell : template.relations(dev.xxgk.template.RuleId.of("APP-OUTCOMES")).get(0).left()) {
            builder.cell(cell, Count.of(Integer.MAX_VALUE));
        }
        AnnualReport report = builder.build();
        List<Violation> outcomes = ReportValidator.standard().validate(report).violations().stream()
                .filter(v -> v.ruleId().value().equals("APP-OUTCOMES")).toList();
        assertEquals(1, outcomes.size());
        assertEquals("applications.totalHandled.naturalPerson", outcomes.get(0).path().value());
        assertEquals(Long.toString(21L * Integer.MAX_VALUE), outcomes.get(0).expected());
        assertEquals("45097156587", outcomes.get(0).expected());
        assertEquals("0", outcomes.get(0).actual());
        // two large parts whose int sum would wrap to exactly the total are still caught
        AnnualReport wrapped = row(zero(edition), "granted", 0, 0)
                .cell("applications.granted.naturalPerson", Integer.MAX_VALUE)
                .cell("applications.granted.commercialEnterprise", Integer.MAX_VALUE)
                .cell("applications.granted.total", -2).build();
        assertTrue(ReportValidator.standard().validate(wrapped).violations().stream()
                .anyMatch(v -> v.ruleId().value().equals("APP-ROW-TOTAL") && v.expected().equals("4294967294")
                        && v.actual().equals("-2")));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void violationsAreValuesAndRejectMalformedPaths(Edition edition) {
        Violation v = ReportValidator.standard().validate(row(zero(edition), "newRequests", 1, 1).build())
                .violations().get(0);
        assertEquals(v, v.withSeverity(Severity.ERROR));
        assertSame(v, v.withSeverity(v.severity()));
        assertEquals(Severity.INFO, v.withSeverity(Severity.INFO).severity());
        assertFalse(v.equals(v.withSeverity(Severity.INFO)));
        assertTrue(v.toString().startsWith("error APP-BALANCE applications.carriedForward.naturalPerson: expected 1,"
                + " actual 0 (column naturalPerson: "), v.toString());
        for (String bad : new String[] {"", ".a", "a.", "a..b", " a"}) {
            assertThrows(IllegalArgumentException.class, () -> dev.xxgk.template.CellPath.parse(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> Violation.of(dev.xxgk.template.RuleId.of("X"), Severity.ERROR,
                null, "", "", "", LocalizedText.of("", "")));
        assertThrows(NullPointerException.class, () -> v.message(null));
        assertEquals(Template.of(edition).cell(v.path().value()).label(), v.label());
    }
}
