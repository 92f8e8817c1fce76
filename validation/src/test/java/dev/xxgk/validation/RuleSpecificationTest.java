package dev.xxgk.validation;

import static dev.xxgk.validation.Reports.oneGranted;
import static dev.xxgk.validation.Reports.row;
import static dev.xxgk.validation.Reports.year;
import static dev.xxgk.validation.Reports.zero;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specification of every rule: for each, the smallest report that breaks it (it alone) with
 * the exact violations it must give, and the smallest that passes, in both editions where the rule
 * applies. The reports start from a report of zeros, which breaks no rule.
 */
class RuleSpecificationTest {

    private static final Edition E2019 = Edition.EDITION_2019;
    private static final Edition E2021 = Edition.EDITION_2021;
    private static final List<Edition> BOTH = List.of(E2019, E2021);
    private static final ReportValidator FILING = ReportValidator.standard(Profile.FILING);

    /** A violation as the table states it: path, expected, actual. */
    record Expect(String path, String expected, String actual) {
        @Override
        public String toString() {
            return path + " expected " + expected + " actual " + actual;
        }
    }

    private static Expect at(String path, String expected, String actual) {
        return new Expect(path, expected, actual);
    }

    /** One line of the specification. */
    record Spec(String rule, Edition edition, String name, Function<Edition, AnnualReport> report, Severity severity,
            List<Expect> violations, ReportValidator validator) {
        @Override
        public String toString() {
            return rule + " " + edition + " " + name;
        }
    }

    private static List<Spec> breaking(String rule, List<Edition> editions, String name, Severity severity,
            Function<Edition, AnnualReport> report, Expect... expected) {
        return breaking(FILING, rule, editions, name, severity, report, expected);
    }

    /** A line of the specification checked by a validator of its own: a clock, a rule switched off. */
    private static List<Spec> breaking(ReportValidator validator, String rule, List<Edition> editions, String name,
            Severity severity, Function<Edition, AnnualReport> report, Expect... expected) {
        List<Spec> specs = new ArrayList<>();
        for (Edition edition : editions) {
            specs.add(new Spec(rule, edition, name, report, severity, List.of(expected), validator));
        }
        return specs;
    }

    private static List<Spec> passing(String rule, List<Edition> editions, String name,
            Function<Edition, AnnualReport> report) {
        return breaking(rule, editions, name, null, report);
    }

    private static List<Spec> passing(ReportValidator validator, String rule, List<Edition> editions, String name,
            Function<Edition, AnnualReport> report) {
        return breaking(validator, rule, editions, name, null, report);
    }

    /** BLANK-CELL off: a sum with a blank part has its blank reported by BLANK-CELL too. */
    private static final ReportValidator NO_BLANKS = ReportValidator.builder().disable("BLANK-CELL").build();

    /** Validation on 15 January 2021, Beijing time. */
    private static final java.time.Clock JANUARY_15 = java.time.Clock.fixed(
            java.time.Instant.parse("2021-01-15T04:00:00Z"), java.time.ZoneOffset.ofHours(8));

    private static ReportValidator on(java.time.Clock clock) {
        return ReportValidator.builder().clock(clock).build();
    }

    /** A government's own report, whose deadline is 31 March. */
    private static final String GOVERNMENT = "某某县人民政府";

    private static LocalDate endOfYear(Edition edition) {
        return LocalDate.of(year(edition), 12, 31);
    }

