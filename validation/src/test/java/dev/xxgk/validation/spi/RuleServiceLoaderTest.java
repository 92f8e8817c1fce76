package dev.xxgk.validation.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.RealReports;
import dev.xxgk.model.Overview;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.RuleInfo;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules found through {@code ServiceLoader} on the class path, from {@code META-INF/services}.
 * Run by the class-path surefire execution only: on the module path a provider must be declared
 * with {@code provides}, which {@code ModulePathTest} proves with a module of its own.
 */
class RuleServiceLoaderTest {

    private static final AnnualReport TEST_PROVINCE = RealReports.dongyingqu2023().withAgency("测试省某某厅")
            .withOverview(Overview.of("总体情况"));

    @Test
    void theValidatorsFindTheProvidedRule() {
        assertFalse(ReportValidator.class.getModule().isNamed(), "this test runs on the class path");
        RuleInfo info = ReportValidator.standard().rules().stream().filter(r -> r.id().value().equals(ExampleProvinceRule.ID))
                .findFirst().orElseThrow();
        assertFalse(info.isBuiltIn());
        assertEquals("测试省的机关须说明政府信息公开平台建设情况", info.description(Locale.CHINESE));

        ValidationResult result = ReportValidator.standard().validate(TEST_PROVINCE);
        assertEquals(List.of(ExampleProvinceRule.ID), result.violations().stream().map(v -> v.ruleId().value()).toList());
        assertEquals("overview.platforms", result.violations().get(0).path().value());
        assertSame(ValidationResult.empty(), ReportValidator.standard().validate(RealReports.dongyingqu2023()));
        assertTrue(ReportValidator.builder().discoverRules(false).build().rules().stream()
                .noneMatch(r -> r.id().value().equals(ExampleProvinceRule.ID)));
    }

    @Test
    void beanValidationRunsTheProvidedRuleAndKeepsItsBracesAndDollars() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(TEST_PROVINCE);
            assertEquals(1, violations.size());
            ConstraintViolation<AnnualReport> violation = violations.iterator().next();
            assertEquals("overview.platforms", violation.getPropertyPath().toString());
            assertEquals(ExampleProvinceRule.ID + ": the platforms are not described {here}", violation.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
        // Chinese when the interpolator's locale is Chinese, whatever the JVM's default
        try (ValidatorFactory factory = Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
                .configure().defaultLocale(Locale.CHINESE).buildValidatorFactory()) {
            assertEquals(ExampleProvinceRule.ID + ": 未说明政府信息公开平台建设情况 ${here}",
                    factory.getValidator().validate(TEST_PROVINCE).iterator().next().getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
