package dev.xxgk.examples.cli;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.RuleFailure;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.spi.LocalizedText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The results of {@code xxgk validate} for people: a block per report, and a summary line. */
final class TextResultPrinter implements ResultPrinter {

    private final PrintWriter out;
    private final Locale lang;
    private final boolean zh;
    private int reports;
    private int invalid;
    private int unreadable;

    TextResultPrinter(PrintWriter out, Locale lang) {
        this.out = out;
        this.lang = lang;
        this.zh = LocalizedText.isChinese(lang);
    }

    @Override
    public void begin() {
        // nothing before the first report
    }

    @Override
    public void report(Checked checked) {
        AnnualReport report = checked.reading().report();
        ValidationResult result = checked.result();
        reports++;
        if (!result.isValid()) {
            invalid++;
        }
        out.println("== " + checked.source());
        String edition = report.edition().code();
        String source = report.edition().source();
        String published = report.publishedOn() == null ? "" : (zh ? "｜发布于 " : " | published ") + report.publishedOn();
        out.println(zh
                ? "   " + edition + " 版（" + source + "）｜" + report.agency() + "｜" + report.year() + " 年度" + published
                : "   edition " + edition + " (" + source + ") | " + report.agency() + " | year " + report.year()
                        + published);
        out.println("   " + summary(result));
        for (Violation violation : result.violations()) {
            out.println("   [" + severity(violation.severity()) + "] " + violation.ruleId() + "  " + violation.path()
                    + "  " + violation.label());
            out.println("       " + (zh
                    ? "应为 " + chinese(violation.expected()) + "，实为 " + chinese(violation.actual())
                    : "expected " + violation.expected() + ", actual " + violation.actual()));
            out.println("       " + violation.message(lang));
        }
        for (RuleFailure failure : result.failures()) {
            out.println("   [" + (zh ? "规则失败" : "rule failed") + "] " + failure.ruleId() + ": "
                    + failure.cause().getClass().getName() + " (" + failure.cause().getMessage() + ")"
                    + (zh ? "（该规则自身出错，不是报告的问题；其他规则照常运行）"
                            : " (the rule's own failure, not the report's; the other rules ran)"));
        }
        for (NotApplied notApplied : result.notApplied()) {
            out.println("   " + (zh ? "未适用 " : "not applied ") + notApplied.ruleId() + ": "
                    + notApplied.reason(lang));
        }
        if (!checked.reading().notes().isEmpty()) {
            out.println("   " + (zh ? "读取说明：" : "reading notes:"));
            for (ReadingNote note : checked.reading().notes()) {
                // the note names its own line
                out.println("     " + note.message(lang));
            }
        }
        out.flush();
    }

    /** The engine's words for what a cell or text holds, in Chinese; anything else as it is. */
    private static String chinese(String value) {
        return switch (value) {
            case "filled" -> "已填写";
            case "blank" -> "空白";
            case "empty" -> "空";
            case "not stated" -> "未说明";
            case "missing" -> "缺少";
            default -> value;
        };
    }

    private String summary(ValidationResult result) {
        String verdict = result.isValid() ? (zh ? "无错误" : "no error") : (zh ? "有错误" : "has errors");
        return zh
                ? verdict + "（错误 " + result.errorCount() + "，警告 " + result.warningCount() + "，提示 "
                        + result.infoCount() + "）"
                : verdict + " (" + count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning")
                        + ", " + result.infoCount() + " info)";
    }

    private String severity(Severity severity) {
        if (!zh) {
            return severity.code();
        }
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public void unreadable(Path file, String message) {
        unreadable++;
        out.println("== " + file);
        out.println("   " + (zh ? "无法读取：" : "cannot be read: ") + message);
        out.flush();
    }

    @Override
    public void end() {
        if (reports + unreadable > 1) {
            out.println(zh
                    ? "共 " + reports + " 份报告，" + invalid + " 份有错误；" + unreadable + " 个文件无法读取"
                    : reports + " report" + (reports == 1 ? "" : "s") + ", " + invalid + " with errors; "
                            + unreadable + " file" + (unreadable == 1 ? "" : "s") + " unreadable");
        }
        out.flush();
    }
}
