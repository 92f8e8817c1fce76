package dev.xxgk.testkit;

import dev.xxgk.template.RuleId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Relation;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generators' own contract, checked against the catalogue's relations without the engine. */
class ReportGeneratorTest {

    private static long sum(AnnualReport report, java.util.List<Cell> cells) {
        long sum = 0;
        for (Cell cell : cells) {
            sum += cell.count(report).value();
        }
        return sum;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theSameSeedGivesTheSameReport(Edition edition) {
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(ReportGenerator.valid(new SplittableRandom(seed), edition),
                    ReportGenerator.valid(new SplittableRandom(seed), edition));
            assertEquals(ReportGenerator.broken(new SplittableRandom(seed), edition),
                    ReportGenerator.broken(new SplittableRandom(seed), edition));
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void validReportsSatisfyEveryRelationAndHaveNoBlankOrNegativeCount(Edition edition) {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            AnnualReport report = ReportGenerator.valid(random, edition);
            assertEquals(edition, report.edition());
            assertEquals(edition, Edition.forYear(report.year()));
            for (Cell cell : report.template().cells()) {
                assertFalse(cell.get(report).isBlank(), cell.code());
                if (cell.kind() == dev.xxgk.template.CellKind.COUNT) {
                    assertTrue(cell.count(report).value() >= 0, cell.code());
                }
            }
            for (Relation relation : report.template().relations()) {
                assertEquals(sum(report, relation.left()), sum(report, relation.right()), relation.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void blanksAreMadeAndOnlyBlanks(Edition edition) {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            AnnualReport report = ReportGenerator.withBlanks(random, edition);
            assertTrue(report.template().cells().stream().anyMatch(c -> c.get(report).isBlank()));
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void brokenArithmeticBreaksOnlyItsOwnRelations(Edition edition) {
        SplittableRandom random = new SplittableRandom(3);
        for (String rule : java.util.List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL")) {
            for (int i = 0; i < 100; i++) {
                BrokenReport broken = ReportGenerator.broken(random, edition, RuleId.of(rule));
                AnnualReport report = broken.report();
                int brokenRelations = 0;
                for (Relation relation : report.template().relations()) {
                    boolean holds = sum(report, relation.left()) == sum(report, relation.right());
                    if (!holds) {
                        assertEquals(rule, relation.ruleId().value(), relation.toString());
                        brokenRelations++;
                    }
                }
                assertTrue(brokenRelations > 0, rule);
                for (Cell cell : report.template().cells()) {
                    if (cell.kind() == dev.xxgk.template.CellKind.COUNT) {
                        assertTrue(cell.count(report).value() >= 0, cell.code());
                    }
                }
            }
        }
        BrokenReport negative = ReportGenerator.broken(random, edition, RuleId.of("NON-NEGATIVE"));
        assertTrue(negative.report().template().cells().stream()
                .anyMatch(c -> c.get(negative.report()) instanceof Count n && n.isPresent() && n.value() < 0));
    }

    @org.junit.jupiter.api.Test
    void theBreakableRulesAreEverySingleReportRuleOfTheEngineInItsOrder() {
        java.util.List<String> all = java.util.List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL",
                "NON-NEGATIVE", "BLANK-CELL", "EDITION-YEAR", "PD-PUBLISHED-TOTAL", "PD-ITEMS-NON-NEGATIVE",
                "PD-PROCUREMENT-ZERO", "PUBLISHED-EARLY", "PUBLISHED-LATE");
        assertEquals(all, values(ReportGenerator.breakableRules()));
        assertEquals(all, values(ReportGenerator.breakableRules(Edition.EDITION_2019)));
        assertEquals(java.util.List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL", "NON-NEGATIVE",
                "BLANK-CELL", "EDITION-YEAR", "PUBLISHED-EARLY", "PUBLISHED-LATE"),
                values(ReportGenerator.breakableRules(Edition.EDITION_2021)));
    }

    private static java.util.List<String> values(java.util.List<RuleId> ids) {
        return ids.stream().map(RuleId::value).toList();
    }

    @org.junit.jupiter.api.Test
    void edition2019OnlyRulesAreNotBrokenInEdition2021() {
        java.util.List<String> rules2021 = values(ReportGenerator.breakableRules(Edition.EDITION_2021));
        assertEquals(ReportGenerator.breakableRules(), ReportGenerator.breakableRules(Edition.EDITION_2019));
        for (String rule : java.util.List.of("PD-PUBLISHED-TOTAL", "PD-ITEMS-NON-NEGATIVE", "PD-PROCUREMENT-ZERO")) {
            assertFalse(rules2021.contains(rule), rule);
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ReportGenerator.broken(new SplittableRandom(1), Edition.EDITION_2021, RuleId.of(rule)));
            assertEquals("rule " + rule + " checks reports of edition 2019 only, not of edition 2021", e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportGenerator.broken(new SplittableRandom(1), Edition.EDITION_2021, RuleId.of("NO-SUCH-RULE")));
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 200; i++) {
            assertTrue(rules2021.contains(ReportGenerator.broken(random, Edition.EDITION_2021).ruleId().value()));
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void brokenDatesAreWhereTheirRulesSay(Edition edition) {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 100; i++) {
            AnnualReport early = ReportGenerator.broken(random, edition, RuleId.of("PUBLISHED-EARLY")).report();
            assertEquals(early.year(), early.publishedOn().getYear());
            AnnualReport late = ReportGenerator.broken(random, edition, RuleId.of("PUBLISHED-LATE")).report();
            assertTrue(late.publishedOn().isAfter(java.time.LocalDate.of(late.year() + 1, 3, 31)), late.publishedOn()::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theFollowingYearCarriesLastYearsFiguresOver(Edition edition) {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 200; i++) {
            AnnualReport previous = ReportGenerator.valid(random, edition);
            AnnualReport current = ReportGenerator.followingYear(random, previous);
            assertEquals(previous.year() + 1, current.year());
            assertEquals(Edition.forYear(current.year()), current.edition());
            assertEquals(previous.agency(), current.agency());
            assertEquals(previous.applications().carriedForward(), current.applications().carriedOver());
            for (Relation relation : current.template().relations()) {
                assertEquals(sum(current, relation.left()), sum(current, relation.right()), relation.toString());
            }
            if (current.edition() == previous.edition() && edition == Edition.EDITION_2021) {
                var before = (dev.xxgk.model.ProactiveDisclosure2021) previous.proactiveDisclosure();
                var now = (dev.xxgk.model.ProactiveDisclosure2021) current.proactiveDisclosure();
                assertEquals(before.regulations().inForce().value() + now.regulations().issued().value()
                        - now.regulations().repealed().value(), now.regulations().inForce().value());
            } else if (current.edition() == previous.edition()) {
                var before = (dev.xxgk.model.ProactiveDisclosure2019) previous.proactiveDisclosure();
                var now = (dev.xxgk.model.ProactiveDisclosure2019) current.proactiveDisclosure();
                assertEquals(before.fees().previousYearItems().value() + before.fees().change().value(),
                        now.fees().previousYearItems().value());
            }
        }
        AnnualReport last = ReportGenerator.valid(random, Edition.EDITION_2021).withYear(AnnualReport.MAX_YEAR);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportGenerator.followingYear(random, last));
    }
}