    static Stream<Spec> breakingReports() {
        List<Spec> specs = new ArrayList<>();
        specs.addAll(breaking("APP-BALANCE", BOTH, "a new request neither handled nor carried forward", Severity.ERROR,
                e -> row(zero(e), "newRequests", 1, 1).build(),
                at("applications.carriedForward.naturalPerson", "1", "0"),
                at("applications.carriedForward.total", "1", "0")));
        specs.addAll(breaking("APP-OUTCOMES", BOTH, "an outcome outside （七）总计", Severity.ERROR,
                e -> row(zero(e), "granted", 1, 1).build(),
                at("applications.totalHandled.naturalPerson", "1", "0"),
                at("applications.totalHandled.total", "1", "0")));
        specs.addAll(breaking("APP-OUTCOMES", List.of(E2019), "（六）其他处理 outside （七）总计", Severity.ERROR,
                e -> row(zero(e), "otherHandling", 1, 1).build(),
                at("applications.totalHandled.naturalPerson", "1", "0"),
                at("applications.totalHandled.total", "1", "0")));
        specs.addAll(breaking("APP-OUTCOMES", List.of(E2021), "（六）2 outside （七）总计", Severity.ERROR,
                e -> row(zero(e), "otherHandling.unpaidFee", 1, 1).build(),
                at("applications.totalHandled.naturalPerson", "1", "0"),
                at("applications.totalHandled.total", "1", "0")));
        specs.addAll(breaking("APP-ROW-TOTAL", BOTH, "a request counted in two rows' totals crosswise", Severity.ERROR,
                e -> {
                    AnnualReport.Builder b = row(zero(e), "newRequests", 1, 1);
                    row(b, "totalHandled", 1, 1);
                    row(b, "granted", 1, 0);
                    return row(b, "unavailable.notHeld", 0, 1).build();
                },
                at("applications.granted.total", "1", "0"),
                at("applications.unavailable.notHeld.total", "0", "1")));
        specs.addAll(breaking("LIT-TOTAL", BOTH, "a case outside the total", Severity.ERROR,
                e -> zero(e).cell("reconsiderationAndLitigation.reconsideration.upheld", 1).build(),
                at("reconsiderationAndLitigation.reconsideration.total", "1", "0")));
        specs.addAll(breaking("LIT-TOTAL", BOTH, "a total without its case", Severity.ERROR,
                e -> zero(e).cell("reconsiderationAndLitigation.litigationAfterReconsideration.total", 2)
                        .cell("reconsiderationAndLitigation.litigationAfterReconsideration.pending", 1).build(),
                at("reconsiderationAndLitigation.litigationAfterReconsideration.total", "1", "2")));
        specs.addAll(breaking("NON-NEGATIVE", BOTH, "a negative count that still adds up", Severity.ERROR,
                e -> zero(e).cell("reconsiderationAndLitigation.reconsideration.upheld", -1)
                        .cell("reconsiderationAndLitigation.reconsideration.corrected", 1).build(),
                at("reconsiderationAndLitigation.reconsideration.upheld", "≥ 0", "-1")));
        specs.addAll(breaking("NON-NEGATIVE", List.of(E2021), "a negative fee income", Severity.ERROR,
                e -> zero(e).cell("proactiveDisclosure.fees.amountWanYuan", Money.ofWanYuan(new BigDecimal("-1.5")))
                        .build(),
                at("proactiveDisclosure.fees.amountWanYuan", "≥ 0", "-1.5万元")));
        specs.addAll(breaking("NON-NEGATIVE", List.of(E2019), "a negative procurement amount", Severity.ERROR,
                e -> zero(e).cell("proactiveDisclosure.procurement.projects", 1)
                        .cell("proactiveDisclosure.procurement.totalAmount", Money.of(new BigDecimal("-5"), MoneyUnit.YUAN))
                        .build(),
                at("proactiveDisclosure.procurement.totalAmount", "≥ 0", "-5元")));
        specs.addAll(breaking("BLANK-CELL", BOTH, "a blank part of three sums, none of them checked", Severity.ERROR,
                e -> oneGranted(e).cell("applications.granted.naturalPerson", Count.blank()).build(),
                at("applications.granted.naturalPerson", "filled", "blank")));
        specs.addAll(breaking("BLANK-CELL", List.of(E2019), "a blank amount", Severity.ERROR,
                e -> zero(e).cell("proactiveDisclosure.procurement.totalAmount", Money.blank()).build(),
                at("proactiveDisclosure.procurement.totalAmount", "filled", "blank")));
        specs.addAll(breaking("EDITION-YEAR", List.of(E2019), "edition 2019 for 2021", Severity.WARNING,
                e -> zero(e, 2021).build(), at("edition", "2021", "2019")));
        specs.addAll(breaking("EDITION-YEAR", List.of(E2021), "edition 2021 for 2020", Severity.WARNING,
                e -> zero(e, 2020).build(), at("edition", "2019", "2021")));
        specs.addAll(breaking("PD-PUBLISHED-TOTAL", List.of(E2019), "fewer in total than published this year",
                Severity.WARNING,
                e -> zero(e).cell("proactiveDisclosure.regulations.newlyPublished", 2)
                        .cell("proactiveDisclosure.regulations.totalPublished", 1).build(),
                at("proactiveDisclosure.regulations.totalPublished", "≥ 2", "1")));
        specs.addAll(breaking("PD-ITEMS-NON-NEGATIVE", List.of(E2019), "more items dropped than there were",
                Severity.ERROR,
                e -> zero(e).cell("proactiveDisclosure.licensing.previousYearItems", 2)
                        .cell("proactiveDisclosure.licensing.change", -3).build(),
                at("proactiveDisclosure.licensing.change", "≥ -2", "-3")));
        specs.addAll(breaking("PD-ITEMS-NON-NEGATIVE", List.of(E2019), "a fee dropped from none",
                Severity.ERROR,
                e -> zero(e).cell("proactiveDisclosure.fees.change", -1).build(),
                at("proactiveDisclosure.fees.change", "≥ 0", "-1")));
        specs.addAll(breaking("PD-PROCUREMENT-ZERO", List.of(E2019), "an amount without a project", Severity.WARNING,
                e -> zero(e).cell("proactiveDisclosure.procurement.totalAmount", Money.of(BigDecimal.valueOf(5),
                        MoneyUnit.YUAN)).build(),
                at("proactiveDisclosure.procurement.totalAmount", "0", "5元")));
        specs.addAll(breaking("PD-PROCUREMENT-ZERO", List.of(E2019), "a project without an amount", Severity.WARNING,
                e -> zero(e).cell("proactiveDisclosure.procurement.projects", 1).build(),
                at("proactiveDisclosure.procurement.totalAmount", "> 0", "0元")));
        specs.addAll(breaking("PUBLISHED-EARLY", BOTH, "published on the last day of the report year",
                Severity.WARNING, e -> zero(e).publishedOn(endOfYear(e)).build(),
                at("publishedOn", "> " + endOfYear(E2019), endOfYear(E2019).toString())).subList(0, 1));
        specs.addAll(breaking("PUBLISHED-EARLY", List.of(E2021), "published on the last day of the report year",
                Severity.WARNING, e -> zero(e).publishedOn(endOfYear(e)).build(),
                at("publishedOn", "> " + endOfYear(E2021), endOfYear(E2021).toString())));
        for (Edition e : BOTH) {
            LocalDate april = LocalDate.of(year(e) + 1, 4, 1);
            specs.addAll(breaking("PUBLISHED-LATE", List.of(e), "a government's report published on 1 April",
                    Severity.INFO, x -> zero(x).agency(GOVERNMENT).publishedOn(april).build(),
                    at("publishedOn", "≤ " + april.minusDays(1), april.toString())));
            LocalDate february = LocalDate.of(year(e) + 1, 2, 1);
            specs.addAll(breaking("PUBLISHED-LATE", List.of(e), "a department's report published on 1 February",
                    Severity.INFO, x -> zero(x).publishedOn(february).build(),
                    at("publishedOn", "≤ " + february.minusDays(1), february.toString())));
            // the caller knows better than the name: a 局 that is a government's office
            specs.addAll(breaking(ReportValidator.builder().agencyLevel(name -> AgencyLevel.DEPARTMENT).build(),
                    "PUBLISHED-LATE", List.of(e), "a government told to be a department", Severity.INFO,
                    x -> zero(x).agency(GOVERNMENT).publishedOn(february).build(),
                    at("publishedOn", "≤ " + february.minusDays(1), february.toString())));
        }
        specs.addAll(breaking(on(JANUARY_15), "PUBLISHED-FUTURE", List.of(E2019), "published the day after validation",
                Severity.ERROR, e -> zero(e).publishedOn(LocalDate.of(2021, 1, 16)).build(),
                at("publishedOn", "≤ 2021-01-15", "2021-01-16")));
        specs.addAll(breaking(ReportValidator.builder().clock(java.time.Clock.fixed(
                java.time.Instant.parse("2024-01-20T00:00:00Z"), java.time.ZoneOffset.UTC)).build(),
                "PUBLISHED-FUTURE", List.of(E2021), "published the day after validation", Severity.ERROR,
                e -> zero(e).publishedOn(LocalDate.of(2024, 1, 21)).build(), at("publishedOn", "≤ 2024-01-20", "2024-01-21")));
        specs.addAll(breaking(NO_BLANKS, "PARTS-EXCEED-TOTAL", BOTH, "a group whose filled outcomes exceed its total",
                Severity.ERROR, e -> zero(e).cell("reconsiderationAndLitigation.reconsideration.upheld", Count.blank())
                        .cell("reconsiderationAndLitigation.reconsideration.corrected", 2)
                        .cell("reconsiderationAndLitigation.reconsideration.total", 1).build(),
                at("reconsiderationAndLitigation.reconsideration.total", "≤ 1", "2")));
        specs.addAll(breaking(NO_BLANKS, "PARTS-EXCEED-TOTAL", BOTH, "more handled than came in, 结转下年度 blank",
                Severity.ERROR, e -> row(row(row(zero(e), "newRequests", 1, 1), "granted", 2, 2), "totalHandled", 2, 2)
                        .cell("applications.carriedForward.naturalPerson", Count.blank())
                        .cell("applications.carriedForward.total", Count.blank()).build(),
                at("applications.carriedForward.naturalPerson", "≤ 1", "2"),
                at("applications.carriedForward.total", "≤ 1", "2")));
        specs.addAll(breaking("PD-STOCK-BOUND", List.of(E2021), "more issued than in force and repealed together",
                Severity.WARNING, e -> zero(e).cell("proactiveDisclosure.normativeDocuments.issued", 3)
                        .cell("proactiveDisclosure.normativeDocuments.repealed", 1)
                        .cell("proactiveDisclosure.normativeDocuments.inForce", 1).build(),
                at("proactiveDisclosure.normativeDocuments.inForce", "≥ 2", "1")));
        specs.addAll(breaking("TEXT-EMPTY", BOTH, "no section 五", Severity.ERROR,
                e -> zero(e).problemsAndImprovements("").build(), at("problemsAndImprovements", "filled", "empty")));
        specs.addAll(breaking("TEXT-EMPTY", BOTH, "section 一 of white space only", Severity.ERROR,
                e -> zero(e).overview(dev.xxgk.model.Overview.of(" \n　")).build(), at("overview.text", "filled", "empty")));
        specs.addAll(breaking("TEXT-EMPTY", List.of(E2019), "no section 六", Severity.ERROR,
                e -> zero(e).otherMatters("").build(), at("otherMatters", "filled", "empty")));
        specs.addAll(breaking("FEE-STATEMENT", List.of(E2021), "nothing said of the fee", Severity.WARNING,
                e -> zero(e).otherMatters("无。").build(), at("otherMatters", "信息处理费", "not stated")));
        specs.addAll(breaking("FEE-STATEMENT", List.of(E2021), "行政事业性收费 is not the 信息处理费", Severity.WARNING,
                e -> zero(e).otherMatters("本年度行政事业性收费0万元，收费项目无变化。").build(),
                at("otherMatters", "信息处理费", "not stated")));
        specs.addAll(breaking("FEE-STATEMENT", List.of(E2021), "三（六）2, fee notices not paid, is not a fee charged",
                Severity.WARNING, e -> zero(e).otherMatters("申请人逾期未按收费通知要求缴纳费用的申请0件。").build(),
                at("otherMatters", "信息处理费", "not stated")));
        specs.addAll(breaking("TEMPLATE-DEVIATION", List.of(E2021), "the 2019 row （六）其他处理 printed in a 2021 table",
                Severity.WARNING, e -> zero(e).deviation(TemplateDeviation.of(E2019, "applications.otherHandling",
                        applicantCounts(2, 0, 0, 0, 0, 0, 2))).build(),
                at("applications.otherHandling", "the rows of edition 2021", "（六）其他处理 2 0 0 0 0 0 2")));
        specs.addAll(breaking("TEMPLATE-DEVIATION", List.of(E2019), "the 2021 row 3.其他 printed in a 2019 table, a figure blank",
                Severity.WARNING, e -> zero(e).deviation(TemplateDeviation.of(E2021, "applications.otherHandling.other",
                        applicantCounts(1, 0, 0, 0, 0, null, 1))).build(),
                at("applications.otherHandling.other", "the rows of edition 2019", "3.其他 1 0 0 0 0 / 1")));
        specs.addAll(breaking("TEXT-TABLE", BOTH, "one request received in the text, none in the table",
                Severity.WARNING, e -> zero(e).overview(dev.xxgk.model.Overview.of("2023年，本机关共收到政府信息公开申请一件。")).build(),
                at("applications.newRequests.total", "0", "1")));
        specs.addAll(breaking("TEXT-TABLE", BOTH, "一百二十三 and full-width digits", Severity.WARNING,
                e -> zero(e).otherMatters("本年度未收取信息处理费。全年共受理政府信息公开申请一百二十三件，答复１２件。").build(),
                at("applications.newRequests.total", "0", "123"), at("applications.totalHandled.total", "0", "12")));
        specs.addAll(breaking("TEXT-TABLE", List.of(E2021), "documents issued and repealed, 两件", Severity.WARNING,
                e -> zero(e).overview(dev.xxgk.model.Overview.of("本年度制发行政规范性文件两件，废止1件。")).build(),
                at("proactiveDisclosure.normativeDocuments.issued", "0", "2"),
                at("proactiveDisclosure.normativeDocuments.repealed", "0", "1")));
        specs.addAll(breaking("TEXT-TABLE", BOTH, "a share of the wrong base", Severity.WARNING,
                e -> row(row(row(row(zero(e), "newRequests", 4, 4), "granted", 1, 1), "unavailable.notHeld", 3, 3),
                        "totalHandled", 4, 4).overview(dev.xxgk.model.Overview.of("予以公开1件，占50%。")).build(),
                at("applications.granted.total", "25.00%", "50%")));
        specs.addAll(breaking("TEXT-TABLE", BOTH, "行政复议 and its outcomes", Severity.WARNING,
                e -> zero(e).overview(dev.xxgk.model.Overview.of("因政府信息公开被申请行政复议2件，其中结果维持1件，结果纠正1件。"))
                        .build(),
                at("reconsiderationAndLitigation.reconsideration.total", "0", "2"),
                at("reconsiderationAndLitigation.reconsideration.upheld", "0", "1"),
                at("reconsiderationAndLitigation.reconsideration.corrected", "0", "1")));
        specs.addAll(breaking("TEXT-TABLE", BOTH, "行政诉讼 is the sum of its two groups", Severity.WARNING,
                e -> zero(e).cell("reconsiderationAndLitigation.litigationDirect.upheld", 1)
                        .cell("reconsiderationAndLitigation.litigationDirect.total", 1)
                        .overview(dev.xxgk.model.Overview.of("发生行政诉讼2件。")).build(),
                at("reconsiderationAndLitigation.litigationDirect.total", "1", "2")));
        return specs.stream();
    }

