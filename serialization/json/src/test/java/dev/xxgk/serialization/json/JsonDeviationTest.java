package dev.xxgk.serialization.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.testing.Deviations;
import dev.xxgk.serialization.testing.Marked;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rows of another edition a report prints ({@code deviations}): written after the report's keys, read strictly. */
class JsonDeviationTest {

    private static final JsonFormat FORMAT = new JsonFormat();
    private static final AnnualReport REPORT = Deviations.dongyingquAsHongze();
    private static final String WRITTEN = write(REPORT);

    private static final String DEVIATIONS = """
              "otherMatters": "",
              "deviations": [
                {
                  "edition": "2019",
                  "row": "applications.otherHandling",
                  "cells": {
                    "naturalPerson": 8,
                    "commercialEnterprise": 0,
                    "researchInstitution": 0,
                    "publicInterestOrganization": 0,
                    "legalServiceAgency": 0,
                    "otherOrganization": 0,
                    "total": 8
                  }
                }
              ]
            }
            """;

    @Test
    void aDeviationIsWrittenLastAndReadsBackEqual() {
        assertTrue(WRITTEN.endsWith(DEVIATIONS), WRITTEN);
        AnnualReport read = read(WRITTEN);
        assertEquals(REPORT, read);
        assertEquals(1, read.deviations().size());
        assertEquals("（六）其他处理", read.deviations().get(0).label());
        assertEquals(WRITTEN, write(read));
    }

    @Test
    void aReportWithoutDeviationsHasNoKeyForThem() {
        assertTrue(!write(PublishedReports.dongyingqu2023()).contains("deviations"));
        // an empty array is accepted, and is no deviation
        String empty = write(PublishedReports.dongyingqu2023()).replace("\"otherMatters\": \"\"\n}",
                "\"otherMatters\": \"\",\n  \"deviations\": []\n}");
        assertEquals(PublishedReports.dongyingqu2023(), read(empty));
    }

