package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.codec.CellCodec;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.serialization.testing.Tries;
import dev.xxgk.serialization.xlsx.internal.SheetLayout;
import dev.xxgk.serialization.xlsx.internal.XlsxWriter;
import dev.xxgk.template.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbooks the writer writes, opened by LibreOffice: it shows the same figures. */
class XlsxLibreOfficeTest {

    /** Comma, double quote, UTF-8, cells as shown, every sheet to a file of its own. */
    static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.readString(file, StandardCharsets.UTF_8))) {
            for (CsvRecord record : reader) {
                rows.add(record.getFields());
            }
        }
        return rows;
    }

    private static String at(List<List<String>> rows, int r, int c) {
        if (r >= rows.size() || c >= rows.get(r).size()) {
            return "";
        }
        return rows.get(r).get(c);
    }

    @Test
    void theWrittenWorkbookOpenedByLibreOfficeShowsTheSameFigures(@TempDir Path dir) throws IOException {
        LibreOffice.assumeInstalled();
        List<AnnualReport> reports = List.of(PublishedReports.dongyingqu2023(), PublishedReports.zhaoyuan2019(),
                Tries.report(1, Edition.EDITION_2019), Tries.report(2, Edition.EDITION_2021), Tries.report(3, Edition.EDITION_2021));
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport report = reports.get(i);
            Path book = dir.resolve("report" + i + ".xlsx");
            Files.write(book, RoundTrip.write(new XlsxFormat(), report));
            LibreOffice.convert(book, CSV_ALL_SHEETS, null, dir);
            List<List<String>> first = csv(dir.resolve("report" + i + "-" + XlsxWriter.REPORT_SHEET + ".csv"));
            assertEquals(report.agency(), at(first, 3, 1));
            assertEquals(Integer.toString(report.year()), at(first, 4, 1));
            assertEquals(report.publishedOn() == null ? "" : report.publishedOn().toString(), at(first, 5, 1));
            int checked = 0;
            for (Section section : Section.values()) {
                if (!section.hasTables()) {
                    continue;
                }
                SheetLayout layout = SheetLayout.of(report.edition(), section);
                Path sheet = dir.resolve("report" + i + "-" + XlsxWriter.SHEETS.get(section) + ".csv");
                List<List<String>> rows = csv(sheet);
                for (SheetLayout.Placed placed : layout.cells()) {
                    String expected = CellCodec.cellText(placed.cell(), placed.cell().get(report));
                    assertEquals(expected, at(rows, placed.row(), placed.column()),
                            sheet.getFileName() + " " + placed.cell().code());
                    checked++;
                }
                for (SheetLayout.Label label : layout.labels()) {
                    assertEquals(label.text(), at(rows, label.firstRow(), label.firstColumn()), sheet.getFileName() + " label");
                }
            }
            assertEquals(report.template().cells().size(), checked);
        }
        assertTrue(Files.exists(dir.resolve("report0-表三.csv")));
    }
}
