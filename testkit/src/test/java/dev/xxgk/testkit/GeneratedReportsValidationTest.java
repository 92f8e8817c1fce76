package dev.xxgk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.RuleInfo;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine and its Bean Validation constraint over many generated reports. */
class GeneratedReportsValidationTest {

    @Test
    void violationsComeInADeterministicOrderAndResultsCountThem() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            AnnualReport report = ReportGenerator.withBlanks(random, i % 2 == 0 ? Edition.EDITION_2019
                    : Edition.EDITION_2021).withYear(2020).withCell("applications.granted.total", -1);
            ValidationResult first = ReportValidator.standard().validate(report);
            ValidationResult second = ReportValidator.builder().build().validate(report);
            assertEquals(first, second);
            assertEquals(first.violations().size(), first.errorCount() + first.warningCount() + first.infoCount());
            List<dev.xxgk.template.RuleId> order = ReportValidator.standard().rules().stream().map(RuleInfo::id).toList();
            int last = -1;
            for (Violation violation : first.violations()) {
                int at = order.indexOf(violation.ruleId());
                assertTrue(at >= last, first.toString());
                last = at;
            }
            assertNotSame(ValidationResult.empty(), first);
            assertFalse(first.isValid());
        }
    }

    @Test
    void validatorsAreThreadSafe() throws Exception {
        ReportValidator validator = ReportValidator.standard(Profile.AUDIT);
        List<AnnualReport> reports = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 64; i++) {
            reports.add(i % 3 == 0 ? ReportGenerator.valid(random, Edition.EDITION_2021)
                    : ReportGenerator.broken(random, i % 2 == 0 ? Edition.EDITION_2019 : Edition.EDITION_2021).report());
        }
        List<ValidationResult> expected = reports.stream().map(validator::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < reports.size(); i++) {
                            if (!validator.validate(reports.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> future : futures) {
                assertTrue(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aValidReportHasNoConstraintViolation() {
        Locale saved = Locale.getDefault();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < 50; i++) {
                assertEquals(Set.of(), validator.validate(ReportGenerator.valid(random, Edition.EDITION_2019)));
                assertEquals(Set.of(), validator.validate(ReportGenerator.valid(random, Edition.EDITION_2021)));
            }
            // the check is live: a broken report does not pass
            assertFalse(validator.validate(ReportGenerator.broken(random, Edition.EDITION_2021, dev.xxgk.template.RuleId.of("APP-BALANCE")).report())
                    .isEmpty());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
