package dev.xxgk.serialization.json;

import static dev.xxgk.serialization.testing.Tries.TRIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.testing.Tries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema: it is the one the catalogue makes, everything the writer produces is
 * valid against it, and it rejects bad documents (which the reader rejects too).
 */
class JsonSchemaTest {

    private static final Path RESOURCE = Path.of("src/main/resources/dev/xxgk/serialization/json/xxgk-report.schema.json");
    private static final Path DOCS = Path.of("../../docs/xxgk-report.schema.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Loaded on first use, so that the test that regenerates the schema runs without one. */
    private static final class Shipped {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonFormat.jsonSchema(), InputFormat.JSON);
    }
    private static final JsonFormat FORMAT = new JsonFormat();

    /** Run with {@code -Dxxgk.schema.update=true} to write the schema the catalogue makes into both places. */
    @Test
    void theShippedSchemaIsTheOneTheCatalogueMakes() throws IOException {
        String expected = JsonSchemaGenerator.text();
        if (Boolean.getBoolean("xxgk.schema.update")) {
            Files.createDirectories(DOCS.getParent());
            Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
        }
        String hint = "the schema differs from what the catalogue makes; regenerate it with"
                + " mvn -pl serialization test -Dtest=JsonSchemaTest -Dxxgk.schema.update=true";
        assertEquals(expected, Files.readString(RESOURCE, StandardCharsets.UTF_8), hint);
        assertEquals(expected, Files.readString(DOCS, StandardCharsets.UTF_8), hint);
    }

