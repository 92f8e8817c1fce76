package dev.xxgk.serialization.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real PDFs read through the whole pipeline, every truth cell asserted.
 *
 * <p>洪泽区 prints the label {@code 2.其他法律行政止公开} (a typo of {@code 2.其他法律行政法规禁止公开}):
 * the aligner takes it for that row only because no other row of its group fits, and says so in a
 * note.
 */
class RealPdfReadingTest {

    private static final String TYPO_ROW = "applications.withheld.prohibitedByLaw.";

    private static Reading read(String stem) {
        return new PdfFormat().read(RealPdfs.pdf(stem), stem + ".pdf");
    }

    private static Long value(CellValue value) {
        return value instanceof Count count && !count.isBlank() ? (long) count.value() : null;
    }

    @ParameterizedTest
    @ValueSource(strings = {RealPdfs.HONGZE_2023, RealPdfs.HONGZE_2024, RealPdfs.HUAIAN_2024})
    void everyTruthCellIsReadAsPrinted(String stem) {
        Reading reading = read(stem);
        AnnualReport report = reading.report();
        assertEquals(Edition.EDITION_2021, report.edition());
        assertEquals(RealPdfs.truth(stem).get("year").asInt(), report.year());
        boolean hongze = stem.contains("hongzequ");
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Long> cell : RealPdfs.cells(stem).entrySet()) {
            String code = cell.getKey();
            Long expected = cell.getValue();
            checks.add(() -> assertEquals(expected, value(report.cell(code)), code));
        }
        assertAll(checks);
        assertEquals(RealPdfs.cells(stem).size(), checks.size());
        if (hongze) {
            assertTrue(reading.notes().stream().anyMatch(n -> n.path().startsWith(TYPO_ROW.substring(0, TYPO_ROW.length() - 1))
                    && n.id().equals("published.label-numbered-typo")), () -> reading.notes().toString());
        }
    }

    @Test
    void huaianReadsItsAgencyAndItsBigNumbers() {
        AnnualReport report = read(RealPdfs.HUAIAN_2024).report();
        assertEquals("淮安市人民政府", report.agency());
        assertEquals(3985758L, value(report.cell("proactiveDisclosure.penalties.decisions")));
        assertEquals(447228L, value(report.cell("proactiveDisclosure.licensing.decisions")));
    }

    private static Set<String> ruleIds(ValidationResult result, Predicate<Violation> which) {
        return Set.copyOf(result.violations().stream().filter(which).map(v -> v.ruleId().value()).toList());
    }

    @Test
    void theLitigationTotalsHongze2023PrintsWrongAreReadAsPrintedAndFoundByTheValidator() {
        AnnualReport report = read(RealPdfs.HONGZE_2023).report();
        assertEquals(10L, value(report.cell("reconsiderationAndLitigation.reconsideration.upheld")));
        assertEquals(1L, value(report.cell("reconsiderationAndLitigation.reconsideration.corrected")));
        assertEquals(0L, value(report.cell("reconsiderationAndLitigation.reconsideration.total")));
        assertEquals(5L, value(report.cell("reconsiderationAndLitigation.litigationAfterReconsideration.upheld")));
        assertEquals(0L, value(report.cell("reconsiderationAndLitigation.litigationAfterReconsideration.total")));
        ValidationResult result = ReportValidator.standard().validate(report);
        List<String> litTotal = result.violations().stream().filter(v -> v.ruleId().value().equals("LIT-TOTAL"))
                .map(v -> v.path().value()).sorted().toList();
        assertEquals(List.of("reconsiderationAndLitigation.litigationAfterReconsideration.total",
                "reconsiderationAndLitigation.reconsideration.total"), litTotal);
    }

    /**
     * The 2023 title names the district without its city ({@code 洪泽区人民政府}) and the pipeline's
     * outline takes the title's name, while 2024's says {@code 淮安市洪泽区人民政府}: one agency, written
     * once with its city in front, so the validator compares the two as they are read, with an
     * {@code AGENCY-NAME-FORM} note.
     */
    @Test
    void hongze2024AgainstItsPreviousYearIsCleanAcrossYears() {
        AnnualReport current = read(RealPdfs.HONGZE_2024).report();
        AnnualReport previous = read(RealPdfs.HONGZE_2023).report();
        assertEquals("淮安市洪泽区人民政府", current.agency());
        assertEquals("洪泽区人民政府", previous.agency());
        ValidationResult together = ReportValidator.standard().validate(current, previous);
        List<String> crossYear = together.violations().stream().map(v -> v.ruleId().value()).filter(id -> id.endsWith("-XYEAR"))
                .toList();
        assertEquals(List.of(), crossYear, () -> together.violations().toString());
        List<String> skipped = together.notApplied().stream().map(n -> n.ruleId().value()).toList();
        assertEquals(List.of("PD-ITEMS-XYEAR"), skipped, "only the 2019 edition's rule is not applied");
        assertTrue(together.violations().stream().anyMatch(v -> v.ruleId().value().equals("AGENCY-NAME-FORM")),
                () -> together.violations().toString());
        // and the check can fail: last year's stock one higher breaks PD-STOCK-XYEAR
        AnnualReport wrong = previous.withCell("proactiveDisclosure.normativeDocuments.inForce", 6);
        assertTrue(ReportValidator.standard().validate(current, wrong).violations().stream()
                .anyMatch(v -> v.ruleId().value().equals("PD-STOCK-XYEAR")));
    }

    @Test
    void theFrontEndsNotesComeFirstAndCarryPages() {
        Reading reading = read(RealPdfs.HUAIAN_2024);
        ReadingNote first = reading.notes().get(0);
        assertTrue(first.id().startsWith("pdf."), first::toString);
        assertTrue(first.location() instanceof dev.xxgk.serialization.Location.Page, first::toString);
    }
}
