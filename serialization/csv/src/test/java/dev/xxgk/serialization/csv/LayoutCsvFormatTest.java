package dev.xxgk.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.codec.TextInput;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.testing.CloseTracking;
import dev.xxgk.serialization.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LayoutCsvFormatTest {

    private static final LayoutCsvFormat FORMAT = new LayoutCsvFormat();
    private static final LayoutCsvFormat PLAIN = LayoutCsvFormat.builder().byteOrderMark(false).build();

    static byte[] write(LayoutCsvFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }

    static AnnualReport read(byte[] csv) {
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(csv), "layout.csv").report();
    }

    @Test
    void theFormatIsInstalledUnderItsId() {
        assertTrue(ReportFormats.installed().byId("csv-layout") instanceof LayoutCsvFormat);
        assertEquals(List.of("csv"), FORMAT.fileExtensions());
        assertFalse(FORMAT.holdsMany());
        assertTrue(FORMAT.byteOrderMark());
        assertEquals(StandardCharsets.UTF_8, FORMAT.charset());
        assertThrows(UnsupportedOperationException.class,
                () -> FORMAT.writer().orElseThrow().open(new ByteArrayOutputStream()));
    }

    @Test
    void thePublishedReportsAreWrittenAsTheGoldenFilesAndReadBack() {
        Map<String, AnnualReport> reports = Map.of(
                "2019-zhaoyuan-zfb.layout.csv", PublishedReports.zhaoyuan2019(),
                "2023-dongyingqu-zfb.layout.csv", PublishedReports.dongyingqu2023());
        reports.forEach((name, report) -> {
            byte[] csv = write(FORMAT, report);
            Golden.assertMatches(name, csv);
            assertEquals(report, read(csv));
        });
    }

    @Test
    void theDefaultWritesTheByteOrderMarkExcelNeeds() {
        byte[] csv = write(FORMAT, PublishedReports.dongyingqu2023());
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        byte[] plain = write(PLAIN, PublishedReports.dongyingqu2023());
        assertArrayEquals(Arrays.copyOfRange(csv, 3, csv.length), plain);
    }

    @Test
    void gb18030IsWrittenWithoutMarkAndReadBack() {
        LayoutCsvFormat gb = LayoutCsvFormat.builder().charset(TextInput.GB18030).build();
        assertFalse(gb.byteOrderMark());
        byte[] csv = write(gb, PublishedReports.zhaoyuan2019());
        assertTrue(new String(csv, TextInput.GB18030).startsWith(dev.xxgk.template.ReportField.EDITION.label() + ",2019"));
        assertEquals(PublishedReports.zhaoyuan2019(), read(csv));
        assertThrows(IllegalArgumentException.class,
                () -> LayoutCsvFormat.builder().charset(TextInput.GB18030).byteOrderMark(true).build());
    }

    @Test
    void aSpreadsheetsPaddingAndRepeatedGroupLabelsAreAccepted() {
        String csv = new String(write(PLAIN, PublishedReports.dongyingqu2023()), StandardCharsets.UTF_8);
        StringBuilder padded = new StringBuilder();
        String group = "";
        for (String line : csv.split("\r\n", -1)) {
            if (line.startsWith("三、本年度办理结果,")) {
                group = "三、本年度办理结果";
            } else if (line.startsWith("四、结转下年度继续办理")) {
                group = "";
            } else if (!group.isEmpty() && line.startsWith(",")) {
                line = group + line;
            }
            padded.append(line).append(line.isEmpty() ? "" : ",,,,").append("\r\n");
        }
        assertTrue(padded.toString().contains("三、本年度办理结果,（三）不予公开,1.属于国家秘密,2,"), padded.toString());
        assertEquals(PublishedReports.dongyingqu2023(), read(padded.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void blanksAreEmptyCellsAndNotZero() {
        AnnualReport report = PublishedReports.dongyingqu2023()
                .withCell("applications.granted.total", Count.blank())
                .withCell("reconsiderationAndLitigation.litigationDirect.pending", Count.blank());
        assertEquals(report, read(write(FORMAT, report)));
    }

    @Test
    void streamsAreLeftOpen() {
        CloseTracking.Output out = new CloseTracking.Output();
        FORMAT.writer().orElseThrow().write(PublishedReports.zhaoyuan2019(), out);
        assertFalse(out.closed());
        ReportReader reader = FORMAT.reader().orElseThrow();
        CloseTracking.Input in = new CloseTracking.Input(out.toByteArray());
        reader.read(in, "in.csv");
        assertFalse(in.closed());
        CloseTracking.Input all = new CloseTracking.Input(out.toByteArray());
        try (Stream<Reading> readings = reader.readAll(all, "in.csv")) {
            assertEquals(List.of(PublishedReports.zhaoyuan2019()), readings.map(Reading::report).toList());
        }
        assertFalse(all.closed());
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        java.io.UncheckedIOException read = assertThrows(java.io.UncheckedIOException.class, () -> FORMAT.reader()
                .orElseThrow().read(dev.xxgk.serialization.testing.Failing.input(new byte[0]), "in.csv"));
        assertEquals("the disk is gone", read.getCause().getMessage());
        java.io.UncheckedIOException write = assertThrows(java.io.UncheckedIOException.class, () -> FORMAT.writer()
                .orElseThrow().write(PublishedReports.zhaoyuan2019(), dev.xxgk.serialization.testing.Failing.output()));
        assertEquals("the disk is full", write.getCause().getMessage());
    }

    @Test
    void recognizesItsOwnFirstRowOnly() {
        ReportWriter wide = new WideCsvFormat().writer().orElseThrow();
        ByteArrayOutputStream wideOut = new ByteArrayOutputStream();
        wide.write(PublishedReports.zhaoyuan2019(), wideOut);
        assertTrue(FORMAT.recognizes(write(FORMAT, PublishedReports.zhaoyuan2019())));
        assertTrue(FORMAT.recognizes(write(PLAIN, PublishedReports.zhaoyuan2019())));
        assertTrue(FORMAT.recognizes(write(LayoutCsvFormat.builder().charset(TextInput.GB18030).build(),
                PublishedReports.zhaoyuan2019())));
        assertFalse(FORMAT.recognizes(wideOut.toByteArray()));
        assertFalse(FORMAT.recognizes(new byte[0]));
    }
}
