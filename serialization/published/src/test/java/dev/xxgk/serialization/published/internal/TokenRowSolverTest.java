package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver of the token-row stage on its own: rows with numbers run together, missing or extra. */
class TokenRowSolverTest {

    private static final String HEAD = "某某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
            + "三、收到和处理政府信息公开申请情况\n";

    private static Reading read(String table) {
        return new PublishedTextReader().read(HEAD + table + "五、存在的主要问题及改进情况\n无。\n", "t.txt");
    }

    private static ReadingNote note(Reading reading, String path) {
        return reading.notes().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow(
                () -> new AssertionError("no note on " + path + ": " + reading.notes()));
    }

    @Test
    void digitsRunTogetherAreSplitWhenTheRowsTotalAdmitsOneSplitOnly() {
        Reading reading = read("一、本年新收政府信息公开申请数量 180000018\n");
        AnnualReport r = reading.report();
        assertEquals(Count.of(18), r.cell("applications.newRequests.naturalPerson"));
        for (String c : List.of("commercialEnterprise", "researchInstitution", "publicInterestOrganization",
                "legalServiceAgency", "otherOrganization")) {
            assertEquals(Count.of(0), r.cell("applications.newRequests." + c), c);
        }
        assertEquals(Count.of(18), r.cell("applications.newRequests.total"));
        ReadingNote note = note(reading, "applications.newRequests");
        assertEquals("published.row-resolved", note.id());
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("read as 18 0 0 0 0 0 18"), note.message(java.util.Locale.ENGLISH));
        assertEquals(5, note.line());
    }

    @Test
    void fourDigitFiguresRunTogetherAreSplitAmongAThousandSplits() {
        // 3001|53|0|0|61|4|3119 (淮安市 2024): 675 splits into seven numbers, one of which adds up
        Reading reading = read("一、本年新收政府信息公开申请数量 300153006143119\n");
        AnnualReport r = reading.report();
        assertEquals(Count.of(3001), r.cell("applications.newRequests.naturalPerson"), reading.notes()::toString);
        assertEquals(Count.of(53), r.cell("applications.newRequests.commercialEnterprise"));
        assertEquals(Count.of(61), r.cell("applications.newRequests.legalServiceAgency"));
        assertEquals(Count.of(4), r.cell("applications.newRequests.otherOrganization"));
        assertEquals(Count.of(3119), r.cell("applications.newRequests.total"));
        assertEquals("published.row-resolved", note(reading, "applications.newRequests").id());
    }

    @Test
    void aRunOfDigitsWithTooManySplitsToTryIsBlankWithANote() {
        // 45 digits without a zero into seven numbers of at most nine digits: far more splits than are tried
        Reading reading = read("一、本年新收政府信息公开申请数量 " + "123456789".repeat(5) + "\n");
        assertTrue(reading.report().cell("applications.newRequests.total").isBlank(), reading.notes()::toString);
        assertTrue(note(reading, "applications.newRequests").message(java.util.Locale.ENGLISH).contains("left blank"),
                reading.notes()::toString);
    }

    @Test
    void aRunWithMoreSplitsThanAreTriedIsBlankEvenWhenOneSplitAddsUp() {
        // 41190|87678|81333|27094|58490|89157|384942: the one split of 162,154 that adds up, past the 20,000 tried
        Reading reading = read("一、本年新收政府信息公开申请数量 411908767881333270945849089157384942\n");
        assertTrue(reading.report().cell("applications.newRequests.total").isBlank(), reading.notes()::toString);
        assertEquals("published.row-too-damaged", note(reading, "applications.newRequests").id(), reading.notes()::toString);
    }

    @Test
    void aFigureOfNineDigitsRunTogetherIsOneOfTheSplits() {
        Reading reading = read("一、本年新收政府信息公开申请数量 12345678900000123456789\n");
        assertEquals(Count.of(123456789), reading.report().cell("applications.newRequests.naturalPerson"),
                reading.notes()::toString);
        assertEquals(Count.of(123456789), reading.report().cell("applications.newRequests.total"));
    }

    @Test
    void aRunOfDigitsWithTwoSplitsThatAddUpIsBlankWithANote() {
        // 110000011 is 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11: both add up, nothing else in the table decides
        Reading reading = read("二、上年结转政府信息公开申请数量 110000011\n");
        ReadingNote note = note(reading, "applications.carriedOver");
        assertEquals("published.row-ambiguous", note.id(), reading.notes()::toString);
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("left blank"));
        for (String c : List.of("naturalPerson", "commercialEnterprise", "total")) {
            assertTrue(reading.report().cell("applications.carriedOver." + c).isBlank(), c);
        }
    }

    @Test
    void aRunOfDigitsNoSplitOfWhichAddsUpIsBlankWithANote() {
        Reading reading = read("二、上年结转政府信息公开申请数量 1100000011\n");
        ReadingNote note = note(reading, "applications.carriedOver");
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("left blank"), note.message(java.util.Locale.ENGLISH));
        assertTrue(reading.report().cell("applications.carriedOver.total").isBlank());
    }

    @Test
    void anotherRowOfTheTableChoosesBetweenTwoSplits() {
        // carriedOver 110000011 alone is ambiguous; APP-BALANCE with the other rows printed whole picks 11|0|0|0|0|0|11
        Reading reading = read("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n"
                + "二、上年结转政府信息公开申请数量 110000011\n"
                + "（七）总计 11 0 0 0 0 0 11\n"
                + "四、结转下年度继续办理 0 0 0 0 0 0 0\n");
        assertEquals(Count.of(11), reading.report().cell("applications.carriedOver.naturalPerson"), reading.notes()::toString);
        assertEquals(Count.of(0), reading.report().cell("applications.carriedOver.commercialEnterprise"));
        ReadingNote note = note(reading, "applications.carriedOver");
        assertEquals("published.row-resolved", note.id());
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("APP-BALANCE"), note.message(java.util.Locale.ENGLISH));
    }

    @Test
    void aRowThatDoesNotAddUpAsPrintedIsReadAsPrinted() {
        Reading reading = read("一、本年新收政府信息公开申请数量 5 1 0 0 0 0 9\n");
        assertEquals(Count.of(9), reading.report().cell("applications.newRequests.total"));
        assertEquals(Count.of(5), reading.report().cell("applications.newRequests.naturalPerson"));
        assertTrue(reading.notes().stream().noneMatch(n -> n.path().equals("applications.newRequests")));
    }
}
