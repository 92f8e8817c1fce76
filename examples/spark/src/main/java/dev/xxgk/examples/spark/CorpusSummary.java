package dev.xxgk.examples.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the job found, as printed at its end.
 *
 * @param files files read or refused
 * @param reports reports read (a wide CSV gives one per row)
 * @param refused files, or reports in a file, not read or not checked
 * @param refusedById refusals by why ({@code unknown-format}, {@code format-error}, …)
 * @param refusedExamples the first refusals, each as {@code file: why}, in file order
 * @param reportsWithErrors reports with at least one error-severity violation
 * @param reportsWithWarnings reports with at least one warning
 * @param pairs cross-year pairs checked (a report and the same agency's of the year before)
 * @param notApplied cross-year rules that could not apply to a pair
 * @param notes reading notes
 * @param byRule violations by rule, most frequent first
 */
public record CorpusSummary(long files, long reports, long refused, Map<String, Long> refusedById,
        List<String> refusedExamples, long reportsWithErrors, long reportsWithWarnings, long pairs, long notApplied,
        long notes, List<RuleCount> byRule) {

    /** Copies the collections. */
    public CorpusSummary {
        refusedById = Map.copyOf(refusedById);
        refusedExamples = List.copyOf(refusedExamples);
        byRule = List.copyOf(byRule);
    }

    /**
     * The violations of one rule at one severity.
     *
     * @param rule the rule id
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param violations how many violations
     * @param reports in how many reports
     */
    public record RuleCount(String rule, String severity, long violations, long reports) {

        /** Rejects nulls. */
        public RuleCount {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(severity, "severity");
        }
    }

    /**
     * The summary as printed, in Chinese and English.
     *
     * @return the text, one fact per line
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "文件 files", files);
        line(text, "读入报告 reports read", reports);
        text.append(String.format(Locale.ROOT, "%-34s %d%n", "未读入 refused", refused));
        refusedById.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> text.append(String.format(Locale.ROOT, "    %-30s %d%n", e.getKey(), e.getValue())));
        for (String example : refusedExamples) {
            text.append("      ").append(example).append('\n');
        }
        if (refusedExamples.size() < refused) {
            text.append("      … (").append(refused - refusedExamples.size())
                    .append(" more in findings/, kind = refused)\n");
        }
        line(text, "有错误的报告 reports with errors", reportsWithErrors);
        line(text, "有警告的报告 reports with warnings", reportsWithWarnings);
        line(text, "跨年度核对 cross-year pairs", pairs);
        line(text, "跨年度未核对 cross-year not applied", notApplied);
        line(text, "读取说明 reading notes", notes);
        text.append("按规则 by rule (violations, reports):\n");
        for (RuleCount rule : byRule) {
            text.append(String.format(Locale.ROOT, "    %-24s %-8s %8d %8d%n", rule.rule(), rule.severity(),
                    rule.violations(), rule.reports()));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, long value) {
        text.append(String.format(Locale.ROOT, "%-34s %d%n", label, value));
    }
}
