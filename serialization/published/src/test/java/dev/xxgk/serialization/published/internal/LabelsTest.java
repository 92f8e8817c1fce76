package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import org.junit.jupiter.api.Test;

/** The aligner's label matching on its own: exact by key, group labels deciding, and each loose kind. */
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
}
