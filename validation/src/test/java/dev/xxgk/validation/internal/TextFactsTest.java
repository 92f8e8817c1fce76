package dev.xxgk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Overview;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.RealReports;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What TEXT-TABLE reads in every real report the project holds, each fact with its sentence,
 * checked by hand against the report's table, and that none of them is a false alarm.
 */
class TextFactsTest {

    private static final ReportValidator AUDIT = ReportValidator.standard(Profile.AUDIT);

    private static final String DONGYINGQU_OUTCOMES = "其中,信息不存在的7件,占39%,予以公开的2件,占11%,不予公开的2件,占11%,"
            + "不属于本机关负责公开的1件,占6%,部分公开的5件,占27%,需要补正的1件。";
    private static final String HUAIAN_REQUESTS = "2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，"
            + "另有103件顺延到下年度答复），均在法定期限内予以答复。";
    private static final String HUAIAN_RECONSIDERATION = "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，"
            + "尚未审结37件；";
    private static final String HUAIAN_LITIGATION = "政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。";

    /**
     * Every fact read in every real report, as {@code report | target = value | sentence}. Checked by
     * hand: each figure is the one the report's own table holds in the cells named (see the
     * comments), so TEXT-TABLE finds nothing in any of them.
     */
    private static final List<String> FACTS = List.of(
            // 招远 2019: "共办理…申请12件" is not read: 办理 may be received or handled
            // 东营市行政审批服务局 2020: table 三 一 = 3, （一）予以公开 = 1
            "dongyingXzsp2020 | NEW_REQUESTS = 3 | 2020年，我局收到信息公开申请3件，涉及注销清算情况及审批的具体事项内容，全部按时答复。",
            "dongyingXzsp2020 | GRANTED = 1 | 其中，1件按要求予以公开，1件因本机关不掌握相关政府信息，我局无法提供；",
            // 东营区 2023: 一 = 18, （一） = 2, （三） = 2 (1.属于国家秘密), （二） = 5, 行政规范性文件 制发 = 1;
            // 信息不存在的7件 (counted under （六）3) and 失效3件 (not 本年废止) are not read
            "dongyingqu2023 | NEW_REQUESTS = 18 | 2023年,本机关共收到政府信息公开申请18件,比去年增加5件,全部按期答复。",
            "dongyingqu2023 | GRANTED = 2 | " + DONGYINGQU_OUTCOMES,
            "dongyingqu2023 | WITHHELD = 2 | " + DONGYINGQU_OUTCOMES,
            "dongyingqu2023 | PARTIALLY_GRANTED = 5 | " + DONGYINGQU_OUTCOMES,
            "dongyingqu2023 | NORMATIVE_ISSUED = 1 | 本年度制发规范性文件1件,失效3件。",
            // 洪泽区 2023: 一 = 21
            "hongzequ2023 | NEW_REQUESTS = 21 | 2023年全区受理政府信息公开申请21件，均在法定期限答复。",
            // 洪泽区 2024: "区政府办代表区政府受理政府信息公开申请17件" is the office's count, not the table's 95: not read
            // 淮安市 2024: 一 = 3119, 三（七） = 3050, 二 = 34, 四 = 103; 行政复议 72+64+178+37 = 351;
            // 行政诉讼 (13+12) + (4+1) + (8+1) + (1+6) = 26 + 20 = 46
            "huaian2024 | NEW_REQUESTS = 3119 | " + HUAIAN_REQUESTS,
            "huaian2024 | TOTAL_HANDLED = 3050 | " + HUAIAN_REQUESTS,
            "huaian2024 | CARRIED_OVER = 34 | " + HUAIAN_REQUESTS,
            "huaian2024 | CARRIED_FORWARD = 103 | " + HUAIAN_REQUESTS,
            "huaian2024 | RECONSIDERATION = 351 | " + HUAIAN_RECONSIDERATION,
            "huaian2024 | RECONSIDERATION_UPHELD = 72 | " + HUAIAN_RECONSIDERATION,
            "huaian2024 | RECONSIDERATION_CORRECTED = 64 | " + HUAIAN_RECONSIDERATION,
            "huaian2024 | RECONSIDERATION_OTHER = 178 | " + HUAIAN_RECONSIDERATION,
            "huaian2024 | RECONSIDERATION_PENDING = 37 | " + HUAIAN_RECONSIDERATION,
            "huaian2024 | LITIGATION = 46 | " + HUAIAN_LITIGATION,
            "huaian2024 | LITIGATION_UPHELD = 25 | " + HUAIAN_LITIGATION,
            "huaian2024 | LITIGATION_CORRECTED = 5 | " + HUAIAN_LITIGATION,
            "huaian2024 | LITIGATION_OTHER = 9 | " + HUAIAN_LITIGATION,
            "huaian2024 | LITIGATION_PENDING = 7 | " + HUAIAN_LITIGATION);

    /** The shares read, checked by hand: 2/18 = 11.1 %, 2/18 = 11.1 %, 5/18 = 27.8 % (printed 27, cut, not rounded). */
    private static final List<String> SHARES = List.of(
            "dongyingqu2023 | GRANTED = 11 | " + DONGYINGQU_OUTCOMES,
            "dongyingqu2023 | WITHHELD = 11 | " + DONGYINGQU_OUTCOMES,
            "dongyingqu2023 | PARTIALLY_GRANTED = 27 | " + DONGYINGQU_OUTCOMES);

