package dev.xxgk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a run of the tool printed and returned, in this JVM or as a separate process. */
record Cli(int exitCode, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The bundled real reports, {@code examples/reports}. */
    static Path reports() {
        return Path.of(System.getProperty("xxgk.reports", "reports"));
    }

    static Path report(String name) {
        return reports().resolve(name);
    }

    /** Runs the tool in this JVM. */
    static Cli inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = XxgkCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString()).withoutTrace();
    }

    /** Runs {@code java -jar xxgk.jar} as a separate process. */
    static Cli process(Path jar, List<String> args) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("java.home"));
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin").resolve("java").toString(),
                "-jar", jar.toString()));
        command.addAll(args);
        Path out = Files.createTempFile("xxgk-out", ".txt");
        Path err = Files.createTempFile("xxgk-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            int code = process.waitFor();
            return new Cli(code, Files.readString(out), Files.readString(err)).withoutTrace();
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Fails if anything printed looks like a stack trace. */
    private Cli withoutTrace() {
        for (String text : new String[] {out, err}) {
            assertFalse(text.contains("\tat ") || text.contains("Exception:") || text.contains("Caused by"),
                    () -> "a stack trace was printed:\n" + text);
        }
        return this;
    }

    JsonNode json() {
        return JSON.readTree(out);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
