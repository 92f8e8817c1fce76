package dev.xxgk.testkit;

import static dev.xxgk.testkit.quicktheories.ReportGens.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.ReportValidator;

/**
 * The laws of TEXT-TABLE over generated reports whose texts are written from their own figures
 * ({@link FactTexts}): such texts raise nothing, and one figure changed in them raises exactly the
 * finding for its cell.
 */
class TextTablePropertiesTest {

    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    private static final ReportValidator FILING = ReportValidator.builder().discoverRules(false).build();

    /** A report with texts from its figures, and the one sentence whose figure is changed (-1: none). */
    record Case(AnnualReport report, List<FactTexts.Sentence> sentences, int changed, long figure) {
        @Override
        public String toString() {
            return (changed < 0 ? "unchanged" : sentences.get(changed) + " := " + figure) + "\n" + report.overview().text()
                    + "\n" + report.overview().onRequest() + "\n" + report.otherMatters();
        }
    }

    private static Case make(java.util.random.RandomGenerator random, Edition edition, boolean change) {
        AnnualReport report = ReportGenerator.valid(random, edition);
        List<FactTexts.Sentence> sentences = FactTexts.sentences(report, random);
        int changed = change ? random.nextInt(sentences.size()) : -1;
        long figure = -1;
        if (change) {
            long value = sentences.get(changed).value();
            figure = value > 0 && random.nextBoolean() ? value - 1 - random.nextInt((int) Math.min(value, 3)) % value
                    : value + 1 + random.nextInt(5);
        }
        return new Case(FactTexts.withTexts(report, sentences, random, changed, figure), sentences, changed, figure);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void textsWrittenFromTheFiguresRaiseNothing(Edition edition) {
        qt().withExamples(TRIES).forAll(of(random -> make(random, edition, false))).checkAssert(c ->
                assertSame(ValidationResult.empty(), FILING.validate(c.report()), () -> FILING.validate(c.report()) + "\n" + c));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void oneFigureChangedInTheTextRaisesExactlyItsFinding(Edition edition) {
        qt().withExamples(TRIES).forAll(of(random -> make(random, edition, true))).checkAssert(c -> {
            ValidationResult result = FILING.validate(c.report());
            FactTexts.Sentence sentence = c.sentences().get(c.changed());
            assertEquals(1, result.violations().size(), () -> result + "\n" + c);
            Violation v = result.violations().get(0);
            assertEquals("TEXT-TABLE", v.ruleId().value());
            assertEquals(sentence.path(), v.path().value(), c::toString);
            assertEquals(Long.toString(sentence.value()), v.expected());
            assertEquals(Long.toString(c.figure()), v.actual());
        });
    }

    @ParameterizedTest
    @CsvSource({"0, 零", "2, 二", "10, 十", "15, 十五", "105, 一百零五", "1010, 一千零一十", "10300, 一万零三百",
        "200000, 二十万", "99999, 九万九千九百九十九", "110010, 十一万零一十"})
    void theWriterOfChineseNumeralsWritesThemAsReportsDo(long n, String text) {
        assertEquals(text, FactTexts.chinese(n));
    }

    @Test
    void everyNumeralTheWriterWritesIsReadBack() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            long n = i < 10_000 ? i : random.nextLong(100_000_000);
            String text = FactTexts.chinese(n);
            AnnualReport report = zero(Edition.EDITION_2021).overview(dev.xxgk.model.Overview.of(
                    "本机关共收到政府信息公开申请" + text + "件。")).build();
            List<Violation> found = FILING.validate(report).violations();
            assertEquals(n == 0 ? 0 : 1, found.size(), text);
            if (n != 0) {
                assertEquals(Long.toString(n), found.get(0).actual(), text);
            }
        }
    }

    /** A report of zeros with the texts every report has, as validation's own tests make it. */
    private static AnnualReport.Builder zero(Edition edition) {
        AnnualReport.Builder builder = AnnualReport.builder(edition).agency("某县人民政府办公室")
                .year(edition == Edition.EDITION_2019 ? 2020 : 2023)
                .overview(dev.xxgk.model.Overview.of("本机关依法做好政府信息公开工作。"))
                .problemsAndImprovements("公开内容还不够全面，下一步将加强培训。")
                .otherMatters("本年度未收取信息处理费。");
        for (dev.xxgk.template.Cell cell : dev.xxgk.template.Template.of(edition).cells()) {
            builder.cell(cell, switch (cell.kind()) {
                case MONEY -> dev.xxgk.model.Money.of(java.math.BigDecimal.ZERO, dev.xxgk.model.MoneyUnit.YUAN);
                case MONEY_WAN_YUAN -> dev.xxgk.model.Money.ofWanYuan(java.math.BigDecimal.ZERO);
                case COUNT, SIGNED_COUNT -> dev.xxgk.model.Count.of(0);
            });
        }
        return builder;
    }
}
