package dev.xxgk.validation.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.validation.Basis;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.spi.LocalizedText;
import dev.xxgk.validation.spi.ReportRule;
import dev.xxgk.validation.spi.RuleContext;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code TEMPLATE-DEVIATION}: the report prints a row its edition's template does not have (kept
 * as a {@link TemplateDeviation} by the reader), so the template's own rows there are blank and the
 * rules that need them cannot check them. Shipped with the engine as a rule of its own, and added
 * to every validator (it is listed among the added rules, not the catalogue's).
 */
public final class TemplateDeviationRule implements ReportRule {

    /** The rule's id. */
    public static final String ID = "TEMPLATE-DEVIATION";

    /** Creates the rule. */
    public TemplateDeviationRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public Basis basis() {
        return Basis.OFFICIAL;
    }

    @Override
    public String description(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                ? "表格按本版格式印制，没有其他版本格式的行"
                : "the tables keep to the template of the report's edition: no row of another edition";
    }

    @Override
    public void check(AnnualReport report, RuleContext context) {
        java.util.List<TemplateDeviation> deviations = report.deviations();
        for (int i = 0; i < deviations.size(); i++) { // no iterator: validating a valid report allocates nothing
            TemplateDeviation deviation = deviations.get(i);
            String figures = deviation.cells().values().stream().map(CellValue::toText)
                    .collect(Collectors.joining(" "));
            context.report(deviation.path(), deviation.label(), "the rows of edition " + report.edition().code(),
                    deviation.label() + " " + figures,
                    LocalizedText.of("the report prints the row \"" + deviation.label() + "\" of edition "
                            + deviation.edition().code() + " (" + figures + ") instead of the rows of edition "
                            + report.edition().code() + "; those rows are blank and the rules that need them are not checked",
                            "报告印有" + deviation.edition().code() + "年版格式的“" + deviation.label() + "”一行（" + figures
                                    + "），而不是" + report.edition().code() + "年版格式的各行；这些行为空，需要它们的规则未能检查"));
        }
    }
}
