package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.testing.RoundTrip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An .xls workbook, as LibreOffice saves the written .xlsx in the Excel 97–2003 format, reads equal. */
class XlsLibreOfficeTest {

    @Test
    void theWrittenWorkbookSavedAsXlsByLibreOfficeReadsEqual(@TempDir Path dir) throws IOException {
        LibreOffice.assumeInstalled();
        for (AnnualReport report : List.of(PublishedReports.dongyingqu2023(), PublishedReports.zhaoyuan2019())) {
            Path xlsx = dir.resolve("report-" + report.year() + ".xlsx");
            Files.write(xlsx, RoundTrip.write(new XlsxFormat(), report));
            LibreOffice.convert(xlsx, "xls", null, dir);
            byte[] xls = Files.readAllBytes(dir.resolve("report-" + report.year() + ".xls"));
            Reading reading = new XlsFormat().reader().orElseThrow().read(new ByteArrayInputStream(xls), "report.xls");
            assertEquals(report, reading.report());
            // the header fields come from the label/value rows of the sheet 报告, each noted with its cell
            List<String> sources = new java.util.ArrayList<>(List.of("year 报告!B5 metadata:报告年度", "agency 报告!B4 metadata:报告机关"));
            if (report.publishedOn() != null) {
                sources.add("publishedOn 报告!B6 metadata:发布日期");
            }
            assertEquals(sources, reading.notes().stream()
                    .map(n -> n.path() + " " + n.location() + " " + n.arguments().get(2)).toList(), reading.notes()::toString);
            assertTrue(reading.notes().stream().allMatch(n -> n.id().equals("published.field-source")), reading.notes()::toString);
        }
    }
}
