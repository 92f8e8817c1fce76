package dev.xxgk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.xxgk.constraint.ConsistentReport;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.Overview;
import dev.xxgk.validation.RealReports;
import dev.xxgk.validation.ReportConstraintViolations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cell's value of a constraint violation of {@code @ConsistentReport}, and what the Jakarta
 * API gives as the invalid value: the report, for every rule, on the class and on a field. In the
 * package Hibernate Validator may read the holders of (the module opens it to the provider).
 */
class ReportConstraintViolationsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    /** A field that asks for the audit profile with warnings. */
    record Published(@NotNull @ConsistentReport(profile = ConsistentReport.Profile.AUDIT, includeWarnings = true)
            AnnualReport report) {
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** Each violation's path, with its cell value; every invalid value checked to be the report. */
    private static <T> Map<String, Optional<Object>> cellValues(Set<ConstraintViolation<T>> violations,
            AnnualReport report) {
        Map<String, Optional<Object>> values = new TreeMap<>();
        for (ConstraintViolation<T> violation : violations) {
            // what Jakarta Validation defines: the value the constraint was validated on
            assertSame(report, violation.getInvalidValue(), violation.getPropertyPath().toString());
            // Hibernate Validator's nodes built by a constraint validator hold no value of their own
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null
                        && !node.getName().equals("report")) {
                    assertNull(node.as(org.hibernate.validator.path.PropertyNode.class).getValue(), node.toString());
                }
            }
            values.put(violation.getPropertyPath().toString(), ReportConstraintViolations.cellValue(violation));
        }
        return values;
    }

    @Test
    void edition2021CountsMoneyDatesAndBlanks() {
        AnnualReport report = RealReports.dongyingqu2023().withOverview(Overview.of("本机关未收取信息处理费。"))
                .toBuilder()
                .cell("applications.granted.naturalPerson", Count.of(3))
                .cell("applications.granted.total", Count.of(3))
                .cell("reconsiderationAndLitigation.litigationDirect.total", Count.of(1))
                .cell("applications.withheld.stateSecret.total", Count.blank())
                .cell("proactiveDisclosure.fees.amountWanYuan", Money.ofWanYuan(new BigDecimal("-1.5")))
                .publishedOn(LocalDate.of(2023, 6, 1))
                .build();
        Map<String, Optional<Object>> values = cellValues(validator.validate(report), report);
        assertEquals(Optional.of(Count.of(18)), values.get("applications.totalHandled.naturalPerson"), values.toString());
        assertEquals(Optional.of(Count.of(1)), values.get("reconsiderationAndLitigation.litigationDirect.total"));
        assertEquals(Optional.of(Count.blank()), values.get("applications.withheld.stateSecret.total"));
        assertEquals(Optional.of(Money.ofWanYuan(new BigDecimal("-1.5"))), values.get("proactiveDisclosure.fees.amountWanYuan"));
        // published before its year is over: a warning, reported by the field that includes warnings
        Map<String, Optional<Object>> audited = cellValues(validator.validate(new Published(report)), report);
        assertEquals(Optional.of(LocalDate.of(2023, 6, 1)), audited.get("report.publishedOn"), audited.toString());
        assertEquals(Optional.of(Count.blank()), audited.get("report.applications.withheld.stateSecret.total"));
        // every violation has its value: the cell the engine's violation names, read from the report
        for (Map.Entry<String, Optional<Object>> entry : values.entrySet()) {
            assertEquals(Optional.of(report.cell(entry.getKey())), entry.getValue(), entry.getKey());
        }
    }

    @Test
    void edition2019UnderAFieldWithWarningsTextsAndTheEdition() {
        AnnualReport report = RealReports.zhaoyuan2019().withYear(2021)
                .withCell("applications.carriedForward.total", 1)
                .withProblemsAndImprovements("");
        Map<String, Optional<Object>> values = cellValues(validator.validate(new Published(report)), report);
        assertEquals(Optional.of(Count.of(1)), values.get("report.applications.carriedForward.total"), values.toString());
        assertEquals(Optional.of(Edition.EDITION_2019), values.get("report.edition"));
        assertEquals(Optional.of(""), values.get("report.problemsAndImprovements"));
        // the class-level check of the same report: the same values, at the paths without the field
        Map<String, Optional<Object>> classLevel = cellValues(validator.validate(report), report);
        assertEquals(Optional.of(Count.of(1)), classLevel.get("applications.carriedForward.total"), classLevel.toString());
        assertEquals(Optional.of(""), classLevel.get("problemsAndImprovements"));
    }

    @Test
    void aViolationOfAnotherConstraintHasNoCellValue() {
        Set<ConstraintViolation<Published>> violations = validator.validate(new Published(null));
        assertEquals(1, violations.size());
        assertEquals(Optional.empty(), ReportConstraintViolations.cellValue(violations.iterator().next()));
    }
}
