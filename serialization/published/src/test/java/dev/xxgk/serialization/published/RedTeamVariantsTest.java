package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.serialization.Reading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of report text that once gave wrong or blank cells, each written by hand from a fixture's
 * figures (a Markdown web copy, a table with blank cells, a text extraction of a PDF): every cell
 * of sections 二 (money left out), 三 and 四 is asserted, a figure where the expected file has
 * one and a blank cell where it has null, with the header fields.
 */
class RedTeamVariantsTest {

    private static String resource(String name) {
        try (InputStream in = RedTeamVariantsTest.class.getResourceAsStream("redteam/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource redteam/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(null|\"([^\"]*)\"|(\\d+))").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name);
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static Map<String, Integer> cells(String json) {
        int at = json.indexOf("\"cells\"");
        String cells = json.substring(json.indexOf('{', at) + 1, json.indexOf('}', at));
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(null|-?\\d+)").matcher(cells);
        while (m.find()) {
            out.put(m.group(1), m.group(2).equals("null") ? null : Integer.valueOf(m.group(2)));
        }
        if (out.size() < 180) {
            throw new IllegalStateException("expected file lists only " + out.size() + " cells");
        }
        return out;
    }

    @Test
    void aTableOfFiguresAboveLabelsLeavesEveryUndecidedRowBlankWithANoteAndKeepsNoRowOfTheOtherEdition() {
        Reading reading = new PublishedTextFormat().read(resource("hua-orphan-above.txt"), "hua-orphan-above.txt");
        List<String> undecided = reading.notes().stream()
                .filter(n -> n.id().equals("published.figures-above-or-below")).map(n -> n.path()).toList();
        assertTrue(undecided.containsAll(List.of("applications.newRequests", "applications.withheld.stateSecret",
                "applications.withheld.prohibitedByLaw", "applications.withheld.enforcementFiles",
                "applications.otherHandling.noCorrection", "applications.otherHandling.other")), undecided::toString);
        // （六）其他处理 alone above 1.申请人无正当理由… is not the 2019 row with 1.'s figures
        assertEquals(List.of(), reading.report().deviations());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 三 as a Markdown pipe table (label columns, then the seven cells), some cells printed empty
        "pipe10-blank-cells3",
        // the same with one label column
        "pipe8-blank-cells3",
        // the same, tab-separated
        "tab-blank-cells3",
        // 四 as a framed pipe row whose five 行政复议 cells are printed empty (东营市行政审批服务局 2020)
        "xz-md-pipe-blank4",
        // 三 printed figures-above-labels throughout: which figures are a label's cannot be told (blank)
        "hua-orphan-above",
        // the same in edition 2019
        "syn19-orphan",
        // plain pdftotext of 洪泽区 2024: rows' figures one to a line, runs longer than a row (blank)
        "pdfplain-2024-hongzequ-zf",
        // a Markdown copy whose numbered labels are escaped (1\.属于国家秘密), as pipes and as lines
        "md-escaped-dots",
        "md-escaped-dots-space",
        // 四 as three sub-tables, the first (行政复议) printed with no figures: as pipes, as lines
        "xz-pipe3-blank4",
        "xz-space3-blank4",
        // 四's header in reading order (each group's name, then its five labels) over the one row of 15
        "sec4-header-reading-order",
        // edition 2019, every row's figures run together (1288|21|0|0|50|3|1362 as 128821005031362): a
        // thousand splits to try for the rows of four-digit figures, one of which adds up
        "syn19-merged",
        // a title that says which version it is: …年度报告（全文）
        "title-bracket-suffix",
        // 四 as one pipe table whose header names 行政复议 and 行政诉讼 over the 15 column labels, without
        // the row of 未经复议直接起诉 / 复议后起诉
        "pipe4-no-subgroup-row",
    })
    void everyCellAsPrinted(String name) {
        String expected = resource(name + ".expected.json");
        Reading reading = new PublishedTextFormat().read(resource(name + ".txt"), name + ".txt");
        AnnualReport report = reading.report();
        assertEquals(field(expected, "edition"), report.edition().code());
        assertEquals(field(expected, "agency"), report.agency());
        assertEquals(Integer.parseInt(field(expected, "year")), report.year());
        String published = field(expected, "publishedOn");
        if (published != null) {
            assertEquals(published, String.valueOf(report.publishedOn()));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> e : cells(expected).entrySet()) {
            CellValue read = report.cell(e.getKey());
            CellValue want = e.getValue() == null ? Count.blank() : Count.of(e.getValue());
            if (!want.equals(read)) {
                wrong.add(e.getKey() + ": expected " + want + ", read " + read);
            }
        }
        assertEquals(List.of(), wrong, reading.notes()::toString);
    }
}
