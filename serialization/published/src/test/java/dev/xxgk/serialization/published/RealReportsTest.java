package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import dev.xxgk.serialization.Reading;
import dev.xxgk.template.Cell;
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

/**
 * Real reports published as PDF, read from their {@code pdftotext -layout} rendering (until the
 * PDF reader exists) and from a repository's own partial extraction, every truth cell asserted.
 * The truth files (copied from the shared fixtures) list each cell's printed value, or null where
 * the report prints none; money cells are not in them.
 */
class RealReportsTest {

    private static String resource(String name) {
        try (InputStream in = RealReportsTest.class.getResourceAsStream("real/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource real/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a truth file: code to value, null for a cell the report leaves without a figure. */
    static Map<String, Integer> truth(String name) {
        String json = resource(name);
        int at = json.indexOf("\"cells\"");
        String cells = json.substring(json.indexOf('{', at) + 1, json.indexOf('}', at));
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(null|-?\\d+)").matcher(cells);
        while (m.find()) {
            out.put(m.group(1), m.group(2).equals("null") ? null : Integer.valueOf(m.group(2)));
        }
        return out;
    }

    /** Every cell of the truth as read: a figure where the truth has one, blank where it has null. */
    private static List<String> mismatches(AnnualReport report, Map<String, Integer> truth, List<String> onlyPrefixes) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            if (!onlyPrefixes.isEmpty() && onlyPrefixes.stream().noneMatch(e.getKey()::startsWith)) {
                continue;
            }
            CellValue read = report.cell(e.getKey());
            CellValue expected = e.getValue() == null ? Count.blank() : Count.of(e.getValue());
            if (!expected.equals(read)) {
                wrong.add(e.getKey() + ": expected " + expected + ", read " + read);
            }
        }
        return wrong;
    }

    private static Reading read(String text, String source) {
        return new PublishedTextFormat().read(text, source);
    }

    @Test
    void huaian2024FromItsPdfLayoutTextEveryTruthCell() {
        Reading reading = read(resource("2024-huaian-szf.layout.txt"), "2024-huaian-szf.layout.txt");
        AnnualReport report = reading.report();
        assertEquals(Edition.EDITION_2021, report.edition());
        assertEquals("淮安市人民政府", report.agency());
        assertEquals(2024, report.year());
        assertEquals(List.of(), mismatches(report, truth("2024-huaian-szf.truth.json"), List.of()),
                reading.notes()::toString);
    }

    @Test
    void hongzequ2023FromItsPdfLayoutTextEveryTruthCell() {
        Reading reading = read(resource("2023-hongzequ-zf.layout.txt"), "2023-hongzequ-zf.layout.txt");
        assertEquals(List.of(), mismatches(reading.report(), truth("2023-hongzequ-zf.truth.json"), List.of()),
                reading.notes()::toString);
    }

    @Test
    void hongzequ2023KeepsItsPrintedEdition2019RowAsADeviationAndItsPrintedErrorForValidate() {
        Reading reading = read(resource("2023-hongzequ-zf.layout.txt"), "2023-hongzequ-zf.layout.txt");
        AnnualReport report = reading.report();
        assertEquals(Edition.EDITION_2021, report.edition());
        assertEquals(1, report.deviations().size(), report.deviations()::toString);
        TemplateDeviation deviation = report.deviations().get(0);
        assertEquals("applications.otherHandling", deviation.path());
        assertEquals("（六）其他处理", deviation.label());
        assertEquals(Edition.EDITION_2019, deviation.edition());
        assertEquals(List.of("naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization",
                "legalServiceAgency", "otherOrganization", "total"), List.copyOf(deviation.cells().keySet()));
        assertTrue(deviation.cells().values().stream().allMatch(Count.of(0)::equals), deviation::toString);
        // no split invented: the three rows of edition 2021 stay blank
        assertTrue(report.cell("applications.otherHandling.other.total").isBlank());
        assertTrue(reading.notes().stream().anyMatch(n -> n.id().equals("published.row-of-other-edition")
                && n.path().equals("applications.otherHandling") && n.line() == 130), reading.notes()::toString);
        ValidationResult result = ReportValidator.standard(Profile.AUDIT).validate(report);
        List<String> rules = result.violations().stream().map(Violation::ruleId).distinct().toList();
        assertTrue(rules.contains("TEMPLATE-DEVIATION"), rules::toString);
        // 行政复议 10|1|0|0|总计 0 is printed so: read as printed, and validate reports it
        assertTrue(result.violations().stream().anyMatch(v -> v.ruleId().equals("LIT-TOTAL")
                && v.path().startsWith("reconsiderationAndLitigation.reconsideration")), result::toString);
        assertEquals(Count.of(0), report.cell("reconsiderationAndLitigation.reconsideration.total"));
    }

    @Test
    void huaian2024TheRepositorysOwnPartialExtractionEveryCellItHolds() {
        // the extraction starts inside section 二 and has no title: the report's own title line is put before it
        String text = "淮安市人民政府2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                + resource("2024-huaian-szf.repo-extract.txt");
        Reading reading = read(text, "2024-huaian-szf.repo-extract.txt");
        AnnualReport report = reading.report();
        Map<String, Integer> truth = truth("2024-huaian-szf.truth.json");
        List<String> held = List.of("proactiveDisclosure.penalties", "proactiveDisclosure.coercion",
                "applications.newRequests", "applications.carriedOver", "applications.granted.",
                "applications.partiallyGranted", "applications.withheld", "applications.unavailable.notHeld");
        assertEquals(List.of(), mismatches(report, truth, held), reading.notes()::toString);
        // the rows the extraction does not reach are blank, never guessed
        for (Cell cell : report.template().cells()) {
            if (held.stream().noneMatch(cell.code()::startsWith) && !cell.code().equals("proactiveDisclosure.fees.amountWanYuan")) {
                assertTrue(cell.get(report).isBlank(), cell.code() + " " + cell.get(report));
            }
        }
    }

    @Test
    void hongzequ2024FromItsPdfLayoutTextEveryTruthCell() {
        Reading reading = read(resource("2024-hongzequ-zf.layout.txt"), "2024-hongzequ-zf.layout.txt");
        assertEquals(List.of(), mismatches(reading.report(), truth("2024-hongzequ-zf.truth.json"), List.of()),
                reading.notes()::toString);
    }
}
