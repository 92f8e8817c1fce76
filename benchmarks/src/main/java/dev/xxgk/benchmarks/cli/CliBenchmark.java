package dev.xxgk.benchmarks.cli;

import dev.xxgk.fixtures.PublishedReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of the command-line tool on one real report, a new JVM each time:
 * {@code java -jar xxgk.jar validate 2023-dongyingqu-zfb.txt}, against {@code java -version}, the
 * JVM's own start-up and exit, and against the same command with an application class-data
 * sharing archive made by one training run ({@code -XX:ArchiveClassesAtExit}) before measuring,
 * with and without the options of a short-lived tool (C1 only, the serial collector).
 *
 * <p>The jar is the system property {@code xxgk.jar}, by default {@code examples/target/xxgk.jar}
 * under the working directory (run from the repository's root). The report is the published text
 * from the core test jar, written to a temporary file. The same {@code java} runs the tool as runs
 * the benchmark. A run that ends with exit code 2 or more (not a verdict on the report) fails.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
@State(Scope.Benchmark)
public class CliBenchmark {

    private Path directory;
    private List<String> validate;
    private List<String> validateAppCds;
    private List<String> validateAppCdsC1;
    private List<String> javaVersion;

    @Setup
    public void setUp() throws IOException {
        Path jar = Path.of(System.getProperty("xxgk.jar", "examples/target/xxgk.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build it with mvn -B -q -DskipTests package -pl examples -am,"
                    + " or name it with -jvmArgsAppend -Dxxgk.jar=<path>");
        }
        directory = Files.createTempDirectory("xxgk-cli-bench");
        Path report = directory.resolve(PublishedReports.DONGYINGQU_2023);
        Files.write(report, PublishedReports.bytes(PublishedReports.DONGYINGQU_2023));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = directory.resolve("xxgk.jsa");

        validate = List.of(java, "-jar", jar.toString(), "validate", report.toString());
        javaVersion = List.of(java, "-version");
        List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive));
        training.addAll(validate.subList(1, validate.size()));
        run(training);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run made no class-data archive " + archive);
        }
        validateAppCds = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive));
        validateAppCds.addAll(validate.subList(1, validate.size()));
        validateAppCdsC1 = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        validateAppCdsC1.addAll(validate.subList(1, validate.size()));
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int exit = process.waitFor();
            if (exit >= 2) {
                throw new IllegalStateException(String.join(" ", command) + " ended with exit code " + exit);
            }
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public int xxgkValidate() {
        return run(validate);
    }

    @Benchmark
    public int xxgkValidateAppCds() {
        return run(validateAppCds);
    }

    @Benchmark
    public int xxgkValidateAppCdsC1() {
        return run(validateAppCdsC1);
    }

    @Benchmark
    public int javaVersion() {
        return run(javaVersion);
    }
}
