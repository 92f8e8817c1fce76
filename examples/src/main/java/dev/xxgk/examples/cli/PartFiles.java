package dev.xxgk.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files {@code convert} writes before moving them into place (item 12 and 15 of
 * issue 17): a short hidden name of their own, {@code .xxgk-<pid>-<random>.part}, whatever the
 * target is called; removed when the JVM ends on SIGINT or SIGTERM (a shutdown hook), and, since
 * SIGKILL runs no hook, removed by the next run writing into the same folder once the process
 * named in the file's name is no longer alive.
 */
final class PartFiles {

    private static final Pattern NAME = Pattern.compile("\\.xxgk-(\\d+)-[0-9a-f]{16}\\.part");

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path path : PENDING) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // the JVM is ending: nothing else can be done, and the next run removes it
                }
            }
        }, "xxgk-remove-part-files"));
    }

    private PartFiles() {
    }

    /**
     * Creates a new temporary file in a folder, to be removed if the JVM ends before it is moved.
     *
     * @param folder the target's folder
     * @return the file, empty
     * @throws UsageException if it cannot be created
     */
    static Path create(Path folder) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        Path part = folder.resolve(".xxgk-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random)
                + ".part");
        PENDING.add(part);
        try {
            return Files.createFile(part);
        } catch (IOException e) {
            PENDING.remove(part);
            // creating a file in /proc or /sys fails with "no such file" in a folder that is there
            throw UsageException.output("cannot create a file in the folder " + folder + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "the folder does not take new files"
                            : Inputs.why(e)), e);
        }
    }

    /**
     * Removes a temporary file, if it is still there.
     *
     * @param part the file
     */
    static void remove(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // the failure that got here matters more; the file is hidden and the next run removes it
        }
        PENDING.remove(part);
    }

    /**
     * Removes the temporary files of processes that are no longer alive.
     *
     * @param folder the folder
     * @return how many were removed
     */
    static int removeStale(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".xxgk-*.part")) {
            for (Path part : parts) {
                Matcher name = NAME.matcher(part.getFileName().toString());
                if (name.matches() && isDead(name.group(1)) && Files.isRegularFile(part)) {
                    Files.deleteIfExists(part);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder is reported when the target is written; stale files are a courtesy
        }
        return removed;
    }

    private static boolean isDead(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
