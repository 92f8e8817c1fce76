package dev.xxgk.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.csv.LayoutCsvFormat;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.codec.TextInput;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.userformat.TsvNamesFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The registry: lookup by id and by file, the two CSV forms told apart by their first bytes. */
class ReportFormatsTest {

    private static final ReportFormats INSTALLED = ReportFormats.installed();

    private static byte[] head(ReportFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(report, out);
        return Arrays.copyOf(out.toByteArray(), Math.min(out.size(), 4096));
    }

    @Test
    void theSdksFormatsAreInstalledOnce() {
        List<String> ids = INSTALLED.all().stream().map(ReportFormat::id).toList();
        assertTrue(ids.containsAll(List.of("json", "csv", "csv-layout")), ids.toString());
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertSame(INSTALLED, ReportFormats.installed());
    }

    @ParameterizedTest
    @CsvSource({"json, JsonFormat", "csv, WideCsvFormat", "csv-layout, LayoutCsvFormat"})
    void byIdFindsEachFormat(String id, String type) {
        ReportFormat format = INSTALLED.byId(id);
        assertEquals(id, format.id());
        assertEquals(type, format.getClass().getSimpleName());
        assertTrue(INSTALLED.findById(id).isPresent());
    }

    @Test
    void anUnknownIdNamesTheIdsThereAre() {
        assertTrue(INSTALLED.findById("docx").isEmpty());
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> INSTALLED.byId("docx"));
        assertTrue(e.getMessage().startsWith("no report format \"docx\"; the formats are "), e.getMessage());
        for (String id : List.of("json", "csv", "csv-layout", "text")) {
            assertTrue(e.getMessage().contains(" " + id), e.getMessage());
        }
    }

    @Test
    void aJsonFileIsFoundByItsExtensionInAnyCase() {
        assertEquals("json", INSTALLED.forFile("report.json", new byte[0]).id());
        assertEquals("json", INSTALLED.forFile("/data/2023/REPORT.JSON", new byte[0]).id());
    }

    @Test
    void theTwoCsvFormsAreToldApartByTheirFirstBytes() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        assertEquals("csv", INSTALLED.forFile("data.csv", head(new WideCsvFormat(), report)).id());
        assertEquals("csv", INSTALLED.forFile("data.csv",
                head(WideCsvFormat.builder().byteOrderMark(true).build(), report)).id());
        assertEquals("csv", INSTALLED.forFile("data.CSV",
                head(WideCsvFormat.builder().charset(TextInput.GB18030).build(), report)).id());
        assertEquals("csv-layout", INSTALLED.forFile("report.csv", head(new LayoutCsvFormat(), report)).id());
        assertEquals("csv-layout", INSTALLED.forFile("report.csv",
                head(LayoutCsvFormat.builder().byteOrderMark(false).build(), report)).id());
        assertEquals("csv-layout", INSTALLED.forFile("report.csv",
                head(LayoutCsvFormat.builder().charset(TextInput.GB18030).build(), report)).id());
        byte[] cut = Arrays.copyOf(head(new LayoutCsvFormat(), report), 36);
        assertEquals("csv-layout", INSTALLED.forFile("report.csv", cut).id(), "a head cut inside a character");
    }

    @Test
    void aCsvThatIsNeitherFormIsNotGuessed() {
        byte[] other = "name,age\r\n张三,30\r\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(INSTALLED.findForFile("people.csv", other).isEmpty());
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> INSTALLED.forFile("people.csv", other));
        assertEquals("\"people.csv\" is none of the formats its extension names (csv, csv-layout):"
                + " its first bytes match none of them", e.getMessage());
        assertThrows(UnknownFormatException.class, () -> INSTALLED.forFile("empty.csv", new byte[0]));
    }

    @Test
    void anUnknownExtensionNamesTheExtensionsThereAre() {
        assertTrue(INSTALLED.findForFile("report.docx", new byte[0]).isEmpty());
        UnknownFormatException e = assertThrows(UnknownFormatException.class,
                () -> INSTALLED.forFile("report.docx", new byte[0]));
        assertTrue(e.getMessage().startsWith("no report format reads \"report.docx\"; known extensions are "),
                e.getMessage());
        for (String extension : List.of(".json", ".csv", ".txt")) {
            assertTrue(e.getMessage().contains(extension), e.getMessage());
        }
        assertThrows(UnknownFormatException.class, () -> INSTALLED.forFile("json", new byte[0]));
    }

    @Test
    void aRegistryOfChosenFormatsHoldsAUsersFormat() {
        ReportFormats formats = ReportFormats.of(List.of(new JsonFormat(), new TsvNamesFormat()));
        assertEquals("names-tsv", formats.byId("names-tsv").id());
        assertEquals("names-tsv", formats.forFile("list.tsv", new byte[0]).id());
        assertTrue(formats.findById("csv").isEmpty());
        assertFalse(formats.byId("names-tsv").reader().isPresent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.of(List.of(new JsonFormat(), new JsonFormat())));
        assertEquals("format ids must be unique, were [json, json]", e.getMessage());
    }
}