    static Stream<Spec> passingReports() {
        List<Spec> specs = new ArrayList<>();
        specs.addAll(passing("*", BOTH, "every cell 0", e -> zero(e).build()));
        for (String rule : List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL")) {
            specs.addAll(passing(rule, BOTH, "one request, granted", e -> oneGranted(e).build()));
        }
        specs.addAll(passing("APP-BALANCE", BOTH, "one request carried over and forward",
                e -> row(row(zero(e), "carriedOver", 1, 1), "carriedForward", 1, 1).build()));
        specs.addAll(passing("APP-OUTCOMES", List.of(E2021), "one request in （六）2",
                e -> row(row(row(zero(e), "newRequests", 1, 1), "otherHandling.unpaidFee", 1, 1), "totalHandled", 1, 1)
                        .build()));
        specs.addAll(passing("LIT-TOTAL", BOTH, "one case upheld",
                e -> zero(e).cell("reconsiderationAndLitigation.reconsideration.upheld", 1)
                        .cell("reconsiderationAndLitigation.reconsideration.total", 1).build()));
        specs.addAll(passing("NON-NEGATIVE", List.of(E2019), "a negative 本年增/减, which is signed",
                e -> zero(e).cell("proactiveDisclosure.licensing.previousYearItems", 5)
                        .cell("proactiveDisclosure.licensing.change", -3).build()));
        specs.addAll(passing("EDITION-YEAR", List.of(E2019), "edition 2019 for 2019", e -> zero(e, 2019).build()));
        specs.addAll(passing("EDITION-YEAR", List.of(E2021), "edition 2021 for 2021", e -> zero(e, 2021).build()));
        specs.addAll(passing("PD-PUBLISHED-TOTAL", List.of(E2019), "all published this year",
                e -> zero(e).cell("proactiveDisclosure.regulations.newlyPublished", 2)
                        .cell("proactiveDisclosure.regulations.totalPublished", 2).build()));
        specs.addAll(passing("PD-ITEMS-NON-NEGATIVE", List.of(E2019), "every item dropped",
                e -> zero(e).cell("proactiveDisclosure.licensing.previousYearItems", 2)
                        .cell("proactiveDisclosure.licensing.change", -2).build()));
        specs.addAll(passing("PD-PROCUREMENT-ZERO", List.of(E2019), "a project with its amount",
                e -> zero(e).cell("proactiveDisclosure.procurement.projects", 1)
                        .cell("proactiveDisclosure.procurement.totalAmount", Money.of(new BigDecimal("0.01"),
                                MoneyUnit.WAN_YUAN)).build()));
        specs.addAll(passing("PUBLISHED-EARLY", BOTH, "published on 1 January",
                e -> zero(e).publishedOn(endOfYear(e).plusDays(1)).build()));
        specs.addAll(passing("PUBLISHED-LATE", BOTH, "a government's report published on 31 March",
                e -> zero(e).agency(GOVERNMENT).publishedOn(LocalDate.of(year(e) + 1, 3, 31)).build()));
        specs.addAll(passing("PUBLISHED-LATE", BOTH, "a department's report published on 31 January",
                e -> zero(e).publishedOn(LocalDate.of(year(e) + 1, 1, 31)).build()));
        specs.addAll(passing("PUBLISHED-LATE", BOTH, "a 街道办事处, of no statutory level, on 31 March",
                e -> zero(e).agency("某某街道办事处").publishedOn(LocalDate.of(year(e) + 1, 3, 31)).build()));
        specs.addAll(passing(on(JANUARY_15), "PUBLISHED-FUTURE", List.of(E2019), "published on the day of validation",
                e -> zero(e).publishedOn(LocalDate.of(2021, 1, 15)).build()));
        specs.addAll(passing(ReportValidator.builder().clock(java.time.Clock.fixed(
                java.time.Instant.parse("2024-01-20T00:00:00Z"), java.time.ZoneOffset.UTC)).build(),
                "PUBLISHED-FUTURE", List.of(E2021), "published on the day of validation",
                e -> zero(e).publishedOn(LocalDate.of(2024, 1, 20)).build()));
        specs.addAll(passing(NO_BLANKS, "PARTS-EXCEED-TOTAL", BOTH, "filled outcomes within the total",
                e -> zero(e).cell("reconsiderationAndLitigation.reconsideration.upheld", Count.blank())
                        .cell("reconsiderationAndLitigation.reconsideration.corrected", 1)
                        .cell("reconsiderationAndLitigation.reconsideration.total", 1).build()));
        specs.addAll(passing(NO_BLANKS, "PARTS-EXCEED-TOTAL", BOTH, "a blank on both sides: nothing is implied",
                e -> zero(e).cell("reconsiderationAndLitigation.reconsideration.upheld", Count.blank())
                        .cell("reconsiderationAndLitigation.reconsideration.corrected", 2)
                        .cell("reconsiderationAndLitigation.reconsideration.total", Count.blank()).build()));
        specs.addAll(passing("PD-STOCK-BOUND", List.of(E2021), "everything issued this year still in force, one repealed",
                e -> zero(e).cell("proactiveDisclosure.normativeDocuments.issued", 3)
                        .cell("proactiveDisclosure.normativeDocuments.repealed", 1)
                        .cell("proactiveDisclosure.normativeDocuments.inForce", 2).build()));
        specs.addAll(passing("FEE-STATEMENT", List.of(E2021), "the fee stated in section 一, not in 六",
                e -> zero(e).otherMatters("无。").overview(dev.xxgk.model.Overview.of("依申请公开未收取任何费用。")).build()));
        specs.addAll(passing("TEXT-TABLE", BOTH, "figures the table holds, in words and digits",
                e -> oneGranted(e).overview(dev.xxgk.model.Overview.of(
                        "2023年，本机关共收到政府信息公开申请一件，答复1件，予以公开1件，占100%。")).build()));
        specs.addAll(passing("TEXT-TABLE", BOTH, "东营区 2023's two traps: 信息不存在的 and 失效",
                e -> zero(e).overview(dev.xxgk.model.Overview.of(
                        "其中，信息不存在的7件，占39%。本年度制发规范性文件0件，失效3件。")).build()));
        specs.addAll(passing("TEXT-TABLE", BOTH, "another agency as subject, and figures that are not counts of a cell",
                e -> zero(e).overview(dev.xxgk.model.Overview.of("区政府办代表区政府受理政府信息公开申请17件，比去年增加5件，"
                        + "其中网络渠道申请6件。行政复议、行政诉讼共3件。")).build()));
        return specs.stream();
    }

