package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import org.junit.jupiter.api.Test;

/**
 * The one label matcher on its own, for grids (exact by key, group labels deciding, each loose kind)
 * and for token rows (the text read since the last row, matched at its end), with its typo measure.
 */
class LabelsTest {

    private static final Labels APPLICATIONS = new Labels(Template.of(Edition.EDITION_2021), Section.APPLICATIONS);
    private static final Labels PROACTIVE = new Labels(Template.of(Edition.EDITION_2021), Section.PROACTIVE_DISCLOSURE);

    private static Labels.RowMatch match(Labels labels, String... cells) {
        StringBuilder joined = new StringBuilder();
        for (String c : cells) {
            joined.append(Labels.key(c));
        }
        return labels.match(joined.toString(), Labels.key(cells[cells.length - 1]));
    }

    @Test
    void keysIgnorePunctuationAndWidthSoNumberingPrintsAnyWay() {
        assertEquals(Labels.key("1.属于国家秘密"), Labels.key("1、属于国家秘密"));
        assertEquals(Labels.key("（三）不予公开"), Labels.key("(三) 不予公开"));
    }

    @Test
    void groupLabelsChooseBetweenRowsOfOneLabel() {
        Labels.RowMatch m = match(APPLICATIONS, "三、本年度办理结果", "（六）其他处理", "3.其他");
        assertEquals("applications.otherHandling.other", m.row().code());
        assertEquals(Labels.How.EXACT, m.how());
        assertEquals("applications.withheld.stateSecret", match(APPLICATIONS, "（三）不予公开", "1、属于国家秘密").row().code());
    }

    @Test
    void looseMatchesSayHow() {
        assertEquals(Labels.How.NUMBERING, match(APPLICATIONS, "重复申请").how());
        assertEquals("applications.notProcessed.duplicate", match(APPLICATIONS, "重复申请").row().code());
        Labels.RowMatch cut = match(APPLICATIONS, "（二）部分公开（区分处理的，只计这一");
        assertEquals(Labels.How.TRUNCATED, cut.how());
        assertEquals("applications.partiallyGranted", cut.row().code());
        assertEquals(Labels.How.TAIL, match(PROACTIVE, "规范性文件").how());
        Labels.RowMatch typo = match(APPLICATIONS, "2.其他法律行政法规禁至公开");
        assertEquals(Labels.How.TYPO, typo.how());
        assertEquals("applications.withheld.prohibitedByLaw", typo.row().code());
    }

    @Test
    void noRowOrMoreThanOneIsNoMatch() {
        assertNull(match(APPLICATIONS, "申请人情况"));
        assertNull(match(APPLICATIONS, "其他"), "其他 alone names no row: 3.其他 needs its group");
    }

    /** The compact text of token-row pieces, with a boundary where each piece begins. */
    private static Labels.TextMatch matchText(Labels labels, String... pieces) {
        StringBuilder text = new StringBuilder();
        int[] boundaries = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            boundaries[i] = text.length();
            text.append(PublishedTextNormalizer.compact(pieces[i]));
        }
        return labels.matchText(text, boundaries, pieces.length);
    }

    private static String rowCode(Labels labels, Labels.TextMatch m) {
        return labels.rows().get(m.index()).code();
    }

    @Test
    void tokenRowsEndingWithALabelMatchItExactlyTheLongestWinning() {
        Labels.TextMatch m = matchText(APPLICATIONS, "（三）不予公开", "1.属于国家秘密");
        assertEquals(Labels.How.EXACT, m.how());
        assertEquals("applications.withheld.stateSecret", rowCode(APPLICATIONS, m));
        Labels.TextMatch normative = matchText(PROACTIVE, "行政规范性文件");
        assertEquals(Labels.How.EXACT, normative.how(), "行政规范性文件, not its tail 规范性文件 of another row");
        assertEquals("行政规范性文件", normative.text());
    }

    @Test
    void tokenRowsMatchLooselyEachWayWithItsNote() {
        Labels.TextMatch cut = matchText(APPLICATIONS, "（三）不予公开", "2.其他法律行政法规");
        assertEquals(Labels.How.TRUNCATED, cut.how());
        assertEquals(PipelineNote.LABEL_TRUNCATED, cut.how().kind);
        assertEquals("applications.withheld.prohibitedByLaw", rowCode(APPLICATIONS, cut));
        assertEquals("2.其他法律行政法规", cut.text());
        Labels.TextMatch tail = matchText(PROACTIVE, "规范性文件");
        assertEquals(Labels.How.TAIL, tail.how());
        assertEquals(PipelineNote.LABEL_TAIL, tail.how().kind);
        Labels.TextMatch typo = matchText(APPLICATIONS, "2.其他法律行政止公开");
        assertEquals(Labels.How.NUMBERED_TYPO, typo.how());
        assertEquals(PipelineNote.LABEL_NUMBERED_TYPO, typo.how().kind);
        assertEquals("applications.withheld.prohibitedByLaw", rowCode(APPLICATIONS, typo));
    }

    @Test
    void tokenRowsMatchNothingTooShortOrShared() {
        assertNull(matchText(APPLICATIONS, "1.属"), "fewer than four characters");
        assertNull(matchText(APPLICATIONS, "申请人情况"));
        assertNull(matchText(APPLICATIONS, "1.本机关"), "too short to be any label cut short");
    }

    @Test
    void aCutLabelKeepsItsBeginning() {
        assertNull(matchText(APPLICATIONS, "其他法律行政法规"), "neither the beginning nor the end of a label");
        assertEquals(Labels.How.TRUNCATED, matchText(APPLICATIONS, "2.", "其他法律行政法规").how(),
                "the cut label from the cell that starts it");
    }

    @Test
    void similarTakesCharactersLeftOutOrWrongButNotAnotherLabel() {
        assertTrue(Labels.similar("其他法律行政止公开", "其他法律行政法规禁止公开"));
        assertTrue(Labels.similar("申请人逾期未按收费通知要他处理求缴纳费用", "申请人逾期未按收费通知要求缴纳费用"),
                "three characters of a vertical group label inside a wrapped label");
        assertFalse(Labels.similar("属于国家秘密", "其他法律行政法规禁止公开"));
        assertTrue(Labels.oneApart("重复申请", "重复申清"));
        assertFalse(Labels.oneApart("重复申请", "重复申请"));
    }
}
