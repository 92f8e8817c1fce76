package dev.xxgk.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.codec.TextInput;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.testing.CloseTracking;
import dev.xxgk.serialization.testing.Golden;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WideCsvFormatTest {

    private static final WideCsvFormat FORMAT = new WideCsvFormat();
    private static final ReportReader READER = FORMAT.reader().orElseThrow();
    private static final List<AnnualReport> PUBLISHED = List.of(PublishedReports.zhaoyuan2019(),
            PublishedReports.dongyingXzsp2020(), PublishedReports.dongyingqu2023());

    static byte[] write(WideCsvFormat format, List<AnnualReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportSink sink = format.writer().orElseThrow().open(out)) {
            reports.forEach(sink::write);
        }
        return out.toByteArray();
    }

    static List<AnnualReport> readAll(byte[] csv) {
        try (Stream<Reading> readings = READER.readAll(new ByteArrayInputStream(csv), "data.csv")) {
            return readings.map(Reading::report).toList();
        }
    }

    @Test
    void aFileThatEndsInACharacterOutsideTheBmpWithoutALineBreakReadsWhole() {
        // 𠀀 is U+20000, whose low surrogate is the reader's own end-of-input mark: it must stay text
        AnnualReport report = AnnualReport.builder(Edition.EDITION_2021).agency("某机关").year(2023)
                .otherMatters("无𠀀").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WideCsvFormat().writer().orElseThrow().write(report, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        List<String> header = new ArrayList<>(Arrays.asList(lines[0].split(",", -1)));
        List<String> row = new ArrayList<>(Arrays.asList(lines[1].split(",", -1)));
        // the text column moved last, and no line break after it: the input's last character is 𠀀
        int at = header.indexOf("otherMatters");
        header.add(header.remove(at));
        row.add(row.remove(at));
        String csv = String.join(",", header) + "\r\n" + String.join(",", row);
        assertTrue(csv.endsWith("无𠀀"));
        Reading reading = new WideCsvFormat().reader().orElseThrow()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "end.csv");
        assertEquals(report, reading.report());
    }

    @Test
    void theFormatIsInstalledUnderItsId() {
        assertTrue(ReportFormats.installed().byId("csv") instanceof WideCsvFormat);
        assertEquals(List.of("csv"), FORMAT.fileExtensions());
        assertTrue(FORMAT.holdsMany());
        assertFalse(FORMAT.byteOrderMark());
        assertEquals(StandardCharsets.UTF_8, FORMAT.charset());
    }

    @Test
    void theHeaderHoldsBothEditionsMergedRowByRow() {
        List<String> header = WideCsvFormat.header();
        List<String> fields = Arrays.stream(ReportField.values()).map(ReportField::code).toList();
        assertEquals(fields, header.subList(0, fields.size()));
        for (Edition edition : Edition.values()) {
            List<String> cells = Template.of(edition).cells().stream().map(Cell::code).toList();
            assertTrue(header.containsAll(cells), edition.code());
            List<String> inOrder = new ArrayList<>(header);
            inOrder.retainAll(cells);
            assertEquals(cells, inOrder, "each edition's cells keep the template's order");
        }
        assertEquals(12 + 29 + 182 + 15 + 1, header.size());
        assertEquals("deviations", header.get(header.size() - 1));
        int regulations = header.indexOf("proactiveDisclosure.regulations.newlyMade");
        assertEquals(List.of("proactiveDisclosure.regulations.newlyMade", "proactiveDisclosure.regulations.newlyPublished",
                "proactiveDisclosure.regulations.totalPublished", "proactiveDisclosure.regulations.issued",
                "proactiveDisclosure.regulations.repealed", "proactiveDisclosure.regulations.inForce"),
                header.subList(regulations, regulations + 6));
        int licensing = header.indexOf("proactiveDisclosure.licensing.previousYearItems");
        assertEquals(List.of("proactiveDisclosure.licensing.previousYearItems", "proactiveDisclosure.licensing.change",
                "proactiveDisclosure.licensing.decisions", "proactiveDisclosure.otherServices.previousYearItems"),
                header.subList(licensing, licensing + 4));
        int fees = header.indexOf("proactiveDisclosure.fees.previousYearItems");
        assertEquals(List.of("proactiveDisclosure.fees.previousYearItems", "proactiveDisclosure.fees.change",
                "proactiveDisclosure.fees.amountWanYuan", "proactiveDisclosure.procurement.projects"),
                header.subList(fees, fees + 4));
        int other = header.indexOf("applications.otherHandling.total");
        assertEquals("applications.notProcessed.confirmation.total", header.get(other - 7));
        assertEquals("applications.otherHandling.noCorrection.naturalPerson", header.get(other + 1));
        assertEquals("applications.totalHandled.naturalPerson", header.get(other + 22));
    }

    @Test
    void aDataSetOfBothEditionsIsWrittenAsTheGoldenFileAndReadBack() {
        byte[] csv = write(FORMAT, PUBLISHED);
        Golden.assertMatches("published-reports.csv", csv);
        assertEquals(PUBLISHED, readAll(csv));
    }

    @Test
    void columnsAreFoundByHeaderInAnyOrder() {
        List<String[]> rows = rows(write(FORMAT, PUBLISHED));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.get(0).length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(4));
        StringBuilder shuffled = new StringBuilder();
        for (String[] row : rows) {
            List<String> fields = new ArrayList<>();
            for (int i : order) {
                fields.add(row[i]);
            }
            shuffled.append(String.join(",", fields)).append("\n");
        }
        assertEquals(PUBLISHED, readAll(shuffled.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDataSetOfOneEditionNeedsOnlyThatEditionsColumns() {
        List<String[]> rows = rows(write(FORMAT, List.of(PublishedReports.dongyingqu2023())));
        Template template = Template.of(Edition.EDITION_2021);
        StringBuilder narrow = new StringBuilder();
        for (String[] row : rows) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                String code = WideCsvFormat.header().get(i);
                if (ReportField.ofCode(code).isPresent() || template.findCell(code).isPresent()) {
                    fields.add(row[i]);
                }
            }
            narrow.append(String.join(",", fields)).append("\r\n");
        }
        assertEquals(List.of(PublishedReports.dongyingqu2023()), readAll(narrow.toString().getBytes(StandardCharsets.UTF_8)));
        assertThrows(ReportFormatException.class, () -> readAll(
                (narrow + new String(write(FORMAT, List.of(PublishedReports.zhaoyuan2019())), StandardCharsets.UTF_8)
                        .lines().skip(1).findFirst().orElseThrow()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The fields of each line of a CSV whose fields need no quotes. */
    private static List<String[]> rows(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertFalse(text.contains("\""), "fixture rows need no quoting");
        return text.lines().map(line -> line.split(",", -1)).toList();
    }

    @Test
    void emptyLinesAreSkipped() {
        String csv = new String(write(FORMAT, PUBLISHED), StandardCharsets.UTF_8);
        String spaced = "\r\n" + csv.replace("\r\n", "\r\n\r\n") + "\n\n";
        assertEquals(PUBLISHED, readAll(spaced.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        WideCsvFormat utf16 = WideCsvFormat.builder().charset(StandardCharsets.UTF_16LE).byteOrderMark(true).build();
        byte[] csv = write(utf16, PUBLISHED);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE}, Arrays.copyOf(csv, 2));
        assertEquals(PUBLISHED, readAll(csv));
    }

    @Test
    void aByteOrderMarkIsWrittenOnRequestAndSkippedOnReading() {
        WideCsvFormat marked = WideCsvFormat.builder().byteOrderMark(true).build();
        byte[] csv = write(marked, PUBLISHED);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertArrayEquals(write(FORMAT, PUBLISHED), Arrays.copyOfRange(csv, 3, csv.length));
        assertEquals(PUBLISHED, readAll(csv));
        assertTrue(FORMAT.recognizes(csv));
    }

    @Test
    void gb18030IsWrittenAndReadBack() {
        WideCsvFormat gb = WideCsvFormat.builder().charset(TextInput.GB18030).build();
        byte[] csv = write(gb, PUBLISHED);
        assertEquals(new String(write(FORMAT, PUBLISHED), StandardCharsets.UTF_8), new String(csv, TextInput.GB18030));
        assertEquals(PUBLISHED, readAll(csv));
        assertTrue(FORMAT.recognizes(csv));
    }

    @Test
    void aCharsetThatCannotEncodeATextFailsNamingTheField() {
        WideCsvFormat gbk = WideCsvFormat.builder().charset(Charset.forName("GBK")).build();
        AnnualReport report = PublishedReports.dongyingqu2023().withOtherMatters("无𠀀");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write(gbk, List.of(report)));
        assertTrue(e.getMessage().startsWith("otherMatters has a character that GBK cannot encode"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> WideCsvFormat.builder().charset(TextInput.GB18030).byteOrderMark(true).build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=SUM(A1:A2)|'=SUM(A1:A2)",
        "+86 123|'+86 123",
        "-5 项|'-5 项",
        "@user|'@user",
        "'abc|''abc",
        "''|'''",
        "a=b|a=b",
        "'|''",
    })
    void formulasAreDisarmedAndTextsReadBackExactly(String text, String written) {
        AnnualReport report = PublishedReports.dongyingqu2023().withOverview(Overview.of(text)).withAgency(text);
        String csv = new String(write(FORMAT, List.of(report)), StandardCharsets.UTF_8);
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        String quoted = written.contains("\"") || written.contains(",") ? "\"" + written.replace("\"", "\"\"") + "\"" : written;
        assertTrue(row.startsWith("2021," + quoted + ",2023,2024-01-26," + quoted + ","), row);
        assertEquals(List.of(report), readAll(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreDisarmedToo() {
        for (String text : List.of("\tx", "\rx", "\r\nx", "x\r\ny\n")) {
            AnnualReport report = PublishedReports.dongyingqu2023().withOtherMatters(text);
            String csv = new String(write(FORMAT, List.of(report)), StandardCharsets.UTF_8);
            String written = text.startsWith("x") ? text : "'" + text;
            assertTrue(csv.contains(text.contains("\r") || text.contains("\n") ? "\"" + written + "\"" : written), csv);
            assertEquals(List.of(report), readAll(csv.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aPersonsOwnApostropheIsKeptUnlessAFormulaCharacterFollows() {
        AnnualReport report = PublishedReports.dongyingqu2023().withProblemsAndImprovements("PROBLEMS")
                .withOtherMatters("OTHER");
        String csv = new String(write(FORMAT, List.of(report)), StandardCharsets.UTF_8);
        String own = csv.replace(",PROBLEMS,OTHER,", ",'abc,'=1,");
        assertFalse(own.equals(csv));
        AnnualReport read = readAll(own.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("'abc", read.problemsAndImprovements());
        assertEquals("=1", read.otherMatters());
    }

    @Test
    void readingIsLazyAndHandsOnTheGoodReportsBeforeABadRow() {
        String csv = new String(write(FORMAT, PUBLISHED), StandardCharsets.UTF_8);
        String bad = csv.replaceFirst("\r\n2021,", "\r\n2022,");
        try (Stream<Reading> readings = READER.readAll(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                "bad.csv")) {
            Iterator<Reading> it = readings.iterator();
            assertEquals(PUBLISHED.get(0), it.next().report());
            assertEquals(PUBLISHED.get(1), it.next().report());
            ReportFormatException e = assertThrows(ReportFormatException.class, it::next);
            assertEquals(4, e.line());
            assertEquals("edition", e.path());
            assertEquals("2022", e.found());
        }
    }

    @Test
    void readTakesExactlyOneReport() {
        assertEquals(PublishedReports.dongyingqu2023(), READER.read(new ByteArrayInputStream(
                write(FORMAT, List.of(PublishedReports.dongyingqu2023()))), "one.csv").report());
        ReportFormatException two = assertThrows(ReportFormatException.class,
                () -> READER.read(new ByteArrayInputStream(write(FORMAT, PUBLISHED)), "three.csv"));
        assertEquals(3, two.line());
        ReportFormatException none = assertThrows(ReportFormatException.class,
                () -> READER.read(new ByteArrayInputStream(write(FORMAT, List.of())), "none.csv"));
        assertEquals(2, none.line());
    }

    @Test
    void streamsAreLeftOpen() {
        CloseTracking.Output out = new CloseTracking.Output();
        ReportWriter writer = FORMAT.writer().orElseThrow();
        writer.write(PublishedReports.dongyingqu2023(), out);
        try (ReportSink sink = writer.open(out)) {
            sink.write(PublishedReports.zhaoyuan2019());
        }
        assertFalse(out.closed());
        CloseTracking.Input in = new CloseTracking.Input(write(FORMAT, List.of(PublishedReports.dongyingqu2023())));
        READER.read(in, "in.csv");
        assertFalse(in.closed());
        CloseTracking.Input all = new CloseTracking.Input(write(FORMAT, PUBLISHED));
        try (Stream<Reading> readings = READER.readAll(all, "in.csv")) {
            assertEquals(3, readings.count());
        }
        assertFalse(all.closed());
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        List<AnnualReport> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.addAll(PUBLISHED);
        }
        byte[] csv = write(FORMAT, many);
        assertTrue(csv.length > 70_000 && 70_000 > TextInput.SNIFF, "the failure comes after the charset is detected");
        java.io.UncheckedIOException read = assertThrows(java.io.UncheckedIOException.class, () -> {
            try (Stream<Reading> readings = READER.readAll(
                    dev.xxgk.serialization.testing.Failing.input(Arrays.copyOf(csv, 70_000)), "in.csv")) {
                readings.count();
            }
        });
        assertEquals("the disk is gone", read.getCause().getMessage());
        java.io.UncheckedIOException write = assertThrows(java.io.UncheckedIOException.class, () -> {
            try (ReportSink sink = FORMAT.writer().orElseThrow().open(dev.xxgk.serialization.testing.Failing.output())) {
                sink.write(PublishedReports.dongyingqu2023());
            }
        });
        assertEquals("the disk is full", write.getCause().getMessage());
    }

    @Test
    void aClosedSinkRefusesToWrite() {
        ReportSink sink = FORMAT.writer().orElseThrow().open(new ByteArrayOutputStream());
        sink.close();
        sink.close();
        assertThrows(IllegalStateException.class, () -> sink.write(PublishedReports.dongyingqu2023()));
    }

    @Test
    void recognizesAHeaderOfCodes() {
        assertTrue(FORMAT.recognizes(write(FORMAT, List.of())));
        assertTrue(FORMAT.recognizes("\"agency\",edition".getBytes(StandardCharsets.UTF_8)));
        assertTrue(FORMAT.recognizes("applications.granted.total,edition".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FORMAT.recognizes(LayoutCsvFormatTest.write(new LayoutCsvFormat(), PublishedReports.zhaoyuan2019())));
        assertFalse(FORMAT.recognizes("name,age\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FORMAT.recognizes(new byte[0]));
    }
}
