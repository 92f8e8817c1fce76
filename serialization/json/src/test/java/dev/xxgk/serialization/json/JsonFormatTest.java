package dev.xxgk.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.testing.CloseTracking;
import dev.xxgk.serialization.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonFormatTest {

    private static final JsonFormat FORMAT = new JsonFormat();
    private static final ReportReader READER = FORMAT.reader().orElseThrow();
    private static final ReportWriter WRITER = FORMAT.writer().orElseThrow();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static byte[] write(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(report, out);
        return out.toByteArray();
    }

    static AnnualReport read(byte[] json) {
        return READER.read(new ByteArrayInputStream(json), "test.json").report();
    }

    @Test
    void theFormatIsInstalledUnderItsId() {
        assertTrue(ReportFormats.installed().byId("json") instanceof JsonFormat);
        assertEquals(List.of("json"), FORMAT.fileExtensions());
        assertFalse(FORMAT.holdsMany());
        assertTrue(FORMAT.prettyPrint());
        assertFalse(JsonFormat.builder().prettyPrint(false).build().prettyPrint());
        assertThrows(UnsupportedOperationException.class, () -> WRITER.open(new ByteArrayOutputStream()));
    }

    @Test
    void thePublishedReportsAreWrittenAsTheGoldenFilesAndReadBack() {
        Map<String, AnnualReport> reports = Map.of(
                "2019-zhaoyuan-zfb.json", PublishedReports.zhaoyuan2019(),
                "2020-dongying-xzsp.json", PublishedReports.dongyingXzsp2020(),
                "2023-dongyingqu-zfb.json", PublishedReports.dongyingqu2023());
        reports.forEach((name, report) -> {
            byte[] json = write(report);
            Golden.assertMatches(name, json);
            assertEquals(report, read(json));
        });
    }

    @Test
    void aCompactDocumentIsOneLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonFormat.builder().prettyPrint(false).build().writer().orElseThrow()
                .write(PublishedReports.dongyingqu2023(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"edition\":\"2021\",\"agency\":\"东营市东营区人民政府办公室\",\"year\":2023,"), json);
        assertEquals(1, json.lines().count());
        assertTrue(json.endsWith("}\n"));
        assertEquals(PublishedReports.dongyingqu2023(), read(out.toByteArray()));
    }

    @Test
    void keysAreReadInAnyOrderTheEditionIncluded() {
        AnnualReport report = PublishedReports.zhaoyuan2019();
        JsonNode reversed = reverse(MAPPER.readTree(write(report)));
        byte[] json = MAPPER.writeValueAsBytes(reversed);
        assertTrue(new String(json, StandardCharsets.UTF_8).startsWith("{\"otherMatters\""));
        assertEquals(report, read(json));
    }

    private static JsonNode reverse(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
        ObjectNode reversed = MAPPER.createObjectNode();
        for (int i = entries.size() - 1; i >= 0; i--) {
            reversed.set(entries.get(i).getKey(), reverse(entries.get(i).getValue()));
        }
        return reversed;
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] json = write(PublishedReports.dongyingqu2023());
        byte[] marked = new byte[json.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(json, 0, marked, 3, json.length);
        assertEquals(PublishedReports.dongyingqu2023(), read(marked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"608", "608.00", "0.000001", "12345678901234567890.123456789", "-5"})
    void moneyKeepsItsScaleAndUnit(String amount) {
        AnnualReport report = PublishedReports.zhaoyuan2019()
                .withCell("proactiveDisclosure.procurement.totalAmount", Money.of(new BigDecimal(amount), MoneyUnit.WAN_YUAN));
        byte[] json = write(report);
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"amount\": " + amount + ","), amount);
        Money read = (Money) read(json).cell("proactiveDisclosure.procurement.totalAmount");
        assertEquals(new BigDecimal(amount).scale(), read.amount().scale());
        assertEquals(report, read(json));
    }

    @Test
    void blanksAreNullAndNotZero() {
        AnnualReport report = PublishedReports.dongyingqu2023()
                .withCell("applications.granted.total", dev.xxgk.model.Count.blank())
                .withCell("proactiveDisclosure.fees.amountWanYuan", Money.blank());
        String json = new String(write(report), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"amountWanYuan\": null"), json);
        JsonNode tree = MAPPER.readTree(json);
        assertTrue(tree.at("/applications/granted/total").isNull());
        assertEquals(report, read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void streamsAreLeftOpen() {
        CloseTracking.Output out = new CloseTracking.Output();
        WRITER.write(PublishedReports.dongyingqu2023(), out);
        assertFalse(out.closed());
        CloseTracking.Input in = new CloseTracking.Input(out.toByteArray());
        READER.read(in, "in.json");
        assertFalse(in.closed());
        CloseTracking.Input all = new CloseTracking.Input(out.toByteArray());
        try (Stream<Reading> readings = READER.readAll(all, "in.json")) {
            assertEquals(1, readings.count());
        }
        assertFalse(all.closed());
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        java.io.UncheckedIOException read = assertThrows(java.io.UncheckedIOException.class,
                () -> READER.read(dev.xxgk.serialization.testing.Failing.input(new byte[] {'{'}), "in.json"));
        assertEquals("the disk is gone", read.getCause().getMessage());
        java.io.UncheckedIOException write = assertThrows(java.io.UncheckedIOException.class,
                () -> WRITER.write(PublishedReports.dongyingqu2023(), dev.xxgk.serialization.testing.Failing.output()));
        assertEquals("the disk is full", write.getCause().getMessage());
    }

    @Test
    void readAllReadsOnlyInItsTerminalOperation() {
        ByteArrayInputStream in = new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8));
        Stream<Reading> readings = READER.readAll(in, "lazy.json");
        assertEquals(1, in.available());
        ReportFormatException e = assertThrows(ReportFormatException.class, readings::toList);
        assertEquals("lazy.json", e.source());
        assertEquals("json", e.format());
    }
}
