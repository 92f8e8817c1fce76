package dev.xxgk.testkit;

import static dev.xxgk.testkit.quicktheories.ReportGens.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Relation;
import dev.xxgk.template.Section;
import dev.xxgk.testkit.quicktheories.ReportGens;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of the engine over generated reports, 1000 examples
 * each unless {@code -Dxxgk.property.tries} says otherwise.
 */
class ValidationPropertiesTest {

    /** The number of examples per property: {@code -Dxxgk.property.tries}, 1000 unless set. */
    static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    private static final ReportValidator FILING = ReportValidator.builder().profile(Profile.FILING)
            .discoverRules(false).build();
    private static final ReportValidator AUDIT = ReportValidator.builder().profile(Profile.AUDIT)
            .discoverRules(false).build();

    /** A report and a change of one of its cells. */
    record Change(AnnualReport report, Cell cell, int value) {
        @Override
        public String toString() {
            return cell.code() + " := " + value + " (was " + cell.get(report) + ") in " + report;
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aGeneratedValidReportHasNoViolation(Edition edition) {
        qt().withExamples(TRIES).forAll(ReportGens.valid(edition)).checkAssert(report -> {
            assertSame(ValidationResult.empty(), FILING.validate(report), () -> FILING.validate(report).toString());
            assertSame(ValidationResult.empty(), AUDIT.validate(report), () -> AUDIT.validate(report).toString());
        });
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void changingAnyCellOfSections三Or四IsAnErrorAtTheCellOrATotalContainingIt(Edition edition) {
        List<Cell> cells = AnnualReport.builder(edition).agency("x").year(2020).build().template().cells().stream()
                .filter(c -> c.section() == Section.APPLICATIONS || c.section() == Section.RECONSIDERATION_AND_LITIGATION)
                .toList();
        Gen<Integer> values = Generate.range(-3, 30).mix(Generate.range(Integer.MIN_VALUE, Integer.MAX_VALUE), 20);
        Gen<Change> changes = ReportGens.valid(edition)
                .zip(Generate.pick(cells), values, Change::new);
        qt().withExamples(TRIES).forAll(changes)
                .assuming(c -> ((Count) c.cell().get(c.report())).value() != c.value())
                .checkAssert(change -> {
                    AnnualReport changed = change.report().withCell(change.cell().code(), change.value());
                    Set<String> accepted = new HashSet<>();
                    accepted.add(change.cell().code());
                    for (Relation relation : changed.template().relations()) {
                        if (relation.involves(change.cell())) {
                            accepted.add(relation.anchor().code());
                        }
                    }
                    ValidationResult result = FILING.validate(changed);
                    assertFalse(result.isValid(), change::toString);
                    assertTrue(result.violations().stream()
                            .anyMatch(v -> v.severity() == Severity.ERROR && accepted.contains(v.path().value())),
                            () -> "no error at " + accepted + ": " + result);
                });
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aBrokenReportBreaksExactlyItsRule(Edition edition) {
        Gen<BrokenReport> broken = ReportGens.broken(edition);
        qt().withExamples(TRIES).forAll(broken).checkAssert(b -> {
            for (ReportValidator validator : List.of(FILING, AUDIT)) {
                ValidationResult result = validator.validate(b.report());
                assertFalse(result.violations().isEmpty(), () -> b.ruleId() + " did not fire: " + b);
                assertEquals(Set.of(b.ruleId().value()),
                        result.violations().stream().map(v -> v.ruleId().value()).collect(Collectors.toSet()),
                        () -> b.ruleId() + " " + b.changedPaths() + ": " + result);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyBlankCellIsReportedAndNothingElse(Edition edition) {
        qt().withExamples(TRIES).forAll(ReportGens.withBlanks(edition)).checkAssert(report -> {
            Set<String> blanks = report.template().cells().stream().filter(c -> c.get(report).isBlank())
                    .map(Cell::code).collect(Collectors.toSet());
            ValidationResult result = AUDIT.validate(report);
            assertTrue(result.isValid(), result::toString);
            assertEquals(blanks.size(), result.warningCount());
            assertTrue(result.violations().stream().allMatch(v -> v.ruleId().value().equals("BLANK-CELL")), result::toString);
            assertEquals(blanks, result.violations().stream().map(v -> v.path().value()).collect(Collectors.toSet()));
            assertEquals(blanks.size(), FILING.validate(report).errorCount());
        });
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportAndTheNextYearsFromTheGeneratorAreConsistent(Edition edition) {
        Gen<AnnualReport[]> pairs = of(random -> {
            AnnualReport previous = ReportGenerator.valid(random, edition);
            return new AnnualReport[] {previous, ReportGenerator.followingYear(random, previous)};
        });
        qt().withExamples(TRIES).forAll(pairs).checkAssert(pair -> {
            AnnualReport previous = pair[0];
            AnnualReport current = pair[1];
            assertEquals(previous.year() + 1, current.year());
            assertEquals(previous.agency(), current.agency());
            ValidationResult result = FILING.validate(current, previous);
            assertEquals(List.of(), result.violations(), result::toString);
            List<String> notApplied = result.notApplied().stream().map(n -> n.ruleId().value()).toList();
            assertEquals(current.edition() == Edition.EDITION_2019 ? List.of("PD-STOCK-XYEAR")
                    : previous.edition() == Edition.EDITION_2021 ? List.of("PD-ITEMS-XYEAR")
                    : List.of("PD-STOCK-XYEAR", "PD-ITEMS-XYEAR"), notApplied);
            // the same pair with one carried-over figure off is caught by APP-CARRY-XYEAR alone among cross-year rules
            Cell carried = current.template().cell("applications.carriedOver.total");
            AnnualReport off = current.withCell(carried.code(), ((Count) carried.get(current)).value() + 1);
            assertTrue(FILING.validate(off, previous).violations().stream()
                    .anyMatch(v -> v.ruleId().value().equals("APP-CARRY-XYEAR") && v.path().value().equals(carried.code())));
        });
    }
}