    @Test
    void theModuleShipsTheSchema() throws IOException {
        assertEquals(Files.readString(RESOURCE, StandardCharsets.UTF_8), JsonFormat.jsonSchema());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everythingTheWriterProducesIsValid(Edition edition) {
        qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
            String json = write(Tries.exchangeReport(seed, edition));
            List<Error> errors = Shipped.SCHEMA.validate(json, InputFormat.JSON);
            assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
        });
    }

    @Test
    void thePublishedReportsAreValid() {
        for (AnnualReport report : List.of(PublishedReports.zhaoyuan2019(), PublishedReports.dongyingXzsp2020(),
                PublishedReports.dongyingqu2023())) {
            assertEquals(List.of(), Shipped.SCHEMA.validate(write(report), InputFormat.JSON));
        }
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("a missing key", Edition.EDITION_2021, "/applications/granted/total",
                        d -> object(d, "/applications/granted").remove("total")),
                bad("an unknown key", Edition.EDITION_2021, "/applications/granted/everyone",
                        d -> object(d, "/applications/granted").put("everyone", 1)),
                bad("a key of the other edition", Edition.EDITION_2021, "/proactiveDisclosure/regulations/newlyMade",
                        d -> object(d, "/proactiveDisclosure/regulations").put("newlyMade", 1)),
                bad("a count as a string", Edition.EDITION_2021, "/applications/granted/total",
                        d -> object(d, "/applications/granted").put("total", "5")),
                bad("a fractional count", Edition.EDITION_2019, "/applications/carriedOver/naturalPerson",
                        d -> object(d, "/applications/carriedOver").put("naturalPerson", 1.5)),
                bad("a count beyond int", Edition.EDITION_2021, "/reconsiderationAndLitigation/reconsideration/upheld",
                        d -> object(d, "/reconsiderationAndLitigation/reconsideration").put("upheld", 2147483648L)),
                bad("no edition", Edition.EDITION_2021, "/edition", d -> d.remove("edition")),
                bad("an unknown edition", Edition.EDITION_2021, "/edition", d -> d.put("edition", "2020")),
                bad("the edition as a number", Edition.EDITION_2019, "/edition", d -> d.put("edition", 2019)),
                bad("an amount in dollars", Edition.EDITION_2019, "/proactiveDisclosure/procurement/totalAmount/unit",
                        d -> object(d, "/proactiveDisclosure/procurement/totalAmount").put("unit", "美元")),
                bad("an amount without unit", Edition.EDITION_2019, "/proactiveDisclosure/procurement/totalAmount/unit",
                        d -> object(d, "/proactiveDisclosure/procurement/totalAmount").remove("unit")),
                bad("an amount in 万元 as a string", Edition.EDITION_2021, "/proactiveDisclosure/fees/amountWanYuan",
                        d -> object(d, "/proactiveDisclosure/fees").put("amountWanYuan", "1.5")),
                bad("a blank agency", Edition.EDITION_2021, "/agency", d -> d.put("agency", " ")),
                bad("a year before 2008", Edition.EDITION_2019, "/year", d -> d.put("year", 2007)),
                bad("a date with slashes", Edition.EDITION_2021, "/publishedOn", d -> d.put("publishedOn", "2024/01/26")),
                bad("a null text", Edition.EDITION_2021, "/otherMatters", d -> d.putNull("otherMatters")),
                bad("a row as an array", Edition.EDITION_2021, "/applications/granted",
                        d -> object(d, "/applications").putArray("granted").add(1)),
                bad("a table as null", Edition.EDITION_2019, "/reconsiderationAndLitigation",
                        d -> d.putNull("reconsiderationAndLitigation")),
                bad("a deviation of the report's own edition", Edition.EDITION_2021, "/deviations/0/edition",
                        d -> deviation(d, "2021", "applications.otherHandling")),
                bad("a deviation of a row both editions have", Edition.EDITION_2021, "/deviations/0/row",
                        d -> deviation(d, "2019", "applications.granted")),
                bad("a deviation of an unknown row", Edition.EDITION_2019, "/deviations/0/row",
                        d -> deviation(d, "2021", "applications.otherHandling.everything")),
                bad("a deviation with an unknown column", Edition.EDITION_2021, "/deviations/0/cells/everyone",
                        d -> ((ObjectNode) deviation(d, "2019", "applications.otherHandling").get("cells"))
                                .put("everyone", 1)),
                bad("a deviation without a column", Edition.EDITION_2021, "/deviations/0/cells/total",
                        d -> ((ObjectNode) deviation(d, "2019", "applications.otherHandling").get("cells"))
                                .remove("total")),
                bad("a deviation without its cells", Edition.EDITION_2019, "/deviations/0/cells",
                        d -> deviation(d, "2021", "applications.otherHandling.other").remove("cells")),
                bad("deviations as an object", Edition.EDITION_2021, "/deviations", d -> d.putObject("deviations")));
    }

    private static Arguments bad(String name, Edition edition, String pointer, Consumer<ObjectNode> change) {
        return Arguments.of(name, edition, pointer, change);
    }

    /** Adds a deviation of a row with a count of 1 in each of the seven applicant columns. */
    private static ObjectNode deviation(ObjectNode document, String edition, String row) {
        ObjectNode deviation = document.putArray("deviations").addObject();
        deviation.put("edition", edition);
        deviation.put("row", row);
        ObjectNode cells = deviation.putObject("cells");
        for (String column : List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
                "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total")) {
            cells.put(column, 1);
        }
        return deviation;
    }

    private static ObjectNode object(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void theSchemaAndTheReaderRejectBadDocuments(String name, Edition edition, String pointer,
            Consumer<ObjectNode> change) {
        AnnualReport report = edition == Edition.EDITION_2019 ? PublishedReports.zhaoyuan2019()
                : PublishedReports.dongyingqu2023();
        ObjectNode document = (ObjectNode) MAPPER.readTree(write(report));
        change.accept(document);
        String json = MAPPER.writeValueAsString(document);
        List<Error> errors = Shipped.SCHEMA.validate(json, InputFormat.JSON);
        assertFalse(errors.isEmpty(), name + " passed the schema");
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> FORMAT.reader().orElseThrow()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json"));
        assertEquals(pointer, e.path(), e.getMessage());
    }

    private static String write(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writer().orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
