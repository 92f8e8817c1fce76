package dev.xxgk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Validating a report that breaks no rule allocates nothing: measured with the JVM's count of the
 * bytes this thread allocates, over a million validations after warm-up. No timing is asserted;
 * the time per validation is printed for information.
 */
class AllocationTest {

    /** What measuring costs itself (a boxed long, an argument array): far less than this. */
    private static final long TOLERANCE_BYTES = 4096;

    private final Object threads;
    private final Method allocatedBytes;

    AllocationTest() throws ReflectiveOperationException {
        // by reflection: this module does not read java.management, and needs not to
        threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        allocatedBytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
    }

    private long allocated() throws ReflectiveOperationException {
        return (Long) allocatedBytes.invoke(threads, Thread.currentThread().getId());
    }

    @Test
    void validatingAValidReportAllocatesNothing() throws ReflectiveOperationException {
        // the engine's own rules, in the profile of the standard validator; a rule added through the SPI
        // costs what its author makes it cost. TEXT-TABLE reads the texts sentence by sentence and allocates
        // as it reads (docs/benchmarks.md has its cost); every other rule, TEXT-EMPTY and FEE-STATEMENT
        // included, allocates nothing on a valid report with its texts
        ReportValidator validator = ReportValidator.builder().discoverRules(false).disable("TEXT-TABLE").build();
        SplittableRandom random = new SplittableRandom(17);
        AnnualReport[] reports = {
            ReportGenerator.valid(random, Edition.EDITION_2019), ReportGenerator.valid(random, Edition.EDITION_2021),
            // (the real reports of validation's own tests are not visible here: two more generated ones)
            ReportGenerator.valid(random, Edition.EDITION_2019), ReportGenerator.valid(random, Edition.EDITION_2021),
        };
        ValidationResult empty = ValidationResult.empty();
        int same = 0;
        for (int i = 0; i < 300_000; i++) {
            same += validator.validate(reports[i & 3]) == empty ? 1 : 0;
        }
        assertEquals(300_000, same);

        int runs = 1_000_000;
        long calibration = allocated();
        long overhead = allocated() - calibration;
        long before = allocated();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            same += validator.validate(reports[i & 3]) == empty ? 1 : 0;
        }
        long nanos = System.nanoTime() - start;
        // measured after the clock, so that what the measure allocates is outside the count
        long bytes = allocated() - before;
        assertEquals(300_000 + runs, same);
        System.out.printf("validating a valid report: %d bytes allocated over %d validations (measuring costs %d),"
                + " %.0f ns each%n", bytes, runs, overhead, (double) nanos / runs);
        assertTrue(bytes - overhead < TOLERANCE_BYTES, bytes + " bytes allocated over " + runs + " validations");
    }

    @Test
    void theTextRuleCostsNoAllocationOnAReportWithoutTexts() throws ReflectiveOperationException {
        ReportValidator validator = ReportValidator.builder().discoverRules(false).disable("TEXT-EMPTY", "FEE-STATEMENT")
                .build();
        SplittableRandom random = new SplittableRandom(23);
        AnnualReport[] reports = new AnnualReport[4];
        for (int i = 0; i < reports.length; i++) {
            reports[i] = ReportGenerator.valid(random, i % 2 == 0 ? Edition.EDITION_2019 : Edition.EDITION_2021).toBuilder()
                    .overview(dev.xxgk.model.Overview.empty()).problemsAndImprovements("").otherMatters("").build();
        }
        ValidationResult empty = ValidationResult.empty();
        int same = 0;
        for (int i = 0; i < 200_000; i++) {
            same += validator.validate(reports[i & 3]) == empty ? 1 : 0;
        }
        long calibration = allocated();
        long overhead = allocated() - calibration;
        long before = allocated();
        for (int i = 0; i < 1_000_000; i++) {
            same += validator.validate(reports[i & 3]) == empty ? 1 : 0;
        }
        long bytes = allocated() - before;
        assertEquals(1_200_000, same);
        assertTrue(bytes - overhead < TOLERANCE_BYTES, bytes + " bytes allocated with TEXT-TABLE on and no text");
    }

    @Test
    void theMeasureSeesAllocations() throws ReflectiveOperationException {
        // the same loop over a report with a violation must allocate: the measure is not blind
        ReportValidator validator = ReportValidator.builder().discoverRules(false).build();
        AnnualReport broken = ReportGenerator.valid(new SplittableRandom(3), Edition.EDITION_2019)
                .withCell("applications.granted.total", 4);
        long before = allocated();
        for (int i = 0; i < 1000; i++) {
            validator.validate(broken);
        }
        assertTrue(allocated() - before > 1000 * 32L);
    }
}
