package dev.xxgk.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.testkit.ReportGenerator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A user's own Jackson 2 mapper with the module: exactly the SDK's JSON, both ways. */
class XxgkJackson2ModuleTest {

    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000) / 4;

    private static final JsonFormat COMPACT = JsonFormat.builder().prettyPrint(false).build();
    private static final JsonFormat PRETTY = new JsonFormat();

    /** A plain mapper, the module found through ServiceLoader. */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /** A report inside a user's own type. */
    record Envelope(String id, AnnualReport report) {
    }

    @Test
    void theModuleIsFoundThroughServiceLoader() throws Exception {
        assertTrue(MAPPER.getRegisteredModuleIds().contains(new XxgkJackson2Module().getTypeId()),
                MAPPER.getRegisteredModuleIds().toString());
        assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof XxgkJackson2Module));
        // without it, databind sees records of records, and stops at the publication date
        assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                () -> new ObjectMapper().writeValueAsString(PublishedReports.dongyingqu2023()));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void generatedReportsAreWrittenByteForByteAsTheSdkWritesThemAndReadBack(Edition edition) throws Exception {
        SplittableRandom random = new SplittableRandom(edition.ordinal());
        for (int i = 0; i < TRIES; i++) {
            // every third report keeps rows of the other edition as printed, which the SDK's JSON carries
            AnnualReport report = i % 3 == 2 ? ReportGenerator.withDeviations(random, edition)
                    : i % 3 == 0 ? ReportGenerator.valid(random, edition) : ReportGenerator.withBlanks(random, edition);
            assertEquals(i % 3 == 2, !report.deviations().isEmpty());
            String sdk = COMPACT.toJson(report);
            assertEquals(sdk, MAPPER.writeValueAsString(report));
            assertEquals(report, MAPPER.readValue(sdk, AnnualReport.class));
            assertEquals(report, MAPPER.readValue(PRETTY.toJson(report), AnnualReport.class));
        }
    }

    @Test
    void publishedReportsWithBlanksAndMoneyRoundTrip() throws Exception {
        for (AnnualReport report : List.of(PublishedReports.zhaoyuan2019(), PublishedReports.dongyingXzsp2020(),
                PublishedReports.dongyingqu2023())) {
            String json = MAPPER.writeValueAsString(report);
            assertEquals(COMPACT.toJson(report), json);
            assertEquals(report, MAPPER.readValue(json, AnnualReport.class));
            assertEquals(report, COMPACT.parse(json));
        }
        assertTrue(COMPACT.toJson(PublishedReports.dongyingXzsp2020()).contains(":null"), "the fixture has blanks");
    }

    @Test
    void aReportInsideTheUsersOwnTypesAndAnIndentingMapper() throws Exception {
        ObjectMapper indenting = JsonMapper.builder().addModule(new XxgkJackson2Module())
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        Envelope envelope = new Envelope("a-1", PublishedReports.dongyingXzsp2020());
        String json = indenting.writeValueAsString(envelope);
        assertTrue(json.contains("\n"), json);
        assertEquals(envelope, indenting.readValue(json, Envelope.class));
        List<AnnualReport> reports = List.of(PublishedReports.zhaoyuan2019(), PublishedReports.dongyingqu2023());
        assertEquals(reports, MAPPER.readValue(MAPPER.writeValueAsString(reports), new TypeReference<List<AnnualReport>>() {
        }));
        assertNull(MAPPER.readValue("null", AnnualReport.class));
    }

    @Test
    void readingStaysStrictWhateverTheMappersFeatures() throws Exception {
        ObjectMapper lenient = JsonMapper.builder().addModule(new XxgkJackson2Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String json = COMPACT.toJson(PublishedReports.dongyingqu2023());
        String unknown = json.replace("{\"edition\":", "{\"vendorField\":1,\"edition\":");
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> lenient.readValue(unknown, AnnualReport.class));
        assertInstanceOf(ReportFormatException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("not an xxgk report: /vendorField: "), e.getMessage());
        String fraction = json.replace("\"year\":2023", "\"year\":2023.5");
        assertThrows(JsonMappingException.class, () -> lenient.readValue(fraction, AnnualReport.class));
        String missing = json.replace(",\"agency\":", ",\"agencyName\":");
        assertThrows(JsonMappingException.class, () -> lenient.readValue(missing, AnnualReport.class));
        assertThrows(JsonMappingException.class, () -> lenient.readValue("[1,2]", AnnualReport.class));
    }
}
