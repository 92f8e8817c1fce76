package dev.xxgk.validation.spi;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.Basis;
import dev.xxgk.validation.Severity;
import java.util.Locale;

/**
 * A rule as a province would provide it, listed in this module's test
 * {@code META-INF/services/dev.xxgk.validation.spi.ReportRule}: the agencies of 测试省 must
 * describe their platforms. It fires on no other agency, so it disturbs no other test.
 */
public final class ExampleProvinceRule implements ReportRule {

    /** The id. */
    public static final String ID = "TEST-PROVINCE-PLATFORMS";

    /** The instance {@code ServiceLoader} creates. */
    public ExampleProvinceRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Basis basis() {
        return Basis.PRACTICE;
    }

    @Override
    public String description(Locale locale) {
        return LocalizedText.of("agencies of the test province describe their platforms",
                "测试省的机关须说明政府信息公开平台建设情况").in(locale);
    }

    @Override
    public void check(AnnualReport report, RuleContext context) {
        if (report.agency().startsWith("测试省") && report.overview().platforms().isBlank()) {
            context.report(ReportField.OVERVIEW_PLATFORMS, "filled", "empty",
                    LocalizedText.of("the platforms are not described {here}",
                            "未说明政府信息公开平台建设情况 ${here}"));
        }
    }
}
