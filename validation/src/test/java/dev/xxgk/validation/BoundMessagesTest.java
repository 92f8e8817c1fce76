package dev.xxgk.validation;

import static dev.xxgk.validation.Reports.row;
import static dev.xxgk.validation.Reports.zero;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The messages of the rules that bound a figure rather than equate it (PARTS-EXCEED-TOTAL, whose
 * partial side is either side of a relation, by row or by column; PD-STOCK-BOUND): each names the
 * blank terms, the known ones and the difference, so a wrong side or sign shows in the text.
 */
class BoundMessagesTest {

    private static final ReportValidator NO_BLANKS = ReportValidator.builder().disable("BLANK-CELL").build();

    @Test
    void partsExceedTotalAlongARowNamesTheBlankPartOnTheLeft() {
        AnnualReport report = zero(Edition.EDITION_2021)
                .cell("reconsiderationAndLitigation.reconsideration.upheld", Count.blank())
                .cell("reconsiderationAndLitigation.reconsideration.corrected", 2)
                .cell("reconsiderationAndLitigation.reconsideration.total", 1).build();
        List<Violation> violations = NO_BLANKS.validate(report).violations();
        assertEquals(1, violations.size(), violations::toString);
        assertEquals("行政复议 行：结果维持 未填写，但已填写的 结果纠正 + 其他结果 + 尚未审结 = 2 + 0 + 0 = 2 已大于 总计 = 1",
                violations.get(0).message(Locale.CHINESE));
        assertEquals("row reconsideration: upheld blank, yet the filled parts corrected + other + pending"
                + " = 2 + 0 + 0 = 2 already exceed total = 1",
                violations.get(0).message(Locale.ENGLISH));
    }

    @Test
    void partsExceedTotalDownAColumnNamesTheBlankTermOnTheRight() {
        AnnualReport report = row(row(row(zero(Edition.EDITION_2021), "newRequests", 1, 1), "granted", 2, 2),
                "totalHandled", 2, 2)
                .cell("applications.carriedForward.naturalPerson", Count.blank())
                .cell("applications.carriedForward.total", Count.blank()).build();
        List<Violation> violations = NO_BLANKS.validate(report).violations();
        assertEquals(2, violations.size(), violations::toString);
        assertEquals("「总计」列：四 未填写，但已填写的 三（七）总计 = 2 已大于 一 + 二 = 1 + 0 = 1",
                violations.get(1).message(Locale.CHINESE));
        assertEquals("column total: carriedForward blank, yet the filled parts totalHandled = 2 already exceed"
                + " newRequests + carriedOver = 1 + 0 = 1",
                violations.get(1).message(Locale.ENGLISH));
    }

    @Test
    void stockBoundStatesTheShortfall() {
        AnnualReport report = zero(Edition.EDITION_2021).cell("proactiveDisclosure.normativeDocuments.issued", 3)
                .cell("proactiveDisclosure.normativeDocuments.repealed", 1)
                .cell("proactiveDisclosure.normativeDocuments.inForce", 1).build();
        List<Violation> violations = ReportValidator.standard(Profile.FILING).validate(report).violations();
        assertEquals(1, violations.size(), violations::toString);
        assertEquals("行政规范性文件：现行有效件数为 1、本年废止件数为 1，但本年制发件数为 3：上年末的现行有效件数将为 1 - 3 + 1 = -1，小于 0",
                violations.get(0).message(Locale.CHINESE));
        assertEquals("normativeDocuments: inForce = 1 and repealed = 1, but issued = 3: inForce at the end of"
                + " last year would be 1 - 3 + 1 = -1, less than 0",
                violations.get(0).message(Locale.ENGLISH));
    }

    @Test
    void stockBoundHoldsAtEqualityAndCountsAZeroAsAFigure() {
        ReportValidator filing = ReportValidator.standard(Profile.FILING);
        // in force and repealed together exactly what was issued: nothing was in force the year before
        assertEquals(List.of(), filing.validate(stock(3, 1, 2)).violations());
        // none repealed is a figure, not a blank: 3 issued cannot leave 1 in force
        List<Violation> violations = filing.validate(stock(3, 0, 1)).violations();
        assertEquals(List.of("PD-STOCK-BOUND"), violations.stream().map(v -> v.ruleId().value()).toList());
        assertEquals("≥ 3", violations.get(0).expected());
    }

    private static AnnualReport stock(int issued, int repealed, int inForce) {
        return zero(Edition.EDITION_2021).cell("proactiveDisclosure.normativeDocuments.issued", issued)
                .cell("proactiveDisclosure.normativeDocuments.repealed", repealed)
                .cell("proactiveDisclosure.normativeDocuments.inForce", inForce).build();
    }
}
