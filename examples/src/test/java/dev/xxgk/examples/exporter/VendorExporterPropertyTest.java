package dev.xxgk.examples.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.testkit.quicktheories.ReportGens;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Example: a vendor tests its exporter against the SDK's generators under QuickTheories
 * ({@code xxgk-testkit} in test scope). {@link ReportGens} makes every draw of a generator a draw
 * of QuickTheories, so a failing case is replayed from the seed QuickTheories prints and shrunk
 * to a report with few non-zero cells.
 */
class VendorExporterPropertyTest {

    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    private final VendorExporter exporter = new VendorExporter();
    private final ReportValidator validator = ReportValidator.standard();

    /** Valid reports of either edition, from a seed. */
    private static final Gen<AnnualReport> VALID = integers().between(0, 1)
            .flatMap(edition -> ReportGens.valid(Edition.values()[edition]));

    /** Valid reports with some cells left blank. */
    private static final Gen<AnnualReport> WITH_BLANKS = integers().between(0, 1)
            .flatMap(edition -> ReportGens.withBlanks(Edition.values()[edition]));

    private AnnualReport exportedAndReadBack(AnnualReport report) {
        byte[] json = exporter.export(VendorExporter.formData(report), report);
        return new JsonFormat().reader().orElseThrow().read(new ByteArrayInputStream(json), "export").report();
    }

    @Test
    void theExportReadsBackToTheSameReport() {
        qt().withExamples(TRIES).forAll(VALID).check(report -> report.equals(exportedAndReadBack(report)));
    }

    @Test
    void blankCellsStayBlankThroughTheExport() {
        qt().withExamples(TRIES).forAll(WITH_BLANKS).check(report -> report.equals(exportedAndReadBack(report)));
    }

    @Test
    void theExportOfAConsistentReportIsConsistent() {
        qt().withExamples(TRIES).forAll(VALID).checkAssert(report ->
                assertEquals(ValidationResult.empty(), validator.validate(exportedAndReadBack(report))));
    }
}
