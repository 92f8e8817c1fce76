package dev.xxgk.examples.dataset;

import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.published.PublishedTextFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Example: an assessor turns a folder of published report texts into one data set, a wide CSV
 * with one report per line, and keeps the reader's notes beside it so that every figure read
 * with the help of the table's arithmetic, and every cell left blank, can be checked by hand.
 *
 * <p>A text that is not a report is not dropped silently: it goes into the notes with the
 * reason, and the count of refused files is returned.
 *
 * <pre>{@code
 * java -cp xxgk.jar dev.xxgk.examples.dataset.FolderToDataset reports/ dataset.csv notes.csv
 * }</pre>
 */
public final class FolderToDataset {

    /** What a run did. */
    public record Summary(int reports, int refused, int notes) {
    }

    /** One line of the notes file. */
    record NoteLine(String file, long line, String path, String zh, String en) {
    }

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema NOTES = CSV.schemaFor(NoteLine.class).withHeader()
            .sortedBy("file", "line", "path", "zh", "en");

    private FolderToDataset() {
    }

    /**
     * Reads every {@code .txt} file of a folder, in name order, into one wide-CSV data set.
     *
     * @param folder the folder of published texts
     * @param dataset the wide CSV to write
     * @param notes the CSV of reading notes to write: file, line, path, and the note in Chinese and English
     * @return how many reports were read, texts refused and notes written
     * @throws IOException if a file cannot be read or written
     */
    public static Summary convert(Path folder, Path dataset, Path notes) throws IOException {
        PublishedTextFormat text = new PublishedTextFormat();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        int reports = 0;
        int refused = 0;
        int noteCount = 0;
        // with a BOM, so that Excel opens the UTF-8 data set correctly
        WideCsvFormat wide = WideCsvFormat.builder().byteOrderMark(true).build();
        try (OutputStream data = Files.newOutputStream(dataset);
                ReportSink sink = wide.writer().orElseThrow().open(data);
                Writer noteFile = Files.newBufferedWriter(notes, StandardCharsets.UTF_8);
                SequenceWriter noteLines = CSV.writer(NOTES).writeValues(noteFile)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Reading reading;
                try {
                    // the reader takes UTF-8 and GB18030 alike
                    try (InputStream in = Files.newInputStream(file)) {
                        reading = text.reader().orElseThrow().read(in, name);
                    }
                } catch (ReportFormatException e) {
                    refused++;
                    noteCount++;
                    noteLines.write(new NoteLine(name, e.line(), e.path(), "未读入：" + e.problem(), "refused: " + e.problem()));
                    continue;
                }
                sink.write(reading.report());
                reports++;
                for (ReadingNote note : reading.notes()) {
                    noteCount++;
                    noteLines.write(new NoteLine(name, note.line(), note.path(), note.message(Locale.SIMPLIFIED_CHINESE),
                            note.message(Locale.ENGLISH)));
                }
            }
        }
        return new Summary(reports, refused, noteCount);
    }

    /**
     * Runs the conversion.
     *
     * @param args the folder, the data set file and the notes file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: FolderToDataset FOLDER DATASET.csv NOTES.csv");
            System.exit(2);
        }
        Summary summary = convert(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.out.println(summary.reports() + " reports, " + summary.refused() + " texts refused, "
                + summary.notes() + " notes");
    }
}
