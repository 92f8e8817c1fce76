package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Calc run headless, as a program other than ours that reads and writes workbooks.
 * Tests that need it are skipped, saying why, when {@code soffice} is not installed.
 */
final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
    }

    /**
     * Converts a file, with a profile of its own so that runs do not share state.
     *
     * @param input the file
     * @param target the conversion, e.g. {@code xlsx} or a CSV filter with options
     * @param infilter the import filter, or null for LibreOffice's choice
     * @param dir the output folder
     */
    static void convert(Path input, String target, String infilter, Path dir) {
        try {
            Path profile = Files.createTempDirectory("xxgk-lo-profile");
            List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--nolockcheck"));
            if (infilter != null) {
                command.add("--infilter=" + infilter);
            }
            command.addAll(List.of("--convert-to", target, "--outdir", dir.toString(), input.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("LibreOffice did not finish converting " + input + " within 180 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("LibreOffice failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
