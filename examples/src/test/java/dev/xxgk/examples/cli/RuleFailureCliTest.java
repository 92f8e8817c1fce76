package dev.xxgk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.json.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A rule added through the SPI that throws ({@link ThrowingRule}, on the test class path) is
 * reported as that rule's failure: the run goes on with the other rules and files, the JSON stays
 * valid, the exit codes keep their meaning, and nothing blames the SDK.
 */
class RuleFailureCliTest {

    @TempDir
    Path dir;

    private Path json(String name, AnnualReport report) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new JsonFormat().writer().orElseThrow().write(report, out);
        }
        return file;
    }

    @Test
    void aThrowingRuleIsItsOwnFailureInJson() throws IOException {
        Path failing = json("failing.json", PublishedReports.dongyingqu2023().withAgency(ThrowingRule.AGENCY));
        Path fine = json("fine.json", PublishedReports.dongyingqu2023()
                .withCell("applications.granted.total", 3));
        Cli run = Cli.inProcess("validate", "--format", "json", "--lang", "en", failing.toString(), fine.toString());
        assertEquals(XxgkCommand.INVALID, run.exitCode(), run::toString);
        assertFalse(run.err().contains("internal error"), run::toString);
        JsonNode files = run.json().get("files");
        assertEquals(2, files.size());
        JsonNode first = files.get(0);
        assertFalse(first.get("valid").asBoolean());
        assertEquals(1, first.get("failedRules").size());
        assertEquals("TEST-THROWS", first.get("failedRules").get(0).get("rule").asString());
        assertEquals("java.lang.IllegalStateException", first.get("failedRules").get(0).get("exception").asString());
        assertEquals("row 7 of the province table is missing", first.get("failedRules").get(0).get("message").asString());
        // the engine's rules still ran on the file the rule failed on, and on the next file
        assertTrue(first.get("violations").size() > 0, run::toString);
        JsonNode second = files.get(1);
        assertEquals(0, second.get("failedRules").size());
        boolean outcomes = false;
        for (JsonNode v : second.get("violations")) {
            outcomes |= v.get("rule").asString().equals("APP-OUTCOMES");
        }
        assertTrue(outcomes, run::toString);
    }

    @Test
    void aThrowingRuleIsPrintedInTheTextOutput() throws IOException {
        Path failing = json("failing.json", PublishedReports.dongyingqu2023().withAgency(ThrowingRule.AGENCY));
        Cli zh = Cli.inProcess("validate", "--lang", "zh", failing.toString());
        assertEquals(XxgkCommand.INVALID, zh.exitCode(), zh::toString);
        assertTrue(zh.out().contains("[规则失败] TEST-THROWS: java.lang.IllegalStateException (row 7 of the province table"
                + " is missing)（该规则自身出错，不是报告的问题；其他规则照常运行）"), zh::toString);
        // the Chinese output says what a blank cell should be in Chinese
        assertTrue(zh.out().contains("应为 已填写，实为 空"), zh::toString);
        assertFalse(zh.out().contains("filled") || zh.out().contains("blank"), zh::toString);
    }
}
