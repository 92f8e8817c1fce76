package dev.xxgk.validation;

import static dev.xxgk.validation.Reports.row;
import static dev.xxgk.validation.Reports.year;
import static dev.xxgk.validation.Reports.zero;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The messages the second wave of rules gives, and those of the first it corrects. */
class SecondWaveMessagesTest {

    private static final ReportValidator FILING = ReportValidator.builder().discoverRules(false).build();
    private static final Edition E2021 = Edition.EDITION_2021;

    private static Violation only(ValidationResult result, String rule) {
        List<Violation> found = result.violations().stream().filter(v -> v.ruleId().value().equals(rule)).toList();
        assertEquals(1, found.size(), result.toString());
        return found.get(0);
    }

    @Test
    void aBlankCellInNoSumDoesNotSayASumWentUnchecked() {
        Violation inSum = only(FILING.validate(zero(E2021).cell("applications.granted.naturalPerson", Count.blank()).build()),
                "BLANK-CELL");
        assertEquals("「三、本年度办理结果 （一）予以公开｜自然人」未填写；空白不按 0 计算，包含此格的合计均未核对",
                inSum.message(Locale.CHINESE));
        Violation alone = only(FILING.validate(zero(E2021).cell("proactiveDisclosure.penalties.decisions", Count.blank())
                .build()), "BLANK-CELL");
        assertEquals("「第二十条第（六）项 行政处罚｜本年处理决定数量」未填写；空白不按 0 计算", alone.message(Locale.CHINESE));
        assertEquals("proactiveDisclosure.penalties.decisions is blank; a blank is not counted as 0",
                alone.message(Locale.ENGLISH));
        Violation fee = only(FILING.validate(zero(E2021).cell("proactiveDisclosure.fees.amountWanYuan", Money.blank())
                .build()), "BLANK-CELL");
        assertEquals("proactiveDisclosure.fees.amountWanYuan is blank; a blank is not counted as 0", fee.message(Locale.ENGLISH));
    }

    @Test
    void theStockMessageSaysWhichReportEachFigureIsFrom() {
        AnnualReport previous = zero(E2021, 2022).cell("proactiveDisclosure.regulations.inForce", 5).build();
        AnnualReport current = zero(E2021).cell("proactiveDisclosure.regulations.issued", 1)
                .cell("proactiveDisclosure.regulations.inForce", 5).build();
        Violation v = only(FILING.validate(current, previous), "PD-STOCK-XYEAR");
        assertEquals("规章：2022 年度报告的现行有效件数为 5；本年报告的本年制发件数为 1、本年废止件数为 0，"
                + "本年的现行有效件数应为 5 + 1 - 0 = 6，实为 5", v.message(Locale.CHINESE));
        assertEquals("regulations: the report on 2022 has inForce = 5; this year issued = 1 and repealed = 0, so this year"
                + " inForce should be 5 + 1 - 0 = 6, but it is 5", v.message(Locale.ENGLISH));
    }

    @Test
    void aLastYearsReportThatIsLaterIsNotCalledTheEarlierOne() {
        AnnualReport current = zero(E2021).build();
        NotApplied later = FILING.validate(current, current.withYear(2024)).notApplied().get(0);
        assertEquals("the report given as last year is on 2024, not earlier than this report on 2023; the rule compares"
                + " with the report on 2022", later.reason(Locale.ENGLISH));
        assertEquals("作为上年报告提供的报告年度为 2024，并不早于本报告的 2023 年度；本规则应与 2022 年度报告比较",
                later.reason(Locale.CHINESE));
        NotApplied earlier = FILING.validate(current, current.withYear(2020)).notApplied().get(0);
        assertEquals("the earlier report is on 2020, not on 2022, the year before 2023", earlier.reason(Locale.ENGLISH));
    }

    @Test
    void anotherAgencyIsNotAppliedWithTheDifferenceMarked() {
        AnnualReport current = zero(E2021).agency("东营市东营区人民政府办公室").build();
        ValidationResult result = FILING.validate(current, current.withAgency("东营市河口区人民政府办公室").withYear(2022));
        assertEquals(List.of(), result.violations());
        assertEquals("两份报告的报告机关不同：本年为东营市【东营】区人民政府办公室，上年为东营市【河口】区人民政府办公室",
                result.notApplied().get(0).reason(Locale.CHINESE));
        ValidationResult longer = FILING.validate(current, current.withAgency("东营市东营区人民政府").withYear(2022));
        assertEquals("the reports are of different agencies: 东营市东营区人民政府【办公室】 this year, 东营市东营区人民政府【】 last year",
                longer.notApplied().get(0).reason(Locale.ENGLISH));
    }

