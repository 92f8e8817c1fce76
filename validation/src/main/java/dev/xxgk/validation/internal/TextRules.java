package dev.xxgk.validation.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Overview;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.Violation;
import java.util.ArrayList;

/**
 * TEXT-EMPTY and FEE-STATEMENT: what the texts must say. Both read the texts with
 * {@code indexOf} and {@code isBlank} only, so a report that passes them costs no allocation.
 */
final class TextRules {

    private static final CellPath OVERVIEW = CellPath.of(ReportField.OVERVIEW_TEXT);
    private static final CellPath PROBLEMS = CellPath.of(ReportField.PROBLEMS_AND_IMPROVEMENTS);
    private static final CellPath OTHER = CellPath.of(ReportField.OTHER_MATTERS);

    private TextRules() {
    }

    static ArrayList<Violation> empty(AnnualReport report, Severity severity, ArrayList<Violation> out) {
        Overview o = report.overview();
        if (o.text().isBlank() && o.proactive().isBlank() && o.onRequest().isBlank()
                && o.informationManagement().isBlank() && o.platforms().isBlank() && o.oversight().isBlank()) {
            out = add(out, emptyText(OVERVIEW, ReportField.OVERVIEW_TEXT, severity));
        }
        if (report.problemsAndImprovements().isBlank()) {
            out = add(out, emptyText(PROBLEMS, ReportField.PROBLEMS_AND_IMPROVEMENTS, severity));
        }
        if (report.otherMatters().isBlank()) {
            out = add(out, emptyText(OTHER, ReportField.OTHER_MATTERS, severity));
        }
        return out;
    }

    private static ArrayList<Violation> add(ArrayList<Violation> out, Violation violation) {
        ArrayList<Violation> list = out == null ? new ArrayList<>() : out;
        list.add(violation);
        return list;
    }

    private static Violation emptyText(CellPath path, ReportField field, Severity severity) {
        return Violation.of(BuiltInRule.TEXT_EMPTY.id(), severity, path, field.label(), "filled", "empty",
                Msg.of("violation.TEXT-EMPTY", field.label()));
    }

    static Violation feeMissing(Severity severity) {
        return Violation.of(BuiltInRule.FEE_STATEMENT.id(), severity, OTHER, ReportField.OTHER_MATTERS.label(),
                "信息处理费", "not stated", Msg.of("violation.FEE-STATEMENT"));
    }

    /**
     * Whether a text of the report says whether it charged the 信息处理费 of 国办函〔2020〕109号: it
     * names 信息处理费 (or 处理费), or a sentence that speaks of charging (收取, 收费) for 政府信息公开 or
     * 申请 does. A sentence about 行政事业性收费 (table 二) or about 收费通知 and 缴纳费用 (三（六）2,
     * requests dropped for fees not paid) says nothing about the fee.
     */
    static boolean statesFee(AnnualReport report) {
        for (ReportField field : FIELDS) {
            if (statesFee(field.toText(report))) {
                return true;
            }
        }
        return false;
    }

    private static final ReportField[] FIELDS = {
        ReportField.OTHER_MATTERS, ReportField.OVERVIEW_TEXT, ReportField.OVERVIEW_ON_REQUEST,
        ReportField.PROBLEMS_AND_IMPROVEMENTS, ReportField.OVERVIEW_PROACTIVE, ReportField.OVERVIEW_INFORMATION_MANAGEMENT,
        ReportField.OVERVIEW_PLATFORMS, ReportField.OVERVIEW_OVERSIGHT,
    };

    static boolean statesFee(String text) {
        if (text.indexOf('费') < 0) {
            return false;
        }
        if (text.contains("处理费")) {
            return true;
        }
        for (int at = text.indexOf("收"); at >= 0; at = text.indexOf("收", at + 1)) {
            if (!(text.startsWith("收取", at) || text.startsWith("收费", at))) {
                continue;
            }
            int start = sentenceStart(text, at);
            int end = sentenceEnd(text, at);
            if (has(text, start, end, "行政事业性收费") || has(text, start, end, "收费通知")
                    || has(text, start, end, "缴纳费用") || has(text, start, end, "收费项目")) {
                continue;
            }
            if (has(text, start, end, "费") && (has(text, start, end, "政府信息公开") || has(text, start, end, "信息公开")
                    || has(text, start, end, "申请"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(String text, int start, int end, String word) {
        int at = text.indexOf(word, start);
        return at >= 0 && at + word.length() <= end;
    }

    private static boolean isStop(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n';
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !isStop(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isStop(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
