package dev.xxgk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module path for real: a vendor's module that {@code provides} a rule is compiled, then run
 * in a new JVM with this module, core, Jakarta Validation and Hibernate Validator all as named
 * modules. It checks that {@code ServiceLoader} finds the vendor's rule through {@code uses} and
 * {@code provides}, and that Hibernate Validator finds and can create the constraint validator
 * (through {@code provides} and the {@code opens} to it).
 */
class ModulePathTest {

    private static final String MODULE_INFO = """
            module example.province {
                requires dev.xxgk.validation;
                requires jakarta.validation;
                provides dev.xxgk.validation.spi.ReportRule with example.province.PlatformsRule;
            }
            """;

    private static final String RULE = """
            package example.province;

            import dev.xxgk.model.AnnualReport;
            import dev.xxgk.template.ReportField;
            import dev.xxgk.validation.Basis;
            import dev.xxgk.validation.Severity;
            import dev.xxgk.validation.spi.LocalizedText;
            import dev.xxgk.validation.spi.ReportRule;
            import dev.xxgk.validation.spi.RuleContext;
            import java.util.Locale;

            public final class PlatformsRule implements ReportRule {
                public String id() { return "EX-PLATFORMS"; }
                public Severity defaultSeverity() { return Severity.ERROR; }
                public Basis basis() { return Basis.PRACTICE; }
                public String description(Locale locale) { return "platforms are described"; }
                public void check(AnnualReport report, RuleContext context) {
                    if (report.overview().platforms().isBlank()) {
                        context.report(ReportField.OVERVIEW_PLATFORMS, "filled", "empty",
                                LocalizedText.of("no platforms", "未说明平台"));
                    }
                }
            }
            """;

    private static final String MAIN = """
            package example.province;

            import dev.xxgk.model.AnnualReport;
            import dev.xxgk.model.Edition;
            import dev.xxgk.model.Overview;
            import dev.xxgk.validation.ReportValidator;
            import dev.xxgk.validation.RuleInfo;
            import dev.xxgk.validation.Violation;
            import dev.xxgk.model.Count;
            import dev.xxgk.model.Money;
            import dev.xxgk.template.Cell;
            import dev.xxgk.template.Template;
            import jakarta.validation.ConstraintViolation;
            import jakarta.validation.Validation;
            import jakarta.validation.ValidatorFactory;
            import java.util.Locale;
            import java.math.BigDecimal;

            public final class Main {
                public static void main(String[] args) {
                    Locale.setDefault(Locale.ENGLISH);
                    // every cell 0: a report that adds up, but for the one cell below
                    AnnualReport.Builder zero = AnnualReport.builder(Edition.EDITION_2021).agency("某县人民政府办公室").year(2023)
                            .problemsAndImprovements("公开内容还不够全面，下一步将加强培训。")
                            .otherMatters("本年度未收取信息处理费。");
                    for (Cell cell : Template.of(Edition.EDITION_2021).cells()) {
                        zero.cell(cell, cell.kind().isCount() ? Count.of(0) : Money.ofWanYuan(BigDecimal.ZERO));
                    }
                    AnnualReport report = zero.build().withOverview(Overview.of("本机关依法做好政府信息公开工作。"))
                            .withCell("applications.carriedForward.total", -1);
                    ReportValidator validator = ReportValidator.standard();
                    System.out.println("modules=" + ReportValidator.class.getModule().getName() + ","
                            + AnnualReport.class.getModule().getName() + "," + Validation.class.getModule().getName());
                    System.out.println("added=" + validator.rules().stream().filter(r -> !r.isBuiltIn())
                            .map(RuleInfo::id).toList());
                    System.out.println("engine=" + validator.validate(report).violations().stream()
                            .map(v -> v.ruleId() + "@" + v.path()).toList());
                    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                        System.out.println("provider=" + factory.getValidator().getClass().getModule().getName());
                        System.out.println("bean=" + factory.getValidator().validate(report).stream()
                                .map(v -> v.getPropertyPath() + "=" + v.getMessage().substring(0, v.getMessage().indexOf(':')))
                                .sorted().toList());
                    }
                }
            }
            """;

    @Test
    void aVendorModuleProvidesARuleAndHibernateValidatorRunsTheEngine(@TempDir Path dir) throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        Assumptions.assumeTrue(modulePath != null && ReportValidator.class.getModule().isNamed(),
                "runs only where the tests run on the module path");
        List<String> modules = new ArrayList<>(Arrays.asList(modulePath.split(File.pathSeparator)));
        // the EL implementation Hibernate Validator's message interpolation needs, an automatic module
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("expressly")).forEach(modules::add);
        Path source = dir.resolve("src/example.province");
        write(source.resolve("module-info.java"), MODULE_INFO);
        write(source.resolve("example/province/PlatformsRule.java"), RULE);
        write(source.resolve("example/province/Main.java"), MAIN);
        Path classes = dir.resolve("classes");
        String bin = Path.of(System.getProperty("java.home"), "bin").toString();
        run(List.of(Path.of(bin, "javac").toString(), "-encoding", "UTF-8", "--module-path",
                String.join(File.pathSeparator, modules), "-d", classes.toString(),
                source.resolve("module-info.java").toString(),
                source.resolve("example/province/PlatformsRule.java").toString(),
                source.resolve("example/province/Main.java").toString()));
        modules.add(0, classes.toString());
        String output = run(List.of(Path.of(bin, "java").toString(), "--module-path",
                String.join(File.pathSeparator, modules), "--add-modules", "jakarta.el,org.glassfish.expressly",
                "-m", "example.province/example.province.Main"));
        List<String> lines = output.lines().toList();
        assertEquals(List.of(
                "modules=dev.xxgk.validation,dev.xxgk.core,jakarta.validation",
                "added=[EX-PLATFORMS]",
                "engine=[APP-BALANCE@applications.carriedForward.total, APP-ROW-TOTAL@applications.carriedForward.total,"
                        + " NON-NEGATIVE@applications.carriedForward.total, EX-PLATFORMS@overview.platforms]",
                "provider=org.hibernate.validator",
                "bean=[applications.carriedForward.total=APP-BALANCE, applications.carriedForward.total=APP-ROW-TOTAL,"
                        + " applications.carriedForward.total=NON-NEGATIVE, overview.platforms=EX-PLATFORMS]"),
                lines, output);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs a command and returns what it wrote to standard output; standard error (logging) is kept apart. */
    private static String run(List<String> command) throws Exception {
        File errors = File.createTempFile("xxgk-module-path", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
            String text = new String(out, StandardCharsets.UTF_8);
            String err = Files.readString(errors.toPath(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(),
                    () -> command.stream().collect(Collectors.joining(" ")) + "\n" + text + "\n" + err);
            return text;
        } finally {
            Files.deleteIfExists(errors.toPath());
        }
    }
}