    @Test
    void namesThatDifferInFormAreOneAgencyWithANote() {
        AnnualReport current = zero(E2021).agency("营口市人民政府办公室").build();
        ValidationResult result = FILING.validate(current, current.withAgency("營口市人民政府辦公室").withYear(2022));
        Violation v = only(result, "AGENCY-NAME-FORM");
        assertEquals(Severity.INFO, v.severity());
        assertEquals("报告机关本年写作营口市人民政府办公室，上年写作營口市人民政府辦公室：统一书写形式后为同一名称（营口市人民政府办公室），两份报告照常比较",
                v.message(Locale.CHINESE));
        assertEquals(List.of("PD-ITEMS-XYEAR"), result.notApplied().stream().map(n -> n.ruleId().value()).toList());
    }

    @Test
    void aNameWithItsCityInFrontIsOneAgencyWithANote() {
        AnnualReport current = zero(E2021).agency("淮安市洪泽区人民政府").build();
        ValidationResult result = FILING.validate(current, current.withAgency("洪泽区人民政府").withYear(2022));
        Violation v = only(result, "AGENCY-NAME-FORM");
        assertEquals(Severity.INFO, v.severity());
        assertEquals("报告机关本年写作淮安市洪泽区人民政府，上年写作洪泽区人民政府：同一名称，其中一处冠有所在行政区划名称（淮安市），两份报告照常比较",
                v.message(Locale.CHINESE));
        assertEquals("the agency is written 淮安市洪泽区人民政府 this year and 洪泽区人民政府 last year: one name, written once"
                + " with the division it lies in (淮安市) in front, so the reports are compared", v.message(Locale.ENGLISH));
    }

    @Test
    void theDeadlineDependsOnTheAgencysLevel() {
        LocalDate february = LocalDate.of(year(E2021) + 1, 2, 10);
        Violation department = only(FILING.validate(zero(E2021).publishedOn(february).build()), "PUBLISHED-LATE");
        assertEquals("2024-02-10 发布，晚于 2024-01-31：《政府信息公开条例》第四十九条要求县级以上人民政府部门于每年1月31日前公布本部门"
                + "上一年度的年度报告，某某县自然资源局按政府部门计", department.message(Locale.CHINESE));
        assertEquals(List.of(), FILING.validate(zero(E2021).agency("某某县人民政府").publishedOn(february).build()).violations());
        assertEquals(AgencyLevel.GOVERNMENT, AgencyLevel.of("东营市东营区人民政府办公室"));
        assertEquals(AgencyLevel.GOVERNMENT, AgencyLevel.of("淮安市人民政府"));
        assertEquals(AgencyLevel.DEPARTMENT, AgencyLevel.of("东营市行政审批服务局"));
        assertEquals(AgencyLevel.DEPARTMENT, AgencyLevel.of("某市卫生健康委员会"));
        assertEquals(AgencyLevel.UNKNOWN, AgencyLevel.of("某某镇人民政府"));
        assertEquals(AgencyLevel.UNKNOWN, AgencyLevel.of("某某街道办事处"));
        assertEquals(AgencyLevel.UNKNOWN, AgencyLevel.of("某某经济开发区管理委员会"));
    }

    @Test
    void aPartialSumStatesWhatIsBlankAndWhatAlreadyExceeds() {
        AnnualReport report = row(row(zero(E2021), "newRequests", 1, 1), "granted", 2, 2)
                .cell("applications.totalHandled.naturalPerson", 2).cell("applications.totalHandled.total", 2)
                .cell("applications.carriedForward.naturalPerson", Count.blank()).build();
        Violation v = only(ReportValidator.builder().disable("BLANK-CELL").build().validate(report), "PARTS-EXCEED-TOTAL");
        assertEquals("「自然人」列：四 未填写，但已填写的 三（七）总计 = 2 已大于 一 + 二 = 1 + 0 = 1", v.message(Locale.CHINESE));
        assertEquals("column naturalPerson: carriedForward blank, yet the filled parts totalHandled = 2 already exceed"
                + " newRequests + carriedOver = 1 + 0 = 1", v.message(Locale.ENGLISH));
    }
}