    @Test
    void theKeysOfADeviationComeInAnyOrder() {
        String cellsFirst = WRITTEN.replace("\"edition\": \"2019\",\n      \"row\": \"applications.otherHandling\",\n", "")
                .replace("\"total\": 8\n      }\n", "\"total\": 8\n      },\n      \"row\": \"applications.otherHandling\",\n"
                        + "      \"edition\": \"2019\"\n");
        assertTrue(!cellsFirst.equals(WRITTEN));
        assertEquals(REPORT, read(cellsFirst));
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                edit("the report's own edition", "\"edition\": \"2019\",\n      \"row\"",
                        "\"edition\": ‸\"2021\",\n      \"row\"", "/deviations/0/edition", "2021",
                        "expected the edition of a row the report's edition 2021 does not have, \"2019\""),
                edit("not an edition", "\"edition\": \"2019\",\n      \"row\"", "\"edition\": ‸\"2020\",\n      \"row\"",
                        "/deviations/0/edition", "2020", "expected the edition, the string \"2019\" or \"2021\""),
                edit("a row both editions have", "\"row\": \"applications.otherHandling\"",
                        "\"row\": ‸\"applications.granted\"", "/deviations/0/row", "applications.granted",
                        "unknown row \"applications.granted\" of edition 2019 in a report of edition 2021; a row of"
                                + " another edition is one the report's edition does not have: proactiveDisclosure.otherServices,"
                                + " proactiveDisclosure.procurement, applications.otherHandling"),
                edit("an unknown row", "\"row\": \"applications.otherHandling\"", "\"row\": ‸\"applications.other\"",
                        "/deviations/0/row", "applications.other", null),
                edit("an unknown column", "\"naturalPerson\": 8,", "‸\"everyone\": 8,", "/deviations/0/cells/everyone",
                        "everyone", "unknown key \"everyone\" in the cells of row applications.otherHandling of edition"
                                + " 2019; expected one of naturalPerson, commercialEnterprise, researchInstitution,"
                                + " publicInterestOrganization, legalServiceAgency, otherOrganization, total"),
                edit("a missing column", "\"otherOrganization\": 0,\n        \"total\": 8\n      }",
                        "\"otherOrganization\": 0\n      ‸}", "/deviations/0/cells/total", "",
                        "missing key \"total\": every column of the row is required (a blank cell is null)"),
                edit("a duplicate column", "\"naturalPerson\": 8,", "\"naturalPerson\": 8,\n        ‸\"naturalPerson\": 8,",
                        "/deviations/0/cells/naturalPerson", "naturalPerson",
                        "duplicate key \"naturalPerson\": each key appears once"),
                edit("a count as a string", "\"naturalPerson\": 8,", "\"naturalPerson\": ‸\"8\",",
                        "/deviations/0/cells/naturalPerson", "8", "expected a count, an integer, or null for a blank"),
                edit("a count written 8.0", "\"naturalPerson\": 8,", "\"naturalPerson\": ‸8.0,",
                        "/deviations/0/cells/naturalPerson", "8.0",
                        "expected a count, a whole number written without fraction or exponent"),
                edit("a count beyond int", "\"naturalPerson\": 8,", "\"naturalPerson\": ‸2147483648,",
                        "/deviations/0/cells/naturalPerson", "2147483648", "expected a count in -2147483648..2147483647"),
                edit("no row", "\"row\": \"applications.otherHandling\",\n", "", "/deviations/0/row", "",
                        "missing key \"row\": a row of another edition names its edition, its row and its cells"),
                edit("an unknown key", "\"row\": \"applications.otherHandling\",",
                        "\"row\": \"applications.otherHandling\",\n      ‸\"label\": \"（六）其他处理\",", "/deviations/0",
                        "label", "unknown key \"label\" in a row of another edition; expected one of edition, row, cells"),
                edit("the row twice", "        \"total\": 8\n      }\n    }\n  ]",
                        "        \"total\": 8\n      }\n    },\n    {\"edition\": \"2019\", \"row\": ‸\"applications.otherHandling\","
                                + " \"cells\": {\"naturalPerson\": 8, \"commercialEnterprise\": 0, \"researchInstitution\": 0,"
                                + " \"publicInterestOrganization\": 0, \"legalServiceAgency\": 0, \"otherOrganization\": 0,"
                                + " \"total\": 8}}\n  ]",
                        "/deviations/1/row", "applications.otherHandling",
                        "duplicate row \"applications.otherHandling\": each row of another edition is kept once"),
                edit("a deviation as a string", "\"deviations\": [\n    {", "\"deviations\": [\n    ‸\"（六）其他处理\",\n    {",
                        "/deviations/0", "（六）其他处理", null),
                edit("deviations as an object", "\"deviations\": [", "\"deviations\": ‸{\"x\": [", "/deviations", "{",
                        null));
    }

    private static Arguments edit(String name, String from, String to, String pointer, String found, String problem) {
        if (!WRITTEN.contains(from) || WRITTEN.indexOf(from) != WRITTEN.lastIndexOf(from)) {
            throw new IllegalArgumentException(name + ": not found once: " + from);
        }
        String marked = WRITTEN.replace(from, to);
        if (!marked.contains(Marked.MARK)) {
            // a missing key: at the closing brace of the deviation
            int end = marked.indexOf("\n    }\n  ]");
            marked = marked.substring(0, end + 5) + Marked.MARK + marked.substring(end + 5);
        }
        return Arguments.of(name, marked, pointer, found, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void eachIsLocated(String name, String marked, String pointer, String found, String problem) {
        Marked input = Marked.of(marked);
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(input.text()));
        String where = name + ": " + e.getMessage();
        assertEquals(input.line(), e.line(), where);
        assertEquals(input.column(), e.column(), where);
        assertEquals(pointer, e.path(), where);
        assertEquals(found, e.found(), where);
        if (problem != null) {
            assertEquals(problem, e.problem(), where);
        }
    }

    @Test
    void bytesWrittenTwiceAreTheSame() {
        assertArrayEquals(WRITTEN.getBytes(StandardCharsets.UTF_8), write(read(WRITTEN)).getBytes(StandardCharsets.UTF_8));
    }

    private static AnnualReport read(String json) {
        return FORMAT.reader().orElseThrow()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json").report();
    }

    private static String write(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writer().orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
