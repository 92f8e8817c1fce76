package dev.xxgk.serialization.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a writer's output is compared with, byte for byte, so that a change of a public format
 * shows in review. Run the tests with {@code -Dxxgk.golden.update=true} to rewrite them.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/dev/xxgk/serialization/golden");

    private Golden() {
    }

    /**
     * Asserts that output equals the golden file of a name.
     *
     * @param name the file's name under {@code golden/}
     * @param actual the output
     */
    public static void assertMatches(String name, byte[] actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("xxgk.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
            }
            byte[] expected = Files.readAllBytes(file);
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                    name + " differs; if the change is meant, rewrite it with -Dxxgk.golden.update=true");
            assertEquals(expected.length, actual.length, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of a golden file.
     *
     * @param name the file's name under {@code golden/}
     * @return its bytes
     */
    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(ROOT.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
