package dev.xxgk.serialization.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    // the shared helper lives in xxgk-serialization-testing, which depends on this module
    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2", "+86|'+86", "-5|'-5", "@SUM(A1)|'@SUM(A1)", "'|''", "'=1|''=1", "''|'''",
        "abc|abc", "a=b|a=b", "'abc|''abc", "　=1|'　=1",
        // item 18 of issue 17: white space before a formula, and the full-width signs an input method types
        "\" =1\"|\"' =1\"", "\u00A0=1|'\u00A0=1", "\"\n=1\"|\"'\n=1\"", "＝1|'＝1", "＋1|'＋1", "－1|'－1", "＠A|'＠A",
        "\" \u00A0\n+1\"|\"' \u00A0\n+1\"", "\" a\"|\" a\"", "\u00A0|\u00A0",
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