    /** The seven applicant columns of section 三, a null for a blank. */
    private static java.util.Map<String, dev.xxgk.model.CellValue> applicantCounts(Integer... values) {
        java.util.Map<String, dev.xxgk.model.CellValue> cells = new java.util.LinkedHashMap<>();
        List<dev.xxgk.template.Column> columns = Template.of(E2021).tables(dev.xxgk.template.Section.APPLICATIONS).get(0)
                .columns();
        for (int i = 0; i < values.length; i++) {
            cells.put(columns.get(i).code(), values[i] == null ? Count.blank() : Count.of(values[i]));
        }
        return cells;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingReports")
    void theSmallestBreakingReportBreaksTheRuleAlone(Spec spec) {
        ValidationResult result = spec.validator().validate(spec.report().apply(spec.edition()));
        List<Expect> found = result.violations().stream()
                .map(v -> at(v.path().value(), v.expected(), v.actual())).toList();
        assertEquals(spec.violations(), found, result.toString());
        Template template = Template.of(spec.edition());
        for (Violation violation : result.violations()) {
            assertEquals(spec.rule(), violation.ruleId().value(), violation.toString());
            assertEquals(spec.severity(), violation.severity(), violation.toString());
            // the official label is the catalogue's, of the cell or header field at the path
            if (spec.rule().equals("TEMPLATE-DEVIATION")) {
                // the path is the deviating row's code in its own edition, the label its label there
                AnnualReport report = spec.report().apply(spec.edition());
                assertEquals(report.deviations().get(0).row().label(), violation.label());
            } else if (!spec.rule().equals("TEXT-TABLE")) {
                assertEquals(template.findCell(violation.path().value()).map(Cell::label)
                        .orElseGet(() -> ReportField.ofCode(violation.path().value()).orElseThrow().label()),
                        violation.label());
            }
            String chinese = violation.message(Locale.SIMPLIFIED_CHINESE);
            String english = violation.message(Locale.ENGLISH);
            assertFalse(chinese.isBlank() || english.isBlank(), violation.toString());
            assertNotEquals(english, chinese, violation.toString());
        }
        assertEquals(spec.severity() != Severity.ERROR, result.isValid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingReports")
    void theSmallestPassingReportHasNoViolation(Spec spec) {
        AnnualReport report = spec.report().apply(spec.edition());
        assertSame(ValidationResult.empty(), spec.validator().validate(report));
        assertSame(ValidationResult.empty(), spec.validator().toBuilder().profile(Profile.AUDIT).build().validate(report));
    }

    @Test
    void everySingleReportRuleHasABreakingAndAPassingReport() {
        Set<String> single = FILING.rules().stream().filter(r -> r.isBuiltIn() && r.scope() == RuleScope.SINGLE_REPORT)
                .map(r -> r.id().value()).collect(Collectors.toSet());
        for (String rule : single) {
            Set<Edition> editions = FILING.rules().stream().filter(r -> r.id().value().equals(rule)).findFirst()
                    .orElseThrow().editions();
            for (Edition edition : editions) {
                assertTrue(breakingReports().anyMatch(s -> s.rule().equals(rule) && s.edition() == edition),
                        rule + " breaks in edition " + edition);
                assertTrue(passingReports().anyMatch(s -> (s.rule().equals(rule) || s.rule().equals("*"))
                        && s.edition() == edition), rule + " passes in edition " + edition);
            }
        }
    }

    // ---- blank cells and profiles ----

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aBlankCellIsAnErrorWhenFilingAndAWarningWhenAuditing(Edition edition) {
        AnnualReport report = oneGranted(edition).cell("applications.granted.total", Count.blank()).build();
        ValidationResult filing = FILING.validate(report);
        ValidationResult audit = ReportValidator.standard(Profile.AUDIT).validate(report);
        assertEquals(List.of("BLANK-CELL"), filing.violations().stream().map(v -> v.ruleId().value()).toList());
        assertEquals(Severity.ERROR, filing.violations().get(0).severity());
        assertEquals(1, filing.errorCount());
        assertEquals(List.of("BLANK-CELL"), audit.violations().stream().map(v -> v.ruleId().value()).toList());
        assertEquals(Severity.WARNING, audit.violations().get(0).severity());
        assertTrue(audit.isValid());
        assertEquals(1, audit.warningCount());
    }

    @Test
    void aSumWithABlankPartIsNotComparedAsIfTheBlankWere0() {
        // 一 is 2 with 自然人 blank: counted as 0, the blank would break 一's row total and the balance
        AnnualReport report = row(row(row(zero(E2021), "newRequests", 2, 2), "granted", 2, 2), "totalHandled", 2, 2)
                .cell("applications.newRequests.naturalPerson", Count.blank()).build();
        ValidationResult result = ReportValidator.standard(Profile.AUDIT).validate(report);
        assertEquals(List.of(at("applications.newRequests.naturalPerson", "filled", "blank")),
                result.violations().stream().map(v -> at(v.path().value(), v.expected(), v.actual())).toList());
        assertTrue(result.isValid());
    }

    // ---- cross-year ----

    /** A pair of reports: last year's and this year's. */
    record Pair(String rule, String name, AnnualReport previous, AnnualReport current, List<Expect> violations,
            List<String> notApplied) {
        @Override
        public String toString() {
            return rule + " " + name;
        }
    }

    private static AnnualReport.Builder lastYear(Edition edition) {
        return zero(edition, year(edition) - 1);
    }

    static Stream<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        List<Expect> none = List.of();
        for (Edition e : BOTH) {
            AnnualReport carriedForward = row(row(lastYear(e), "newRequests", 1, 1), "carriedForward", 1, 1).build();
            List<String> otherEdition = e == E2019 ? List.of("PD-STOCK-XYEAR") : List.of("PD-ITEMS-XYEAR");
            pairs.add(new Pair("APP-CARRY-XYEAR", e + " breaks: nothing carried over", carriedForward, zero(e).build(),
                    List.of(at("applications.carriedOver.naturalPerson", "1", "0"),
                            at("applications.carriedOver.total", "1", "0")), otherEdition));
            pairs.add(new Pair("APP-CARRY-XYEAR", e + " passes: carried over and granted", carriedForward,
                    row(row(row(zero(e), "carriedOver", 1, 1), "granted", 1, 1), "totalHandled", 1, 1).build(), none,
                    otherEdition));
        }
        AnnualReport forward2020 = row(row(zero(E2019, 2020), "newRequests", 3, 3), "carriedForward", 3, 3).build();
        pairs.add(new Pair("APP-CARRY-XYEAR", "2020 edition 2019 to 2021 edition 2021 breaks: the rows are the same",
                forward2020, zero(E2021, 2021).build(), List.of(at("applications.carriedOver.naturalPerson", "3", "0"),
                        at("applications.carriedOver.total", "3", "0")), List.of("PD-STOCK-XYEAR", "PD-ITEMS-XYEAR")));

        AnnualReport stock = lastYear(E2021).cell("proactiveDisclosure.regulations.inForce", 5).build();
        pairs.add(new Pair("PD-STOCK-XYEAR", "breaks: an issued regulation missing from the stock", stock,
                zero(E2021).cell("proactiveDisclosure.regulations.issued", 1)
                        .cell("proactiveDisclosure.regulations.inForce", 5).build(),
                List.of(at("proactiveDisclosure.regulations.inForce", "6", "5")), List.of("PD-ITEMS-XYEAR")));
        pairs.add(new Pair("PD-STOCK-XYEAR", "passes: 5 + 1 - 2", stock,
                zero(E2021).cell("proactiveDisclosure.regulations.issued", 1)
                        .cell("proactiveDisclosure.regulations.repealed", 2)
                        .cell("proactiveDisclosure.regulations.inForce", 4).build(), none, List.of("PD-ITEMS-XYEAR")));

        AnnualReport items = lastYear(E2019).cell("proactiveDisclosure.licensing.previousYearItems", 2)
                .cell("proactiveDisclosure.licensing.change", 3).build();
        pairs.add(new Pair("PD-ITEMS-XYEAR", "breaks: last year's change not carried", items,
                zero(E2019).cell("proactiveDisclosure.licensing.previousYearItems", 4).build(),
                List.of(at("proactiveDisclosure.licensing.previousYearItems", "5", "4")), List.of("PD-STOCK-XYEAR")));
        pairs.add(new Pair("PD-ITEMS-XYEAR", "passes: 2 + 3", items,
                zero(E2019).cell("proactiveDisclosure.licensing.previousYearItems", 5).build(), none,
                List.of("PD-STOCK-XYEAR")));

        List<String> all = List.of("APP-CARRY-XYEAR", "PD-STOCK-XYEAR", "PD-ITEMS-XYEAR", "TEXT-COPIED");
        AnnualReport mismatched = zero(E2021).cell("proactiveDisclosure.regulations.issued", 1)
                .cell("proactiveDisclosure.regulations.inForce", 5).build();
        AnnualReport forward2022 = row(row(lastYear(E2021), "newRequests", 1, 1), "carriedForward", 1, 1)
                .cell("proactiveDisclosure.regulations.inForce", 5).build();
        pairs.add(new Pair("*", "another agency: not applied, no false alarm", forward2022.withAgency("某某县财政局"),
                mismatched, List.of(), all));
        pairs.add(new Pair("*", "two years apart: not applied, no false alarm", forward2022.withYear(year(E2021) - 2),
                mismatched, List.of(), all));
        pairs.add(new Pair("*", "the same year twice: not applied", forward2022.withYear(year(E2021)), mismatched,
                List.of(), all));
        pairs.add(new Pair("AGENCY-NAME-FORM", "the same agency written with spaces", forward2022.withAgency(" 某某县 自然资源局　"),
                mismatched, List.of(at("applications.carriedOver.naturalPerson", "1", "0"),
                        at("applications.carriedOver.total", "1", "0"), at("proactiveDisclosure.regulations.inForce", "6", "5"),
                        at("agency", " 某某县 自然资源局　", "某某县自然资源局")),
                List.of("PD-ITEMS-XYEAR")));
        pairs.add(new Pair("AGENCY-NAME-FORM", "traditional characters, full-width brackets and a zero-width space",
                lastYear(E2021).agency("某某縣（自然資源）\u200B局").build(), zero(E2021).agency("某某县(自然资源)局").build(),
                List.of(at("agency", "某某縣（自然資源）\u200B局", "某某县(自然资源)局")), List.of("PD-ITEMS-XYEAR")));
        pairs.add(new Pair("AGENCY-NAME-FORM", "the same district with its city in front",
                lastYear(E2021).agency("洪泽区人民政府").build(), zero(E2021).agency("淮安市洪泽区人民政府").build(),
                List.of(at("agency", "洪泽区人民政府", "淮安市洪泽区人民政府")), List.of("PD-ITEMS-XYEAR")));
        pairs.add(new Pair("AGENCY-NAME-FORM", "province and city in front, the shorter last year's",
                lastYear(E2021).agency("江苏省淮安市洪泽区人民政府").build(), zero(E2021).agency("洪泽区人民政府").build(),
                List.of(at("agency", "江苏省淮安市洪泽区人民政府", "洪泽区人民政府")), List.of("PD-ITEMS-XYEAR")));
        pairs.add(new Pair("*", "a city's organ and a bare organ: another agency", lastYear(E2021).agency("城市管理局").build(),
                zero(E2021).agency("某某市城市管理局").build(), List.of(), all));
        pairs.add(new Pair("*", "a city's government and a bare government: another agency",
                lastYear(E2021).agency("人民政府").build(), zero(E2021).agency("淮安市人民政府").build(), List.of(), all));
        pairs.add(new Pair("*", "a district of one name in two cities: another agency",
                lastYear(E2021).agency("长春市朝阳区人民政府").build(), zero(E2021).agency("北京市朝阳区人民政府").build(),
                List.of(), all));
        pairs.add(new Pair("*", "an organ whose name holds 乡 is not a place",
                lastYear(E2021).agency("住房和城乡建设局").build(), zero(E2021).agency("某某市住房和城乡建设局").build(),
                List.of(), all));
        pairs.add(new Pair("AGENCY-NAME-FORM", "the same name: nothing to say", lastYear(E2021).build(), zero(E2021).build(),
                none, List.of("PD-ITEMS-XYEAR")));
        String problems = "一是政务公开工作的制度化、规范化水平还需进一步提高，部分科室对政务公开工作的重要性认识不足；"
                + "二是政策解读的形式还比较单一，解读的深度和广度有待加强。下一步，我们将加强培训，提高工作人员的业务能力，"
                + "丰富政策解读形式，在2023年内推出图解、视频解读等多种形式的解读产品。";
        pairs.add(new Pair("TEXT-COPIED", "section 五 copied with its year changed", lastYear(E2021)
                .problemsAndImprovements(problems.replace("2023", "2022")).build(),
                zero(E2021).problemsAndImprovements(problems).build(),
                List.of(at("problemsAndImprovements", "< 90%", "100%")), List.of("PD-ITEMS-XYEAR")));
        pairs.add(new Pair("TEXT-COPIED", "section 五 rewritten", lastYear(E2021).problemsAndImprovements(problems).build(),
                zero(E2021).problemsAndImprovements("本年度主要问题是依申请公开答复的规范性还不够，个别答复书引用条款不准确。"
                        + "改进措施：一是组织全体工作人员学习条例和答复规范；二是建立答复书法制审核机制，所有答复书经法制机构审核后出具；"
                        + "三是每季度抽查答复书质量并通报结果。").build(), none, List.of("PD-ITEMS-XYEAR")));
        return pairs.stream();
    }

    @Test
    void everyCrossYearRuleHasABreakingAndAPassingPair() {
        for (RuleInfo rule : FILING.rules()) {
            if (rule.isCrossYear() && rule.isBuiltIn()) {
                String id = rule.id().value();
                assertTrue(pairs().anyMatch(p -> p.rule().equals(id) && !p.violations().isEmpty()), id);
                assertTrue(pairs().anyMatch(p -> p.rule().equals(id) && p.violations().isEmpty()), id);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void crossYearRulesCompareOnlyComparableReports(Pair pair) {
        assertSame(ValidationResult.empty(), FILING.validate(pair.current()), "this year's report alone is valid");
        ValidationResult result = FILING.validate(pair.current(), pair.previous());
        assertEquals(pair.violations(), result.violations().stream()
                .map(v -> at(v.path().value(), v.expected(), v.actual())).toList(), result.toString());
        for (Violation violation : result.violations()) {
            RuleInfo rule = FILING.rules().stream().filter(r -> r.id().equals(violation.ruleId())).findFirst().orElseThrow();
            assertTrue(rule.isCrossYear(), violation.toString());
            assertEquals(rule.severity(), violation.severity());
            if (!pair.rule().equals("*") && !pair.name().contains("spaces")) {
                assertEquals(pair.rule(), violation.ruleId().value());
            }
        }
        assertEquals(pair.notApplied(), result.notApplied().stream().map(n -> n.ruleId().value()).toList());
        for (NotApplied rule : result.notApplied()) {
            assertTrue(!rule.reason(Locale.ROOT).isBlank() && !rule.reason(Locale.CHINESE).isBlank());
        }
    }

    // ---- messages state the arithmetic ----

    @Test
    void messagesStateTheArithmeticInChineseAndInEnglish() {
        AnnualReport report = row(row(row(zero(E2021), "newRequests", 18, 18), "granted", 17, 17), "totalHandled", 17, 17)
                .build();
        ValidationResult result = FILING.validate(report);
        Violation total = result.violations().get(1);
        assertEquals("applications.carriedForward.total", total.path().value());
        assertEquals("四、结转下年度继续办理｜总计", total.label());
        assertEquals("「总计」列：一 + 二 = 18 + 0 = 18，但 三（七）总计 + 四 = 17 + 0 = 17"
                + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", total.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(total.message(Locale.SIMPLIFIED_CHINESE), total.message(Locale.CHINESE));
        assertEquals("column total: newRequests + carriedOver = 18 + 0 = 18, but totalHandled + carriedForward"
                + " = 17 + 0 = 17 (items one and two together must equal items three and four)",
                total.message(Locale.ENGLISH));
        assertEquals("「自然人」列：一 + 二 = 18 + 0 = 18，但 三（七）总计 + 四 = 17 + 0 = 17"
                + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                result.violations().get(0).message(Locale.CHINESE));
    }

    @Test
    void messagesOfTheOtherRelationsNameTheirTerms() {
        List<Violation> outcomes = FILING.validate(row(zero(E2021), "withheld.stateSecret", 1, 1).build()).violations();
        assertEquals(List.of("APP-OUTCOMES", "APP-OUTCOMES"), outcomes.stream().map(v -> v.ruleId().value()).toList());
        assertEquals("「总计」列：各项办理结果 三（一） + 三（二） + 三（三）1 + 三（三）2 + 三（三）3 + 三（三）4 + 三（三）5"
                + " + 三（三）6 + 三（三）7 + 三（三）8 + 三（四）1 + 三（四）2 + 三（四）3 + 三（五）1 + 三（五）2 + 三（五）3"
                + " + 三（五）4 + 三（五）5 + 三（六）1 + 三（六）2 + 三（六）3 = 0 + 0 + 1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0"
                + " + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 1，但 三（七）总计 = 0", outcomes.get(1).message(Locale.CHINESE));
        assertEquals("column total: the outcome rows give granted + partiallyGranted + withheld.stateSecret + "
                + "withheld.prohibitedByLaw + withheld.securityOrStability + withheld.thirdPartyRights + "
                + "withheld.internalAffairs + withheld.processInformation + withheld.enforcementFiles + "
                + "withheld.administrativeQuery + unavailable.notHeld + unavailable.needsCompilation + "
                + "unavailable.unclearAfterCorrection + notProcessed.complaint + notProcessed.duplicate + "
                + "notProcessed.publication + notProcessed.excessive + notProcessed.confirmation + "
                + "otherHandling.noCorrection + otherHandling.unpaidFee + otherHandling.other = 0 + 0 + 1 + 0 + 0 + 0"
                + " + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 1, but totalHandled = 0",
                outcomes.get(1).message(Locale.ENGLISH));

        AnnualReport report = row(row(row(row(zero(E2021), "newRequests", 1, 1), "granted", 1, 0), "totalHandled", 1, 1),
                "withheld.stateSecret", 0, 1)
                .cell("reconsiderationAndLitigation.litigationDirect.other", 2).build();
        List<Violation> violations = FILING.validate(report).violations();
        assertEquals(List.of("APP-ROW-TOTAL", "APP-ROW-TOTAL", "LIT-TOTAL"),
                violations.stream().map(v -> v.ruleId().value()).toList());
        assertEquals("三（一） 行：自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 1 + 0 + 0 + 0 + 0 + 0 = 1，但 总计 = 0",
                violations.get(0).message(Locale.CHINESE));
        assertEquals("row granted: naturalPerson + commercialEnterprise + researchInstitution + publicInterestOrganization"
                + " + legalServiceAgency + otherOrganization = 1 + 0 + 0 + 0 + 0 + 0 = 1, but total = 0",
                violations.get(0).message(Locale.ENGLISH));
        assertEquals("未经复议直接起诉：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 0 + 0 + 2 + 0 = 2，但 总计 = 0",
                violations.get(2).message(Locale.CHINESE));
        assertEquals("litigationDirect: upheld + corrected + other + pending = 0 + 0 + 2 + 0 = 2, but total = 0",
                violations.get(2).message(Locale.ENGLISH));
    }

    @Test
    void messagesOfTheOtherRules() {
        AnnualReport report = zero(E2019).cell("proactiveDisclosure.licensing.previousYearItems", 5)
                .cell("proactiveDisclosure.licensing.change", -8)
                .cell("reconsiderationAndLitigation.reconsideration.upheld", -1)
                .cell("reconsiderationAndLitigation.reconsideration.corrected", 1)
                .cell("applications.granted.total", Count.blank()).build();
        List<Violation> violations = FILING.validate(report).violations();
        assertEquals(List.of("NON-NEGATIVE", "BLANK-CELL", "PD-ITEMS-NON-NEGATIVE"),
                violations.stream().map(v -> v.ruleId().value()).toList());
        assertEquals("「行政复议｜结果维持」为 -1，但数量不能为负数", violations.get(0).message(Locale.CHINESE));
        assertEquals("reconsiderationAndLitigation.reconsideration.upheld is -1, but a count cannot be negative",
                violations.get(0).message(Locale.ENGLISH));
        assertEquals("「三、本年度办理结果 （一）予以公开｜总计」未填写；空白不按 0 计算，包含此格的合计均未核对",
                violations.get(1).message(Locale.CHINESE));
        assertEquals("行政许可：上一年项目数量 + 本年增/减 = 5 + (-8) = -3，但本年项目数量不能为负数",
                violations.get(2).message(Locale.CHINESE));
        assertEquals("licensing: previousYearItems + change = 5 + (-8) = -3, but the number of items this year cannot be"
                + " negative", violations.get(2).message(Locale.ENGLISH));
    }
}
