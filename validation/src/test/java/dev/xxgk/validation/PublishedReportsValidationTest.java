package dev.xxgk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three published reports, as the model tests build them with the texts they were published
 * with (see {@link RealReports}), against every rule.
 */
class PublishedReportsValidationTest {

    private static final ReportValidator AUDIT = ReportValidator.standard(Profile.AUDIT);
    private static final ReportValidator FILING = ReportValidator.standard(Profile.FILING);

    @Test
    void zhaoyuan2019BreaksNoRule() {
        AnnualReport report = RealReports.zhaoyuan2019();
        assertSame(ValidationResult.empty(), AUDIT.validate(report));
        assertSame(ValidationResult.empty(), FILING.validate(report));
    }

    @Test
    void dongyingqu2023BreaksNoRule() {
        AnnualReport report = RealReports.dongyingqu2023();
        assertSame(ValidationResult.empty(), AUDIT.validate(report));
        assertSame(ValidationResult.empty(), FILING.validate(report));
    }

    @Test
    void dongyingXzsp2020HasNoErrorAndReportsItsFiveEmpty行政复议Cells() {
        AnnualReport report = RealReports.dongyingXzsp2020();
        ValidationResult audit = AUDIT.validate(report);
        assertTrue(audit.isValid(), audit.toString());
        assertEquals(0, audit.errorCount());
        assertEquals(List.of("reconsiderationAndLitigation.reconsideration.upheld",
                "reconsiderationAndLitigation.reconsideration.corrected",
                "reconsiderationAndLitigation.reconsideration.other",
                "reconsiderationAndLitigation.reconsideration.pending",
                "reconsiderationAndLitigation.reconsideration.total"),
                audit.violations().stream().map(v -> v.path().value()).toList());
        assertTrue(audit.violations().stream().allMatch(v -> v.ruleId().value().equals("BLANK-CELL")
                && v.severity() == Severity.WARNING));
        // a vendor filing the same table would have to fill them in
        assertEquals(5, FILING.validate(report).errorCount());
    }

    @Test
    void theTwoEdition2019ReportsAreOfDifferentAgenciesSoCrossYearRulesDoNotApply() {
        ValidationResult result = AUDIT.validate(RealReports.dongyingXzsp2020(), RealReports.zhaoyuan2019());
        assertEquals(List.of("APP-CARRY-XYEAR", "PD-STOCK-XYEAR", "PD-ITEMS-XYEAR", "TEXT-COPIED"),
                result.notApplied().stream().map(n -> n.ruleId().value()).toList());
        assertTrue(result.violations().stream().allMatch(v -> v.ruleId().value().equals("BLANK-CELL")));
    }
}
