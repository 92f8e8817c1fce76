package dev.xxgk.testkit.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellPath;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import dev.xxgk.testkit.ReportGenerator;
import dev.xxgk.validation.aggregate.Aggregate;
import dev.xxgk.validation.aggregate.AggregateNote;
import dev.xxgk.validation.aggregate.Aggregation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** Children summed into their parent, and a published parent checked against its children. */
class AggregationTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().discoverRules(false).build();
    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    /** A parent and children whose figures add up to the parent's, cell by cell. */
    record Family(AnnualReport parent, List<AnnualReport> children) {
    }

    /** Splits every figure of a parent among two to five children: counts into parts, money into exact parts. */
    static Family split(RandomGenerator random, Edition edition) {
        AnnualReport parent = ReportGenerator.valid(random, edition).withAgency("某某县");
        int n = 2 + random.nextInt(4);
        List<AnnualReport.Builder> builders = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            builders.add(AnnualReport.builder(edition).agency("某某县第" + (k + 1) + "局").year(parent.year()));
        }
        for (Cell cell : parent.template().cells()) {
            CellValue value = cell.get(parent);
            if (value instanceof Count count) {
                long left = count.value();
                for (int k = 0; k < n; k++) {
                    long part = k == n - 1 ? left : left <= 0 ? left / (n - k) : random.nextLong(left + 1);
                    builders.get(k).cell(cell, Count.of((int) part));
                    left -= part;
                }
            } else {
                Money money = (Money) value;
                BigDecimal left = money.amount();
                BigDecimal unit = BigDecimal.ONE.movePointLeft(money.amount().scale());
                for (int k = 0; k < n; k++) {
                    BigDecimal part = k == n - 1 ? left
                            : left.signum() <= 0 ? BigDecimal.ZERO : unit.multiply(BigDecimal.valueOf(
                                    random.nextLong(left.divide(unit).longValueExact() + 1)));
                    builders.get(k).cell(cell, Money.of(part, money.unit()));
                    left = left.subtract(part);
                }
            }
        }
        return new Family(parent, builders.stream().map(AnnualReport.Builder::build).toList());
    }

    private static Gen<Family> families(Edition edition) {
        return source -> split(new SplittableRandom(source.next(org.quicktheories.impl.Constraint.between(0, Long.MAX_VALUE))),
                edition);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void childrenSplitFromAParentSumBackToIt(Edition edition) {
        qt().withExamples(TRIES).forAll(families(edition)).checkAssert(family -> {
            Aggregate sum = Aggregation.sum("某某县", family.children());
            assertEquals(List.of(), sum.notes());
            for (Cell cell : family.parent().template().cells()) {
                CellValue expected = cell.get(family.parent());
                CellValue actual = cell.get(sum.report());
                if (expected instanceof Money m) {
                    assertEquals(0, m.amount().compareTo(((Money) actual).amount()), cell.code());
                    assertEquals(m.unit(), ((Money) actual).unit(), cell.code());
                } else {
                    assertEquals(expected, actual, cell.code());
                }
            }
            List<String> names = family.children().stream().map(AnnualReport::agency).toList();
            assertSame(ValidationResult.empty(), VALIDATOR.validateSum(family.parent(), family.children(), names));
        });
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void oneParentCellChangedIsExactlyOnePARENT_SUMViolationAtIt(Edition edition) {
        qt().withExamples(TRIES / 4).forAll(families(edition)).checkAssert(family -> {
            List<Cell> cells = family.parent().template().cells().stream().filter(c -> c.kind().isCount()).toList();
            Cell cell = cells.get(Math.floorMod(family.parent().hashCode(), cells.size()));
            int was = cell.count(family.parent()).value();
            AnnualReport changed = family.parent().withCell(cell.code(), was + 1);
            ValidationResult result = VALIDATOR.validateSum(changed, family.children(), List.of());
            assertEquals(1, result.violations().size(), result::toString);
            Violation v = result.violations().get(0);
            assertEquals("PARENT-SUM", v.ruleId().value());
            assertEquals(CellPath.of(cell), v.path());
            assertEquals(Integer.toString(was), v.expected());
            assertEquals(Integer.toString(was + 1), v.actual());
        });
    }

    @Test
    void aBlankChildCellMakesTheSumBlankWithANote() {
        Family family = split(new SplittableRandom(3), Edition.EDITION_2021);
        AnnualReport blank = family.children().get(1).withCell("applications.granted.total", Count.blank());
        List<AnnualReport> children = new ArrayList<>(family.children());
        children.set(1, blank);
        Aggregate sum = Aggregation.sum("某某县", children);
        assertTrue(sum.report().cell("applications.granted.total").isBlank());
        assertEquals(List.of(new AggregateNote(CellPath.parse("applications.granted.total"),
                AggregateNote.Kind.BLANK_IN_CHILD, List.of("某某县第2局"))), sum.notes());
        // the parent's figure there is not compared, every other one is
        assertSame(ValidationResult.empty(), VALIDATOR.validateSum(family.parent(), children, List.of()));
    }

    @Test
    void amountsInDifferentUnitsAreSummedInYuanExactly() {
        AnnualReport a = ReportGenerator.valid(new SplittableRandom(1), Edition.EDITION_2019)
                .withCell("proactiveDisclosure.procurement.totalAmount", Money.of(new BigDecimal("1.5"), MoneyUnit.WAN_YUAN));
        AnnualReport b = a.withAgency("乙").withCell("proactiveDisclosure.procurement.totalAmount",
                Money.of(new BigDecimal("250"), MoneyUnit.YUAN));
        Aggregate sum = Aggregation.sum("甲乙", List.of(a, b));
        Money total = (Money) sum.report().cell("proactiveDisclosure.procurement.totalAmount");
        assertEquals(0, new BigDecimal("15250").compareTo(total.amount()));
        assertEquals(MoneyUnit.YUAN, total.unit());
        assertEquals(List.of(new AggregateNote(CellPath.parse("proactiveDisclosure.procurement.totalAmount"),
                AggregateNote.Kind.UNITS_CONVERTED, List.of(a.agency()))), sum.notes());
    }

    @Test
    void missingChildrenAreListedAndOnlyAParentBelowTheChildrenGivenIsWrong() {
        Family family = split(new SplittableRandom(7), Edition.EDITION_2021);
        List<AnnualReport> given = family.children().subList(0, family.children().size() - 1);
        String missing = family.children().get(family.children().size() - 1).agency();
        List<String> expected = family.children().stream().map(AnnualReport::agency).toList();
        ValidationResult result = VALIDATOR.validateSum(family.parent(), given, expected);
        assertEquals(1, result.violations().size(), result.toString());
        Violation v = result.violations().get(0);
        assertEquals("PARENT-CHILD-MISSING", v.ruleId().value());
        assertEquals("agency", v.path().value());
        assertEquals(missing, v.expected());
        assertEquals("某某县汇总的" + missing + " " + family.parent().year() + " 年度报告未在下级报告之中", v.message(Locale.CHINESE));
        // a parent figure below what the children given already add up to is wrong whatever the missing child holds
        int sumGiven = given.stream().mapToInt(c -> ((Count) c.cell("applications.newRequests.total")).value()).sum();
        AnnualReport low = family.parent().withCell("applications.newRequests.total", sumGiven - 1);
        List<Violation> found = VALIDATOR.validateSum(low, given, expected).violations();
        assertEquals(List.of("PARENT-CHILD-MISSING", "PARENT-SUM"), found.stream().map(x -> x.ruleId().value()).toList());
        assertEquals("≥ " + sumGiven, found.get(1).expected());
        // names compare as AGENCY-NAME-FORM compares them
        List<String> traditional = new ArrayList<>(expected);
        traditional.replaceAll(name -> name.replace("县", "縣"));
        assertSame(ValidationResult.empty(), VALIDATOR.validateSum(family.parent(), family.children(), traditional));
    }

    @Test
    void childrenOfAnotherYearOrEditionAreRefused() {
        Family family = split(new SplittableRandom(9), Edition.EDITION_2021);
        AnnualReport other = family.children().get(0).withYear(family.parent().year() - 1);
        assertThrows(IllegalArgumentException.class, () -> Aggregation.sum("x", List.of(family.children().get(1), other)));
        assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validateSum(family.parent(), List.of(other), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Aggregation.sum("x", List.of()));
        assertEquals(List.of("PARENT-SUM"), VALIDATOR.validateSum(family.parent(), List.of(), List.of()).notApplied().stream()
                .map(n -> n.ruleId().value()).toList());
    }
}