    @Test
    void everyFactReadInTheRealReportsIsListedAndTrue() {
        List<String> facts = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (Map.Entry<String, AnnualReport> entry : RealReports.all().entrySet()) {
            TextFacts.Reading reading = TextFacts.read(entry.getValue());
            reading.facts().forEach(f -> facts.add(entry.getKey() + " | " + f.target() + " = " + f.value() + " | " + f.sentence()));
            reading.shares().forEach(s -> shares.add(entry.getKey() + " | " + s.target() + " = " + s.percent() + " | "
                    + s.sentence()));
        }
        assertEquals(FACTS, facts);
        assertEquals(SHARES, shares);
    }

    @Test
    void noRealReportHasATextTableFinding() {
        for (Map.Entry<String, AnnualReport> entry : RealReports.all().entrySet()) {
            ValidationResult result = AUDIT.validate(entry.getValue());
            assertTrue(result.violations().stream().noneMatch(v -> v.ruleId().value().equals("TEXT-TABLE")),
                    entry.getKey() + ": " + result);
        }
    }

    @Test
    void aFigureChangedInARealTextIsFoundWithItsSentence() {
        AnnualReport huaian = RealReports.all().get("huaian2024");
        String text = huaian.overview().text().replace("3050 件", "3051 件");
        assertFalse(text.equals(huaian.overview().text()), "the text has the figure");
        List<Violation> found = AUDIT.validate(huaian.withOverview(Overview.of(text))).violations().stream()
                .filter(v -> v.ruleId().value().equals("TEXT-TABLE")).toList();
        assertEquals(1, found.size(), found.toString());
        Violation v = found.get(0);
        assertEquals("applications.totalHandled.total", v.path().value());
        assertEquals("3050", v.expected());
        assertEquals("3051", v.actual());
        assertEquals("「一、总体情况」写道「" + HUAIAN_REQUESTS.replace("3050", "3051") + "」，即 三（七）总计 为 3051，但表格中为 3050",
                v.message(Locale.CHINESE));
        assertEquals("一、总体情况 says “" + HUAIAN_REQUESTS.replace("3050", "3051")
                + "”, that is applications.totalHandled.total = 3051, but the table has 3050", v.message(Locale.ENGLISH));
    }

    @Test
    void aSumIsNamedWithItsArithmetic() {
        AnnualReport huaian = RealReports.all().get("huaian2024");
        String text = huaian.overview().text().replace("行政诉讼 46 件", "行政诉讼 47 件");
        Violation v = AUDIT.validate(huaian.withOverview(Overview.of(text))).violations().stream()
                .filter(x -> x.ruleId().value().equals("TEXT-TABLE")).findFirst().orElseThrow();
        assertEquals("reconsiderationAndLitigation.litigationDirect.total", v.path().value());
        assertEquals("46", v.expected());
        assertTrue(v.message(Locale.CHINESE).endsWith("即 未经复议直接起诉｜总计 + 复议后起诉｜总计 为 47，但表格中为 26 + 20 = 46"),
                v.message(Locale.CHINESE));
    }

    @Test
    void aShareIsCheckedAgainstTheFiguresItIsAShareOf() {
        AnnualReport dongyingqu = RealReports.dongyingqu2023();
        String text = dongyingqu.overview().text().replace("部分公开的 5 件,\n\n占 27%", "部分公开的 5 件,\n\n占 37%");
        assertFalse(text.equals(dongyingqu.overview().text()), "the text has the share");
        List<Violation> found = AUDIT.validate(dongyingqu.withOverview(Overview.of(text))).violations().stream()
                .filter(v -> v.ruleId().value().equals("TEXT-TABLE")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("applications.partiallyGranted.total", found.get(0).path().value());
        assertEquals("27.78%", found.get(0).expected());
        assertEquals("37%", found.get(0).actual());
    }

    @ParameterizedTest
    @CsvSource({
        "11, 2, 18, true", "27, 5, 18, true", "28, 5, 18, true", "26, 5, 18, false", "30.61, 15, 49, true",
        "30.60, 15, 49, false", "30.62, 15, 49, true", "30.70, 15, 49, false", "100, 1, 1, true", "50, 1, 4, false", "0, 0, 7, true",
    })
    void aPrintedShareFitsToWithinOneUnitOfItsLastDigit(String printed, long part, long base, boolean fits) {
        assertEquals(fits, TextFacts.fits(new BigDecimal(printed), part, base));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", "7, 7", "123, 123", "零, 0", "〇, 0", "一, 1", "两, 2", "十, 10", "十五, 15", "二十, 20", "一百二十三, 123",
        "三千零五, 3005", "一千零一十, 1010", "一万二千, 12000", "二十万, 200000", "一万零三百, 10300",
        "一二, -1", "百, -1", "万, -1", "十百, -1", "五十十, -1", "二零, -1", "件, -1", "'', -1",
    })
    void chineseAndArabicNumeralsAreRead(String text, long value) {
        assertEquals(value, ChineseNumerals.parse(text));
    }

    @Test
    void fullWidthDigitsAndWhiteSpaceAreNormalized() {
        assertEquals("收到申请12件,占50.5%", TextFacts.normalize("收到 申请　１２\n件,占５０．５％"));
    }

    @Test
    void aSubjectOtherThanTheAgencyItselfIsNoFact() {
        assertEquals("收到政府信息公开申请18件", TextFacts.strip("2023年本机关共收到政府信息公开申请18件"));
        assertEquals("办代表区政府受理政府信息公开申请17件", TextFacts.strip("区政府办代表区政府受理政府信息公开申请17件"));
        assertEquals("市场监管局作出行政处罚决定5件", TextFacts.strip("全年市场监管局作出行政处罚决定5件"));
    }
}
