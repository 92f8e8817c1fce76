package dev.xxgk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 淮安市洪泽区人民政府 2024 against its 2023 report: the one real pair of consecutive years the project holds. */
class RealCrossYearTest {

    @Test
    void hongzequ2024AgainstItsReportOn2023() {
        AnnualReport current = RealReports.all().get("hongzequ2024");
        AnnualReport previous = RealReports.all().get("hongzequ2023");
        ValidationResult result = ReportValidator.builder().discoverRules(false).profile(Profile.AUDIT).build()
                .validate(current, previous);
        // carriedOver 2024 = carriedForward 2023 = 0 per column; 行政规范性文件 inForce 8 = 5 + 3 - 0; the texts are
        // 66 % (一) and 59 % (五) alike, and 六 is too short to compare: no cross-year finding at all
        assertTrue(result.violations().stream().noneMatch(v -> {
            RuleInfo rule = ReportValidator.standard().rules().stream().filter(r -> r.id().equals(v.ruleId())).findFirst()
                    .orElseThrow();
            return rule.isCrossYear();
        }), result::toString);
        assertEquals(List.of("PD-ITEMS-XYEAR"), result.notApplied().stream().map(n -> n.ruleId().value()).toList());
        // what the single-report rules find in 2024 are the cells the truth leaves empty (the merged （六） row, the fee)
        assertTrue(result.violations().stream().allMatch(v -> v.ruleId().value().equals("BLANK-CELL")), result::toString);
    }
}
