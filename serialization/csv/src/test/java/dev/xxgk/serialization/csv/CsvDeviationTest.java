package dev.xxgk.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.testing.Deviations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rows of another edition a report prints, in both CSV forms: written, read back, read strictly. */
class CsvDeviationTest {

    private static final WideCsvFormat WIDE = new WideCsvFormat();
    private static final LayoutCsvFormat LAYOUT = LayoutCsvFormat.builder().byteOrderMark(false).build();
    private static final AnnualReport REPORT = Deviations.dongyingquAsHongze();
    private static final List<String> HEADER = WideCsvFormat.header();

    @Test
    void wideTheRowIsNamedInTheLastColumnAndItsFiguresStandInTheOtherEditionsColumns() {
        String csv = write(WIDE, REPORT);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        List<String> row = Arrays.asList(lines[1].split(",", -1));
        assertEquals(HEADER.size(), row.size());
        assertEquals("2019:applications.otherHandling", row.get(HEADER.size() - 1));
        assertEquals("8", row.get(HEADER.indexOf("applications.otherHandling.naturalPerson")));
        assertEquals("0", row.get(HEADER.indexOf("applications.otherHandling.legalServiceAgency")));
        assertEquals("8", row.get(HEADER.indexOf("applications.otherHandling.total")));
        assertEquals("", row.get(HEADER.indexOf("applications.otherHandling.noCorrection.total")));
        assertEquals("", row.get(HEADER.indexOf("proactiveDisclosure.procurement.projects")));
        assertEquals(REPORT, read(WIDE, csv));
        // without deviations the column is empty
        assertTrue(write(WIDE, PublishedReports.dongyingqu2023()).endsWith(",\r\n"));
    }

    @Test
    void wideAFileWithoutTheColumnReadsAsBefore() {
        String csv = write(WIDE, PublishedReports.dongyingqu2023());
        String without = strip(csv, HEADER.size() - 1);
        assertEquals(PublishedReports.dongyingqu2023(), read(WIDE, without));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021:applications.otherHandling|2021:applications.otherHandling|expected the rows of another edition the report"
                + " prints, separated by a space, each one edition 2021 does not have (2019:proactiveDisclosure.otherServices,"
                + " 2019:proactiveDisclosure.procurement, 2019:applications.otherHandling); found \"2021:applications.otherHandling\"",
        "2019:applications.granted|2019:applications.granted|",
        "2019:applications.otherHandling 2019:applications.otherHandling|2019:applications.otherHandling"
                + " 2019:applications.otherHandling|the row 2019:applications.otherHandling is named twice: each row of"
                + " another edition is kept once",
    })
    void wideABadListOfRowsIsAnErrorAtItsColumn(String value, String found, String problem) {
        String csv = write(WIDE, REPORT).replace("2019:applications.otherHandling", value);
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(WIDE, csv));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(HEADER.size(), e.column(), e.getMessage());
        assertEquals("deviations", e.path(), e.getMessage());
        assertEquals(found, e.found(), e.getMessage());
        if (problem != null) {
            assertEquals(problem, e.problem(), e.getMessage());
        }
    }

    @Test
    void wideAFigureOfARowNotNamedIsAnError() {
        String csv = write(WIDE, REPORT).replace("2019:applications.otherHandling\r\n", "\r\n");
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(WIDE, csv));
        assertEquals(HEADER.indexOf("applications.otherHandling.naturalPerson") + 1, e.column(), e.getMessage());
        assertEquals("a cell that edition 2021 does not have: a report of edition 2021 leaves it empty",
                e.problem(), e.getMessage());
        // named, a bad figure is reported at its own column
        String[] lines = write(WIDE, REPORT).split("\r\n");
        String[] fields = lines[1].split(",", -1);
        int total = HEADER.indexOf("applications.otherHandling.total");
        fields[total] = "8.5";
        ReportFormatException bad = assertThrows(ReportFormatException.class,
                () -> read(WIDE, lines[0] + "\r\n" + String.join(",", fields) + "\r\n"));
        assertEquals(total + 1, bad.column(), bad.getMessage());
        assertEquals("applications.otherHandling.total", bad.path());
        assertEquals("8.5", bad.found());
    }

    @Test
    void layoutTheRowsFollowSectionSixUnderTheirLabel() {
        String csv = write(LAYOUT, REPORT);
        assertTrue(csv.endsWith("六、其他需要报告的事项,\r\n\r\n与本版格式不符的行\r\n2019,（六）其他处理,8,0,0,0,0,0,8\r\n"), csv);
        assertEquals(REPORT, read(LAYOUT, csv));
        assertTrue(!write(LAYOUT, PublishedReports.dongyingqu2023()).contains("与本版格式不符的行"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021,（六）其他处理,8,0,0,0,0,0,8|1|2021|expected the edition of a row of another edition, 2019 in a report of"
                + " edition 2021",
        "2019,（一）予以公开,8,0,0,0,0,0,8|2|（一）予以公开|expected the label of a row of edition 2019 that edition 2021"
                + " does not have: \"其他对外管理服务事项\", \"政府集中采购\", \"（六）其他处理\"",
        "2019,（六）其他处理,8,0,0,0,0,0,8,1|10|1|expected nothing after the last column of the row \"（六）其他处理\"",
        "2019,（六）其他处理,8,0,0,0,0,0,八|9|八|",
    })
    void layoutABadRowIsAnErrorAtItsCell(String row, int column, String found, String problem) {
        String csv = write(LAYOUT, REPORT).replace("2019,（六）其他处理,8,0,0,0,0,0,8", row);
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(LAYOUT, csv));
        assertEquals(csv.split("\r\n", -1).length - 1, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(found, e.found(), e.getMessage());
        if (problem != null) {
            assertEquals(problem, e.problem(), e.getMessage());
        }
    }

    @Test
    void layoutTheLabelWithoutARowIsAnError() {
        String csv = write(LAYOUT, REPORT).replace("2019,（六）其他处理,8,0,0,0,0,0,8\r\n", "");
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(LAYOUT, csv));
        assertEquals("expected a row of another edition after \"与本版格式不符的行\"; found the end of the input", e.problem());
    }

    private static String strip(String csv, int column) {
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\r\n")) {
            List<String> fields = new java.util.ArrayList<>(Arrays.asList(line.split(",", -1)));
            fields.remove(column);
            out.append(String.join(",", fields)).append("\r\n");
        }
        return out.toString();
    }

    private static String write(dev.xxgk.serialization.spi.ReportFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AnnualReport read(dev.xxgk.serialization.spi.ReportFormat format, String csv) {
        return format.reader().orElseThrow().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "deviation.csv").report();
    }
}
