package dev.xxgk.testkit.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.testkit.ReportGenerator;
import dev.xxgk.validation.ReportValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The QuickTheories generators: what they make, and that a failing case shrinks. */
class ReportGensTest {

    private static int nonZeroCounts(AnnualReport report) {
        int n = 0;
        for (Cell cell : report.template().cells()) {
            if (cell.kind().isCount() && !cell.count(report).equals(Count.of(0)) && !cell.count(report).isBlank()) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theGeneratorsMakeWhatReportGeneratorMakes(Edition edition) {
        ReportValidator validator = ReportValidator.standard();
        qt().withExamples(50).forAll(ReportGens.valid(edition)).checkAssert(report -> {
            assertEquals(edition, report.edition());
            assertTrue(validator.validate(report).isValid(), () -> validator.validate(report).toString());
        });
        qt().withExamples(50).forAll(ReportGens.withBlanks(edition)).checkAssert(report ->
                assertTrue(report.template().cells().stream().anyMatch(c -> c.get(report).isBlank())));
        qt().withExamples(50).forAll(ReportGens.broken(edition)).checkAssert(broken ->
                assertTrue(validator.validate(broken.report()).violations().stream()
                        .anyMatch(v -> v.ruleId().equals(broken.ruleId()))));
    }

    @Test
    void aFailingReportShrinksToAFewNonZeroCells() {
        // one edition: shrinking takes QuickTheories' full budget of cycles, some seconds
        Edition edition = Edition.EDITION_2021;
        // a property every report with a non-zero count breaks: QuickTheories must shrink the
        // first counter-example it finds towards the all-zero report
        List<Integer> failing = new ArrayList<>();
        AssertionError error = assertThrows(AssertionError.class, () -> qt().withExamples(100)
                .forAll(ReportGens.valid(edition)).check(report -> {
                    int n = nonZeroCounts(report);
                    if (n > 0) {
                        failing.add(n);
                    }
                    return n == 0;
                }));
        assertTrue(error.getMessage().contains("falsified"), error.getMessage());
        int first = failing.get(0);
        int smallest = Collections.min(failing);
        assertTrue(first > 20, "a generated report has many non-zero cells: " + first);
        assertTrue(smallest <= 6, "shrunk only from " + first + " to " + smallest + " non-zero cells");
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aPlainSeedDoesNotShrinkLikeThat(Edition edition) {
        // the same property over seeds that QuickTheories shrinks as numbers, not as draws: the
        // smallest counter-example stays large, which is what the adapter is for
        List<Integer> failing = new ArrayList<>();
        assertThrows(AssertionError.class, () -> qt().withExamples(100)
                .forAll(org.quicktheories.generators.SourceDSL.longs().all()).check(seed -> {
                    int n = nonZeroCounts(ReportGenerator.valid(new java.util.SplittableRandom(seed), edition));
                    if (n > 0) {
                        failing.add(n);
                    }
                    return n == 0;
                }));
        assertTrue(Collections.min(failing) > 6, "smallest " + Collections.min(failing));
    }
}
