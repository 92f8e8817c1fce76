package dev.xxgk.examples.cli;

import dev.xxgk.model.Edition;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.RuleInfo;
import dev.xxgk.validation.spi.LocalizedText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xxgk rules}: the rule catalogue, as {@code xxgk validate} runs it. */
@Command(name = "rules", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Lists the rules: id, severity, editions, and what each checks.",
            "列出校验规则：编号、严重程度、适用版本及所校验的内容。"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", defaultValue = "filing", converter = ValidateCommand.ProfileConverter.class,
            description = "Show the severities of this profile: filing or audit. Default: ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--lang", defaultValue = "zh", converter = LanguageConverter.class,
            description = "Language of the descriptions: zh or en. Default: zh.")
    Locale lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean zh = LocalizedText.isChinese(lang);
        for (RuleInfo rule : ReportValidator.standard(profile).rules()) {
            String editions = rule.editions().stream().map(Edition::code).collect(Collectors.joining(","));
            out.printf("%-24s %-8s %-10s %s%s%n", rule.id(), rule.severity().code(), editions,
                    rule.isCrossYear() ? (zh ? "【跨年度】" : "[cross-year] ") : "", rule.description(lang));
        }
        out.flush();
        return XxgkCommand.OK;
    }
}
