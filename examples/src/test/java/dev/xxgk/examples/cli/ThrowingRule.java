package dev.xxgk.examples.cli;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.Basis;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.spi.LocalizedText;
import dev.xxgk.validation.spi.ReportRule;
import dev.xxgk.validation.spi.RuleContext;
import java.util.Locale;

/**
 * A vendor's rule with a defect, found through {@code META-INF/services} on the test class path:
 * it throws on the reports of one test agency and does nothing on any other.
 */
public final class ThrowingRule implements ReportRule {

    /** The agency whose reports the rule throws on. */
    public static final String AGENCY = "测试省规则出错的机关";

    @Override
    public String id() {
        return "TEST-THROWS";
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
        return LocalizedText.of("a rule with a defect, for the tests", "测试用的有缺陷的规则").in(locale);
    }

    @Override
    public void check(AnnualReport report, RuleContext context) {
        if (report.agency().equals(AGENCY)) {
            throw new IllegalStateException("row 7 of the province table is missing");
        }
    }
}
