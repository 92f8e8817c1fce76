package dev.xxgk.examples.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class FolderToDatasetTest {

    @Test
    void aFolderOfTextsBecomesOneDataSetWithItsNotes(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("texts"));
        for (String name : List.of(PublishedReports.DONGYINGQU_2023, PublishedReports.ZHAOYUAN_2019,
                PublishedReports.DONGYING_XZSP_2020, PublishedReports.NOT_A_REPORT)) {
            Files.write(folder.resolve(name), PublishedReports.bytes(name));
        }
        Files.writeString(folder.resolve("readme.md"), "not a .txt: left alone");
        Path dataset = dir.resolve("dataset.csv");
        Path notes = dir.resolve("notes.csv");

        FolderToDataset.Summary summary = FolderToDataset.convert(folder, dataset, notes);

        assertEquals(3, summary.reports());
        assertEquals(1, summary.refused());
        List<AnnualReport> read;
        try (InputStream in = Files.newInputStream(dataset);
                Stream<Reading> readings = new WideCsvFormat().reader().orElseThrow().readAll(in, "dataset.csv")) {
            read = readings.map(Reading::report).toList();
        }
        // in file name order, every cell as the model tests have it
        List<AnnualReport> expected = List.of(PublishedReports.zhaoyuan2019(), PublishedReports.dongyingXzsp2020(),
                PublishedReports.dongyingqu2023());
        assertEquals(3, read.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i).agency(), read.get(i).agency());
            assertEquals(expected.get(i).year(), read.get(i).year());
            for (Cell cell : Template.of(expected.get(i).edition()).cells()) {
                assertEquals(cell.get(expected.get(i)), cell.get(read.get(i)), cell.code());
            }
        }
        List<Map<String, String>> noteRows;
        CsvMapper csv = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(notes.toFile())) {
            noteRows = rows.readAll();
        }
        assertEquals(summary.notes(), noteRows.size());
        assertEquals(List.of("file", "line", "path", "zh", "en"), List.copyOf(noteRows.get(0).keySet()));
        // the rows of the zhaoyuan table that needed the arithmetic, with their lines
        for (String[] resolved : new String[][] {{"49", "applications.granted"}, {"50", "applications.partiallyGranted"},
                {"72", "applications.otherHandling"}, {"73", "applications.totalHandled"}}) {
            assertTrue(noteRows.stream().anyMatch(row -> row.get("file").equals(PublishedReports.ZHAOYUAN_2019)
                    && row.get("line").equals(resolved[0]) && row.get("path").equals(resolved[1])
                    && row.get("en").contains("the table's arithmetic admits one reading only")),
                    () -> resolved[1] + " in " + noteRows);
        }
        assertTrue(noteRows.stream().anyMatch(row -> row.get("file").equals(PublishedReports.NOT_A_REPORT)
                && row.get("line").equals("3") && row.get("en").startsWith("refused: not an annual report")),
                noteRows::toString);
    }

    /** Item 18 of issue 17: a file name that starts a formula is guarded in the notes, as in the data set. */
    @Test
    void aFileNameThatStartsAFormulaIsGuardedInTheNotes(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("texts"));
        String name = "=HYPERLINK(\"x\")" + ".txt";
        String spaced = " \u00A0＝1+2.txt";
        Files.writeString(folder.resolve(name), "not a report");
        Files.writeString(folder.resolve(spaced), "not a report");
        Path notes = dir.resolve("notes.csv");
        FolderToDataset.Summary summary = FolderToDataset.convert(folder, dir.resolve("dataset.csv"), notes);
        assertEquals(2, summary.refused());
        CsvMapper csv = CsvMapper.builder().build();
        List<String> files = new java.util.ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(csv.schemaWithHeader()).readValues(Files.newBufferedReader(notes, StandardCharsets.UTF_8))) {
            rows.forEachRemaining(row -> files.add(row.get("file")));
        }
        assertEquals(List.of("' \u00A0＝1+2.txt", "'" + name), files.stream().sorted().toList());
    }
}
