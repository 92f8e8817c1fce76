package dev.xxgk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountAndMoneyTest {

    @Test
    void blankIsNotZero() {
        assertNotEquals(Count.blank(), Count.of(0));
        assertTrue(Count.blank().isBlank());
        assertFalse(Count.of(0).isBlank());
        assertEquals(OptionalInt.empty(), Count.blank().toOptional());
        assertEquals(OptionalInt.of(0), Count.of(0).toOptional());
        assertNull(Count.blank().toInteger());
        assertEquals("", Count.blank().toText());
        assertEquals("0", Count.of(0).toText());
        assertEquals(7, Count.blank().orElse(7));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Count.blank().value());
        assertEquals("the count is blank", e.getMessage());
    }

    @Test
    void countsAreValuesInAndOutsideTheCache() {
        assertEquals(Count.of(100_000), Count.of(100_000));
        assertEquals(Count.of(100_000).hashCode(), Count.of(100_000).hashCode());
        assertEquals(Count.of(-1), Count.parse("-1"));
        assertEquals(Count.of(25), Count.parse("+25"));
        assertEquals(Count.of(Integer.MAX_VALUE), Count.parse("2147483647"));
        assertEquals(Count.of(Integer.MIN_VALUE), Count.parse("-2147483648"));
        assertEquals(Count.ofNullable(null), Count.blank());
        assertTrue(Count.blank().compareTo(Count.of(Integer.MIN_VALUE)) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "1.5", "1e3", " 1", "1,000", "１２", "2147483648", "-2147483649", "99999999999999999999"})
    void parseRefusesWhatIsNotAWholeNumber(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Count.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void parseReadsWhatToTextWritesBlanksIncluded() {
        for (Count count : new Count[] {Count.blank(), Count.of(0), Count.of(-7), Count.of(Integer.MAX_VALUE)}) {
            assertEquals(count, Count.parse(count.toText()));
        }
        assertTrue(Count.parse("").isBlank());
        for (Money money : new Money[] {Money.blank(), Money.parse("608.00万元"), Money.parse("1500084元")}) {
            assertEquals(money, Money.parse(money.toText()));
        }
        assertTrue(Money.parse("").isBlank());
    }

    @Test
    void moneyKeepsAmountAndUnitExactly() {
        Money money = Money.parse("1500084元");
        assertEquals(new BigDecimal("1500084"), money.amount());
        assertEquals(MoneyUnit.YUAN, money.unit());
        assertEquals(Money.of(new BigDecimal("608"), MoneyUnit.WAN_YUAN), Money.parse("608 万元"));
        assertNotEquals(Money.parse("608万元"), Money.parse("608.00万元"));
        assertEquals("608.00万元", Money.parse("608.00万元").toText());
        assertEquals("0.000001元", Money.of(new BigDecimal("1E-6"), MoneyUnit.YUAN).toText());
        assertNotEquals(Money.blank(), Money.ofWanYuan(BigDecimal.ZERO));
        assertEquals("", Money.blank().toText());
        assertThrows(IllegalStateException.class, () -> Money.blank().amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"608", "608美元", "1,000元", "1e3元", "元", "six元"})
    void moneyParseRefusesOtherForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void feeIncomeIsInWanYuan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeeIncome(Money.parse("5元")));
        assertEquals("amountWanYuan must be in 万元, was 5元", e.getMessage());
    }

    @Test
    void editionsParseAndFollowTheYear() {
        assertEquals(Edition.EDITION_2019, Edition.parse("2019"));
        assertEquals(Edition.EDITION_2021, Edition.parse("2021"));
        assertEquals(Edition.EDITION_2019, Edition.forYear(2020));
        assertEquals(Edition.EDITION_2021, Edition.forYear(2021));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Edition.parse("2020"));
        assertEquals("edition must be \"2019\" or \"2021\", was \"2020\"", e.getMessage());
    }
}
