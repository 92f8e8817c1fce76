package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text front end on its own: lines to blocks, page furniture dropped, metadata box read. */
class TextFrontEndTest {

    @Test
    void linesBecomeBlocksAtTheirLinesWithPageMarkersAndRulesDropped() {
        Document d = TextFrontEnd.read("标题\n\n第9页\n- 9 -\n— 5 —\n第 3 页 共 13 页\n|---|---|\n一、总体情况\r\n正文\t1\t2\n", "t.txt");
        assertEquals(3, d.blocks().size(), d.blocks()::toString);
        assertEquals(new Paragraph("标题", Location.line(1)), d.blocks().get(0));
        assertEquals(new Paragraph("一、总体情况", Location.line(8)), d.blocks().get(1));
        assertEquals(new Paragraph("正文\t1\t2", Location.line(9)), d.blocks().get(2));
    }

    @Test
    void tabsAtTheEndsOfATableLineAreKeptSpacesAreNot() {
        Document d = TextFrontEnd.read("一、总体情况\n  \t\t0\t0 \n", "t.txt");
        assertEquals("\t\t0\t0", ((Paragraph) d.blocks().get(1)).text());
    }

    @Test
    void markdownBackslashEscapesAreUndoneButNotAnEscapedPipe() {
        Document d = TextFrontEnd.read("一、总体情况\n1\\.属于国家秘密 2 0\n\\- 1\\|2 \\\n\\# 不是标题\n", "t.md");
        assertEquals("1.属于国家秘密 2 0", ((Paragraph) d.blocks().get(1)).text());
        assertEquals("- 1\\|2 \\", ((Paragraph) d.blocks().get(2)).text());
        assertInstanceOf(Paragraph.class, d.blocks().get(3));
        assertEquals("1.", TextFrontEnd.unescape("1\\."));
        assertEquals("\\", TextFrontEnd.unescape("\\\\"));
    }

    @Test
    void markdownHeadingsAndBoldLinesAreHeadings() {
        Document d = TextFrontEnd.read("## 二、主动公开政府信息情况 ##\n**三、收到和处理政府信息公开申请情况**\n#不是标题\n", "t.md");
        Heading h2 = assertInstanceOf(Heading.class, d.blocks().get(0));
        assertEquals("二、主动公开政府信息情况", h2.text());
        assertEquals(2, h2.level());
        Heading bold = assertInstanceOf(Heading.class, d.blocks().get(1));
        assertEquals(0, bold.level());
        assertInstanceOf(Paragraph.class, d.blocks().get(2));
    }

    @Test
    void aMetadataBoxBeforeTheFirstSectionIsMetadataSeveralFieldsOnALine() {
        Document d = TextFrontEnd.read("索引号：1137/2024-01 发布机构：某某县人民政府办公室\n公开日期：2024-01-26\n"
                + "一、总体情况\n发布机构：正文里的一行\n", "t.txt");
        assertEquals(List.of(new MetaField("索引号", "1137/2024-01", Location.line(1)),
                new MetaField("发布机构", "某某县人民政府办公室", Location.line(1)),
                new MetaField("公开日期", "2024-01-26", Location.line(2))), d.metadata());
        assertEquals(new Paragraph("发布机构：正文里的一行", Location.line(4)), d.blocks().get(1));
    }
}
