package dev.xxgk.testkit;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.RuleId;
import java.util.List;
import java.util.Objects;

/**
 * A generated report in which exactly one rule is broken, with the rule that must fire.
 *
 * @param report the report
 * @param ruleId the id of the one rule that must report a violation, such as {@code APP-BALANCE}
 * @param changedPaths the paths of the cells or fields the generator changed to break it
 */
public record BrokenReport(AnnualReport report, RuleId ruleId, List<CellPath> changedPaths) {

    /**
     * Rejects nulls and copies the list.
     *
     * @param report the report
     * @param ruleId the id of the one rule that must report a violation, such as {@code APP-BALANCE}
     * @param changedPaths the codes of the cells or fields the generator changed to break it
     */
    public BrokenReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(ruleId, "ruleId");
        changedPaths = List.copyOf(changedPaths);
    }
}
