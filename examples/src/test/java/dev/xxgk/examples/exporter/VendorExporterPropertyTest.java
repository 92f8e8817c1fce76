package dev.xxgk.examples.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.generator.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Example: a vendor tests its exporter against the SDK's generators under QuickTheories. A
 * generator takes a seeded {@link java.util.random.RandomGenerator}, so a failing case is
 * replayed from the seed QuickTheories prints.
 */
class VendorExporterPropertyTest {

    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    private final VendorExporter exporter = new VendorExporter();
    private final ReportValidator validator = ReportValidator.standard();

    /** Valid reports of either edition, from a seed. */
    private static final Gen<AnnualReport> VALID = longs().all().zip(integers().between(0, 1), (seed, edition) ->
            ReportGenerator.valid(new SplittableRandom(seed), Edition.values()[edition]));

    /** Valid reports with some cells left blank. */
    private static final Gen<AnnualReport> WITH_BLANKS = longs().all().zip(integers().between(0, 1),
            (seed, edition) -> ReportGenerator.withBlanks(new SplittableRandom(seed), Edition.values()[edition]));

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
