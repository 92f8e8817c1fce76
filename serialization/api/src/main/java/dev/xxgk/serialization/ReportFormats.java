package dev.xxgk.serialization;

import dev.xxgk.serialization.spi.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A registry of report formats, to look one up by id or by file.
 *
 * <pre>{@code
 * ReportFormats formats = ReportFormats.installed();
 * ReportFormat json = formats.byId("json");
 * ReportFormat forFile = formats.forFile("report.csv", firstBytes);
 * }</pre>
 *
 * <p>The SDK installs {@code json}, {@code csv} (wide), {@code csv-layout} and {@code text}
 * (published text). A user adds a format by implementing {@link ReportFormat} and declaring it
 * as a service ({@code provides} in {@code module-info}, or {@code META-INF/services}).
 * Immutable and thread-safe.
 */
public final class ReportFormats {

    // what findForFile needs to tell formats apart, with room to spare
    private static final int HEAD_BYTES = 8192;

    private static final class Installed {
        static final ReportFormats INSTANCE = load();

        private static ReportFormats load() {
            List<ReportFormat> formats = new ArrayList<>();
            ServiceLoader.load(ReportFormat.class, ReportFormats.class.getClassLoader()).forEach(formats::add);
            return new ReportFormats(formats);
        }
    }

    private final List<ReportFormat> formats;

    private ReportFormats(List<ReportFormat> formats) {
        this.formats = List.copyOf(formats);
        List<String> ids = this.formats.stream().map(ReportFormat::id).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("format ids must be unique, were " + ids);
        }
    }

    /**
     * The formats found by {@link ServiceLoader}, loaded once.
     *
     * @return the installed formats
     */
    public static ReportFormats installed() {
        return Installed.INSTANCE;
    }

    /**
     * A registry of the given formats only.
     *
     * @param formats the formats, with unique ids
     * @return the registry
     */
    public static ReportFormats of(List<? extends ReportFormat> formats) {
        return new ReportFormats(new ArrayList<>(formats));
    }

    /**
     * Every format, in the order found.
     *
     * @return the formats
     */
    public List<ReportFormat> all() {
        return formats;
    }

    /**
     * Finds a format by id.
     *
     * @param id a format id such as {@code json}
     * @return the format, or empty
     */
    public Optional<ReportFormat> findById(String id) {
        Objects.requireNonNull(id, "id");
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * The format of an id.
     *
     * @param id a format id such as {@code json}
     * @return the format
     * @throws UnknownFormatException if no format has that id; the message lists the ids
     */
    public ReportFormat byId(String id) {
        return findById(id).orElseThrow(() -> new UnknownFormatException(
                "no report format \"" + id + "\"; the formats are " + ids()));
    }

    /**
     * Finds the format of a file by its name's extension and, where several formats share an
     * extension, by its first bytes (see {@link ReportFormat#recognizes(byte[])}).
     *
     * @param fileName the file's name
     * @param head the file's first bytes (a few kilobytes are enough), may be empty
     * @return the format, or empty
     */
    public Optional<ReportFormat> findForFile(String fileName, byte[] head) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(head, "head");
        List<ReportFormat> byExtension = byExtension(fileName);
        if (byExtension.size() <= 1) {
            return byExtension.stream().findFirst();
        }
        return byExtension.stream().filter(f -> f.recognizes(head)).findFirst();
    }

    /**
     * Reads the one report of a file in its format, found by {@link #forFile(String, byte[])}
     * from its name and first bytes.
     *
     * <pre>{@code
     * AnnualReport report = ReportFormats.installed().read(Path.of("2023-dongyingqu-zfb.txt")).report();
     * }</pre>
     *
     * @param file the file
     * @return the reading
     * @throws UnknownFormatException if no installed format reads such a file
     * @throws ReportFormatException if the file is not exactly one report of its format
     * @throws UncheckedIOException if the file cannot be read
     */
    public Reading read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] head = new byte[HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path name = file.getFileName();
        return forFile(name == null ? file.toString() : name.toString(), Arrays.copyOf(head, n)).read(file);
    }

    /**
     * The format of a file.
     *
     * @param fileName the file's name
     * @param head the file's first bytes, may be empty
     * @return the format
     * @throws UnknownFormatException if no format reads such a file; the message lists the
     *     extensions known
     */
    public ReportFormat forFile(String fileName, byte[] head) {
        return findForFile(fileName, head).orElseThrow(() -> {
            List<ReportFormat> byExtension = byExtension(fileName);
            if (!byExtension.isEmpty()) {
                // the extension is known, but several formats share it and none recognizes the content
                return new UnknownFormatException("\"" + fileName + "\" is none of the formats its extension names ("
                        + byExtension.stream().map(ReportFormat::id).collect(Collectors.joining(", "))
                        + "): its first bytes match none of them");
            }
            return new UnknownFormatException("no report format reads \"" + fileName + "\"; known extensions are "
                    + formats.stream().flatMap(f -> f.fileExtensions().stream()).distinct()
                            .map(e -> "." + e).collect(Collectors.joining(", ")));
        });
    }

    private List<ReportFormat> byExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return formats.stream()
                .filter(f -> f.fileExtensions().stream().anyMatch(e -> name.endsWith("." + e.toLowerCase(Locale.ROOT))))
                .toList();
    }

    private String ids() {
        return formats.stream().map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
