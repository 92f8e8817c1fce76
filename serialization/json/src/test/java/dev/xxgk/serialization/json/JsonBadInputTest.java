package dev.xxgk.serialization.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.testing.Golden;
import dev.xxgk.serialization.testing.Marked;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed JSON documents, each made from a good one by one change, with a {@value Marked#MARK}
 * where the error must be located. Each must fail with that line and column, the JSON pointer and
 * the text found; nothing is returned.
 */
class JsonBadInputTest {

    private static final ReportReader READER = new JsonFormat().reader().orElseThrow();
    private static final String E2021 = new String(Golden.bytes("2023-dongyingqu-zfb.json"), StandardCharsets.UTF_8);
    private static final String E2019 = new String(Golden.bytes("2019-zhaoyuan-zfb.json"), StandardCharsets.UTF_8);

    private static final String GRANTED_END = "\"otherOrganization\": 0,\n      \"total\": 2\n    },\n    \"partiallyGranted\"";
    private static final String PROCUREMENT = "\"totalAmount\": {\n        \"amount\": 1500084,\n        \"unit\": \"元\"\n      }";

    static Stream<Arguments> cases() {
        return Stream.of(
                whole("an empty input", "‸", "", "",
                        "expected a JSON object holding one report, found an empty input"),
                whole("an array instead of an object", "‸[1, 2]", "", "[",
                        "expected a JSON object holding one report"),
                edit("a trailing comma", E2021, "\"otherMatters\": \"\"\n}", "\"otherMatters\": \"\",\n‸}",
                        "", "", "not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start property name"),
                edit("a truncated document", E2021, "  \"otherMatters\": \"\"\n}\n", "  \"otherMatters\": \"\"\n‸",
                        "", "", "not valid JSON: Unexpected end-of-input: expected close marker for Object"),
                edit("content after the report", E2021, "\"otherMatters\": \"\"\n}\n", "\"otherMatters\": \"\"\n}\n‸{}\n",
                        "", "{", "expected the end of the input after the report's closing brace: one document holds one report"),
                edit("an unknown key", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      ‸\"everyone\": 2,\n      \"naturalPerson\": 2,",
                        "/applications/granted/everyone", "everyone", null),
                edit("a key of the other edition", E2021, "\"regulations\": {\n      \"issued\": 0,",
                        "\"regulations\": {\n      ‸\"newlyMade\": 0,\n      \"issued\": 0,",
                        "/proactiveDisclosure/regulations/newlyMade", "newlyMade", null),
                edit("a duplicate key", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      \"naturalPerson\": 2,\n      ‸\"naturalPerson\": 2,",
                        "/applications/granted/naturalPerson", "naturalPerson",
                        "duplicate key \"naturalPerson\": each key appears once"),
                edit("a missing key", E2021, GRANTED_END,
                        "\"otherOrganization\": 0\n    ‸},\n    \"partiallyGranted\"", "/applications/granted/total", "",
                        "missing key \"total\": every key of edition 2021 is required (a blank cell is null)"),
                edit("a missing edition", E2021, "  \"edition\": \"2021\",\n", "", null, null, null),
                edit("an unknown edition", E2021, "\"edition\": \"2021\"", "\"edition\": ‸\"2020\"",
                        "/edition", "2020", "expected the edition, the string \"2019\" or \"2021\""),
                edit("the edition as a number", E2019, "\"edition\": \"2019\"", "\"edition\": ‸2019",
                        "/edition", "2019", "expected the edition, the string \"2019\" or \"2021\""),
                edit("a count as a string", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      \"naturalPerson\": ‸\"2\",", "/applications/granted/naturalPerson", "2",
                        "expected a count, an integer, or null for a blank"),
                edit("a count written 1.0", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      \"naturalPerson\": ‸1.0,", "/applications/granted/naturalPerson", "1.0",
                        "expected a count, a whole number written without fraction or exponent"),
                edit("a count written 1e3", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      \"naturalPerson\": ‸1e3,", "/applications/granted/naturalPerson", "1e3",
                        "expected a count, a whole number written without fraction or exponent"),
                edit("a count beyond int", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      \"naturalPerson\": ‸2147483648,", "/applications/granted/naturalPerson",
                        "2147483648", "expected a count in -2147483648..2147483647"),
                edit("a boolean count", E2019, "\"procurement\": {\n      \"projects\": 1,",
                        "\"procurement\": {\n      \"projects\": ‸true,", "/proactiveDisclosure/procurement/projects",
                        "true", "expected a count, an integer, or null for a blank"),
                edit("an amount in dollars", E2019, PROCUREMENT, "\"totalAmount\": {\n        \"amount\": 1500084,\n"
                        + "        \"unit\": ‸\"美元\"\n      }", "/proactiveDisclosure/procurement/totalAmount/unit", "美元",
                        "expected the unit, \"元\" or \"万元\""),
                edit("an amount without unit", E2019, PROCUREMENT, "\"totalAmount\": {\n        \"amount\": 1500084\n"
                        + "      ‸}", "/proactiveDisclosure/procurement/totalAmount/unit", "",
                        "missing key \"unit\": an amount has both amount and unit"),
                edit("an amount with an exponent", E2019, PROCUREMENT, "\"totalAmount\": {\n        \"amount\": ‸1.5E6,\n"
                        + "        \"unit\": \"元\"\n      }", "/proactiveDisclosure/procurement/totalAmount/amount", "1.5E6",
                        null),
                edit("an amount as a bare number", E2019, PROCUREMENT, "\"totalAmount\": ‸1500084",
                        "/proactiveDisclosure/procurement/totalAmount", "1500084", null),
                edit("an amount in 万元 as a string", E2021, "\"amountWanYuan\": 0", "\"amountWanYuan\": ‸\"0\"",
                        "/proactiveDisclosure/fees/amountWanYuan", "0", null),
                edit("a blank agency", E2021, "\"agency\": \"东营市东营区人民政府办公室\"", "\"agency\": ‸\"  \"",
                        "/agency", "  ", "expected the agency's name, a string that is not blank"),
                edit("a year out of range", E2021, "\"year\": 2023", "\"year\": ‸1999",
                        "/year", "1999", "expected the report year, an integer in 2008..2100"),
                edit("a day that does not exist", E2021, "\"publishedOn\": \"2024-01-26\"",
                        "\"publishedOn\": ‸\"2024-02-30\"", "/publishedOn", "2024-02-30", null),
                edit("an empty date", E2021, "\"publishedOn\": \"2024-01-26\"", "\"publishedOn\": ‸\"\"",
                        "/publishedOn", "", "expected the publication date, a string yyyy-MM-dd, or null when not known"),
                edit("a date without leading zeros", E2021, "\"publishedOn\": \"2024-01-26\"",
                        "\"publishedOn\": ‸\"2024-1-26\"", "/publishedOn", "2024-1-26",
                        "expected the publication date, a string yyyy-MM-dd, or null when not known"),
                edit("a unit as a number", E2019, PROCUREMENT, "\"totalAmount\": {\n        \"amount\": 1500084,\n"
                        + "        \"unit\": ‸1\n      }", "/proactiveDisclosure/procurement/totalAmount/unit", "1",
                        "expected the unit, \"元\" or \"万元\""),
                edit("a null text", E2021, "\"otherMatters\": \"\"", "\"otherMatters\": ‸null",
                        "/otherMatters", "null", "expected a string (an absent text is \"\")"),
                edit("a section as an array", E2021, "\"reconsiderationAndLitigation\": {",
                        "\"reconsiderationAndLitigation\": ‸[],\n  \"x\": {", "/reconsiderationAndLitigation", "[",
                        "expected an object"),
                edit("an unquoted key", E2021, "\"year\": 2023", "‸year: 2023", "", "",
                        "not valid JSON: Unexpected character ('y' (code 121)): was expecting double-quote to start"
                                + " property name"),
                edit("a value that is not JSON", E2021, "\"year\": 2023", "\"year\": ‸twenty", "/year", "", null),
                edit("a value inside a row that is not JSON", E2021, "\"granted\": {\n      \"naturalPerson\": 2,",
                        "\"granted\": {\n      \"naturalPerson\": -‸-2,", "/applications/granted/naturalPerson", "", null));
    }

    private static Arguments whole(String name, String marked, String pointer, String found, String problem) {
        return Arguments.of(name, marked, pointer, found, problem);
    }

    private static Arguments edit(String name, String base, String from, String to, String pointer, String found,
            String problem) {
        if (!base.contains(from) || base.indexOf(from) != base.lastIndexOf(from)) {
            throw new IllegalArgumentException(name + ": not found once: " + from);
        }
        String marked = base.replace(from, to);
        if (pointer == null) {
            // the missing edition: the error is at the root's closing brace
            marked = marked.substring(0, marked.lastIndexOf('}')) + Marked.MARK + "}\n";
            pointer = "/edition";
            found = "";
            problem = "missing key \"edition\": every report names its edition, \"2019\" or \"2021\"";
        }
        return Arguments.of(name, marked, pointer, found, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachIsLocated(String name, String marked, String pointer, String found, String problem) {
        Marked input = Marked.of(marked);
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> READER.read(new ByteArrayInputStream(input.text().getBytes(StandardCharsets.UTF_8)), "bad.json"));
        String where = name + ": " + e.getMessage();
        assertEquals("json", e.format(), where);
        assertEquals("bad.json", e.source(), where);
        assertEquals(input.line(), e.line(), where);
        assertEquals(input.column(), e.column(), where);
        assertEquals(pointer, e.path(), where);
        assertEquals(found, e.found(), where);
        if (problem != null) {
            assertEquals(problem, e.problem(), where);
        }
        assertTrue(e.getMessage().startsWith("bad.json:" + input.line() + ":" + input.column() + ": "), where);
    }
}
