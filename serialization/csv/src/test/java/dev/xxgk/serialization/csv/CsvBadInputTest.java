package dev.xxgk.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.testing.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed CSV inputs of both forms, each made from a good file by one change. Each must fail
 * with the line, the column (the field's position), the path (the column's header, or the code of
 * the row or cell) and the text found; nothing is returned.
 */
class CsvBadInputTest {

    private static final WideCsvFormat WIDE = new WideCsvFormat();
    private static final LayoutCsvFormat LAYOUT = new LayoutCsvFormat();

    /** Header, then rows of 2019 (line 2), 2020 in edition 2019 (line 3) and 2023 in edition 2021 (line 4). */
    private static final List<List<String>> DATA_SET = parse(Golden.bytes("published-reports.csv"));
    private static final String LAYOUT_2021 = new String(Golden.bytes("2023-dongyingqu-zfb.layout.csv"),
            StandardCharsets.UTF_8).substring(1);

    private static List<List<String>> parse(byte[] csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : new String(csv, StandardCharsets.UTF_8).split("\r\n")) {
            rows.add(new ArrayList<>(Arrays.asList(line.split(",", -1))));
        }
        return rows;
    }

    private static int column(String code) {
        int at = DATA_SET.get(0).indexOf(code);
        if (at < 0) {
            throw new IllegalArgumentException(code);
        }
        return at;
    }

    /** The data set with one change. */
    private static String wide(UnaryOperator<List<List<String>>> change) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : DATA_SET) {
            rows.add(new ArrayList<>(row));
        }
        StringBuilder csv = new StringBuilder();
        for (List<String> row : change.apply(rows)) {
            csv.append(String.join(",", row)).append("\r\n");
        }
        return csv.toString();
    }

    private static UnaryOperator<List<List<String>>> set(int line, String code, String value) {
        return rows -> {
            rows.get(line - 1).set(column(code), value);
            return rows;
        };
    }

    private static UnaryOperator<List<List<String>>> drop(String code) {
        return rows -> {
            int at = column(code);
            rows.forEach(row -> row.remove(at));
            return rows;
        };
    }

    /** The 2023 layout file with one line replaced: the line is found by how it starts. */
    private static String layout(String startsWith, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(LAYOUT_2021.split("\r\n", -1)));
        int at = lineIndex(startsWith);
        if (replacement == null) {
            lines.remove(at);
        } else {
            lines.set(at, replacement);
        }
        return String.join("\r\n", lines);
    }

    private static int lineIndex(String startsWith) {
        List<String> lines = Arrays.asList(LAYOUT_2021.split("\r\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startsWith)) {
                return i;
            }
        }
        throw new IllegalArgumentException(startsWith);
    }

    /** The 1-based line of the layout file that starts so. */
    private static long lineOf(String startsWith) {
        return lineIndex(startsWith) + 1;
    }

    static Stream<Arguments> cases() {
        int width = DATA_SET.get(0).size();
        String granted = "applications.granted.total";
        return Stream.of(
                wide("an empty input", "", 1, 0, "", ""),
                wide("an unknown header", wide(rows -> {
                    rows.get(0).set(5, "overview.proactiv");
                    return rows;
                }), 1, 6, "overview.proactiv", "overview.proactiv"),
                wide("a duplicate header", wide(rows -> {
                    rows.get(0).set(13, rows.get(0).get(12));
                    return rows;
                }), 1, 14, "proactiveDisclosure.regulations.newlyMade", "proactiveDisclosure.regulations.newlyMade"),
                wide("a missing field column", wide(drop("year")), 1, 0, "year", ""),
                wide("a missing column the row's edition needs", wide(drop("proactiveDisclosure.procurement.totalAmount")),
                        2, 0, "proactiveDisclosure.procurement.totalAmount", ""),
                wide("a short row", wide(rows -> {
                    rows.get(1).remove(width - 1);
                    return rows;
                }), 2, width, DATA_SET.get(0).get(width - 1), ""),
                wide("a long row", wide(rows -> {
                    rows.get(2).add("x");
                    return rows;
                }), 3, width + 1, "", "x"),
                wide("a count that is not a number", wide(set(4, granted, "两")), 4, column(granted) + 1, granted, "两"),
                wide("a count with a fraction", wide(set(4, granted, "1.5")), 4, column(granted) + 1, granted, "1.5"),
                wide("a count with a space", wide(set(3, granted, " 3")), 3, column(granted) + 1, granted, " 3"),
                wide("a placeholder for a blank", wide(set(2, granted, "/")), 2, column(granted) + 1, granted, "/"),
                wide("a missing edition", wide(set(3, "edition", "")), 3, 1, "edition", ""),
                wide("an unknown edition", wide(set(3, "edition", "2020")), 3, 1, "edition", "2020"),
                wide("a cell of the other edition", wide(set(4, "proactiveDisclosure.regulations.newlyMade", "3")),
                        4, column("proactiveDisclosure.regulations.newlyMade") + 1,
                        "proactiveDisclosure.regulations.newlyMade", "3"),
                wide("an amount without unit", wide(set(2, "proactiveDisclosure.procurement.totalAmount", "1500084")),
                        2, column("proactiveDisclosure.procurement.totalAmount") + 1,
                        "proactiveDisclosure.procurement.totalAmount", "1500084"),
                wide("an amount in 万元 with its unit", wide(set(4, "proactiveDisclosure.fees.amountWanYuan", "0万元")),
                        4, column("proactiveDisclosure.fees.amountWanYuan") + 1, "proactiveDisclosure.fees.amountWanYuan",
                        "0万元"),
                wide("a two-digit year", wide(set(4, "year", "23")), 4, 3, "year", "23"),
                wide("a date with slashes", wide(set(4, "publishedOn", "2024/1/26")), 4, 4, "publishedOn", "2024/1/26"),
                wide("a blank agency", wide(set(2, "agency", " ")), 2, 2, "agency", " "),
                wide("a quote left open", wide(set(3, "agency", "\"东营")), 3, 2, "", ""),
                wide("a quote left open in a row's first field", wide(set(3, "edition", "\"2019")), 3, 1, "", ""),
                wide("a row after a text of two lines", wide(rows -> {
                    rows.get(1).set(column("otherMatters"), "\"第一行\r\n第二行\"");
                    rows.get(2).set(column(granted), "x");
                    return rows;
                }), 4, column(granted) + 1, granted, "x"),
                layout("an empty input", "", 1, 0, "edition", ""),
                layout("a wide file read as layout", wide(rows -> rows), 1, 1, "edition", "edition"),
                layout("a missing edition", layout("报告格式,", "报告格式,"), 1, 2, "edition", ""),
                layout("an unknown edition", layout("报告格式,", "报告格式,2020"), 1, 2, "edition", "2020"),
                layout("a field row renamed", layout("报告年度,", "年度,2023"), 3, 1, "year", "年度"),
                layout("a value after a field's value", layout("报告机关,", "报告机关,东营市东营区人民政府办公室,办公室"),
                        2, 3, "agency", "办公室"),
                layout("a year that is not a year", layout("报告年度,", "报告年度,二〇二三"), 3, 2, "year", "二〇二三"),
                layout("a caption changed", layout("第二十条第（五）项", "第二十条第五项"), lineOf("第二十条第（五）项"), 1,
                        "proactiveDisclosure", "第二十条第五项"),
                layout("a row label changed", layout("规章,", "规 章,0,0,0"), lineOf("规章,"), 1,
                        "proactiveDisclosure.regulations", "规 章"),
                layout("a row left out", layout("行政规范性文件,", null), lineOf("行政规范性文件,"), 1,
                        "proactiveDisclosure.normativeDocuments", "第二十条第（五）项"),
                layout("a count that is not a number", layout("行政规范性文件,", "行政规范性文件,1,零,7"),
                        lineOf("行政规范性文件,"), 3, "proactiveDisclosure.normativeDocuments.repealed", "零"),
                layout("a value after a row's last column", layout("规章,", "规章,0,0,0,,9"), lineOf("规章,"), 6,
                        "proactiveDisclosure.regulations", "9"),
                layout("a column label changed", layout(",,,,商业企业", ",,,,企业,科研机构,社会公益组织,法律服务机构,其他,"),
                        lineOf(",,,,商业企业"), 5, "applications", "企业"),
                layout("a group label changed", layout(",（三）不予公开,", ",（三）不公开,1.属于国家秘密,2,0,0,0,0,0,2"),
                        lineOf(",（三）不予公开,"), 2, "applications.withheld.stateSecret", "（三）不公开"),
                layout("a count of section 四 that is not a number", layout("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
                        "0,0,0,0,0,0,0,0,0,0,0,0,0,一,0"), lineOf("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"), 14,
                        "reconsiderationAndLitigation.litigationAfterReconsideration.pending", "一"),
                layout("a truncated file", LAYOUT_2021.substring(0, LAYOUT_2021.indexOf("四、政府信息公开行政复议")),
                        lineOf("四、政府信息公开行政复议"), 0, "reconsiderationAndLitigation", ""),
                layout("a row after the end", LAYOUT_2021 + "七、附件,见附表\r\n", lineOf("六、") + 1, 1, "", "七、附件"));
    }

    private static Arguments wide(String name, String input, long line, long column, String path, String found) {
        return Arguments.of("wide: " + name, WIDE, input.getBytes(StandardCharsets.UTF_8), line, column, path, found);
    }

    private static Arguments layout(String name, String input, long line, long column, String path, String found) {
        return Arguments.of("layout: " + name, LAYOUT, input.getBytes(StandardCharsets.UTF_8), line, column, path,
                found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachIsLocated(String name, ReportFormat format, byte[] input, long line, long column, String path,
            String found) {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> format.reader().orElseThrow()
                .readAll(new ByteArrayInputStream(input), "bad.csv").toList());
        String where = name + ": " + e.getMessage();
        assertEquals(format.id(), e.format(), where);
        assertEquals("bad.csv", e.source(), where);
        assertEquals(line, e.line(), where);
        assertEquals(column, e.column(), where);
        assertEquals(path, e.path(), where);
        assertEquals(found, e.found(), where);
        assertTrue(e.getMessage().startsWith("bad.csv:" + line + (column > 0 ? ":" + column : "") + ": "), where);
        if (format == LAYOUT || line <= 2) {
            ReportFormatException again = assertThrows(ReportFormatException.class,
                    () -> format.reader().orElseThrow().read(new ByteArrayInputStream(input), "bad.csv"));
            assertEquals(e.getMessage(), again.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undecodable")
    void bytesThatAreNeitherUtf8NorGb18030AreLocated(String name, byte[] input, long line) {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> WIDE.reader().orElseThrow().readAll(new ByteArrayInputStream(input), "bad.csv").toList());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().startsWith("the input is not valid GB18030"), e.getMessage());
    }

    static Stream<Arguments> undecodable() {
        return Stream.of(Arguments.of("a byte 0xFF", new byte[] {'e', (byte) 0xFF, '\n'}, 1),
                Arguments.of("a lead byte without its trail", new byte[] {'e', (byte) 0x81, '\n'}, 1));
    }
}
