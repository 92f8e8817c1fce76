package dev.xxgk.serialization.codec;

import static dev.xxgk.serialization.testing.Tries.TRIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2", "+86|'+86", "-5|'-5", "@SUM(A1)|'@SUM(A1)", "'|''", "'=1|''=1", "''|'''",
        "abc|abc", "a=b|a=b", "'abc|''abc", "　=1|　=1",
    })
    void aTextThatCouldStartAFormulaGetsAnApostrophe(String text, String written) {
        assertEquals(written, SpreadsheetText.protect(text));
        assertEquals(text, SpreadsheetText.unprotect(written));
    }

    @Test
    void tabsAndCarriageReturnsAreGuardedToo() {
        assertEquals("'\tx", SpreadsheetText.protect("\tx"));
        assertEquals("'\r\nx", SpreadsheetText.protect("\r\nx"));
        assertEquals("\nx", SpreadsheetText.protect("\nx"));
        assertEquals("", SpreadsheetText.protect(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'abc|'abc", "'|'", "'1|'1", "'=1|=1", "''a|'a"})
    void readingRemovesOnlyTheApostropheThatGuardsAFormula(String found, String read) {
        assertEquals(read, SpreadsheetText.unprotect(found));
    }

    @Test
    void everyTextReadsBackExactly() {
        qt().withExamples(TRIES).forAll(strings().allPossible().ofLengthBetween(0, 6)).checkAssert(text -> {
            assertEquals(text, SpreadsheetText.unprotect(SpreadsheetText.protect(text)));
            assertEquals(SpreadsheetText.protect(text), SpreadsheetText.protect(SpreadsheetText.unprotect(
                    SpreadsheetText.protect(text))));
        });
    }
}
