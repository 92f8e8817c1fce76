package dev.xxgk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.examples.Fixtures;
import dev.xxgk.serialization.json.JsonFormat;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code xxgk.jar} run as a vendor runs it, with a rule of its own on the class path
 * ({@link ThrowingRule}, found through {@code META-INF/services}) that throws: the JSON output is
 * valid and whole, the failure is the rule's, and the exit code is 1, as for a file with an error.
 */
class RuleFailureEndToEndTest {

    private static final Path JAR = Path.of(System.getProperty("xxgk.jar", "target/xxgk.jar"));

    @TempDir
    Path dir;

    @Test
    void theJarWithAFailingVendorRuleKeepsItsJsonAndItsExitCode() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package");
        Path failing = dir.resolve("failing.json");
        Path fine = dir.resolve("fine.json");
        try (OutputStream out = Files.newOutputStream(failing)) {
            new JsonFormat().writer().orElseThrow().write(Fixtures.dongyingqu2023().withAgency(ThrowingRule.AGENCY), out);
        }
        try (OutputStream out = Files.newOutputStream(fine)) {
            new JsonFormat().writer().orElseThrow().write(Fixtures.dongyingqu2023(), out);
        }
        Path classes = Path.of(ThrowingRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(launcher.toString(), "-cp", JAR + File.pathSeparator + classes,
                XxgkCommand.class.getName(), "validate", "--format", "json", failing.toString(), fine.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(XxgkCommand.INVALID, process.waitFor(), out + err);
        assertFalse(err.contains("internal error"), err);
        JsonNode files = JsonMapper.builder().build().readTree(out).get("files");
        assertEquals(List.of(false, true), List.of(files.get(0).get("valid").asBoolean(), files.get(1).get("valid").asBoolean()));
        assertEquals("TEST-THROWS", files.get(0).get("failedRules").get(0).get("rule").asString());
        assertEquals(0, files.get(1).get("failedRules").size());
    }
}
