package dev.xxgk.serialization.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.pdf.internal.PdfReader;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The front end on PDFs made other ways than the real ones, drawn with PDFBox in the test. */
class SyntheticPdfTest {

    private static final float[] EDGES = {60, 260, 330, 400, 470, 540};
    private static final List<String> HEADER = List.of("信息内容", "甲", "乙", "丙", "总计");

    @BeforeAll
    static void font() {
        SyntheticPdf.assumeCjkFont();
    }

    private static PdfReader.Extracted extract(byte[] pdf) {
        return new PdfReader(PdfLimits.DEFAULTS).extract(new ByteArrayInputStream(pdf), "made.pdf");
    }

    private static List<Grid> grids(Document document) {
        return document.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
    }

    private static List<String> texts(GridRow row) {
        return row.cells().stream().map(GridCell::text).toList();
    }

    private static List<String> row(int i) {
        return List.of("第" + i + "行", String.valueOf(i), String.valueOf(i * 10), "", String.valueOf(i * 11));
    }

    @Test
    void aTableOverTwoPagesWithItsHeaderRepeatedIsOneGridWithTheHeaderOnce() throws IOException {
        byte[] pdf;
        try (SyntheticPdf made = new SyntheticPdf()) {
            made.newPage().text(60, 80, "三、收到和处理政府信息公开申请情况");
            List<List<String>> first = new ArrayList<>(List.of(HEADER));
            for (int i = 1; i <= 20; i++) {
                first.add(row(i));
            }
            float bottom = made.table(100, EDGES, 30, first);
            assertTrue(bottom > 700);
            made.text(290, 810, "— 1 —");
            made.newPage();
            List<List<String>> second = new ArrayList<>(List.of(HEADER));
            for (int i = 21; i <= 25; i++) {
                second.add(row(i));
            }
            made.table(60, EDGES, 30, second);
            made.text(60, 300, "四、政府信息公开行政复议、行政诉讼情况");
            made.text(290, 810, "— 2 —");
            pdf = made.bytes();
        }
        PdfReader.Extracted extracted = extract(pdf);
        List<Grid> grids = grids(extracted.document());
        assertEquals(1, grids.size());
        Grid grid = grids.get(0);
        assertTrue(grid.columnsKnown());
        assertEquals(26, grid.rows().size());
        assertEquals(HEADER, texts(grid.rows().get(0)));
        for (int i = 1; i <= 25; i++) {
            assertEquals(row(i), texts(grid.rows().get(i)));
        }
        Location.Page last = (Location.Page) grid.rows().get(25).cells().get(4).location();
        assertEquals(2, last.page());
        assertEquals(470, last.x(), 1);
        assertEquals(60 + 5 * 30, last.y(), 1.5);
        List<String> paragraphs = extracted.document().blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
        assertEquals(List.of("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"), paragraphs);
        List<String> ids = extracted.notes().stream().map(ReadingNote::id).toList();
        assertTrue(ids.contains("pdf.table-continued"), ids::toString);
        assertTrue(ids.contains("pdf.header-repeated"), ids::toString);
        ReadingNote pageNumbers = extracted.notes().stream().filter(n -> n.id().equals("pdf.page-number")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2", "— 1 —"), pageNumbers.arguments());
    }

    @Test
    void aTableWithoutRulingLinesIsAGridOfTheColumnsItsTextStandsIn() throws IOException {
        byte[] pdf;
        try (SyntheticPdf made = new SyntheticPdf()) {
            made.newPage().text(60, 80, "二、主动公开政府信息情况");
            float[] right = {300, 380, 460};
            String[][] rows = {
                {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
                {"规章", "3", "", "12"},
                {"行政规范性文件", "120", "7", "1045"},
                {"行政许可", "5567", "", ""},
            };
            float y = 120;
            for (String[] r : rows) {
                made.text(60, y, r[0]);
                for (int c = 1; c < r.length; c++) {
                    if (!r[c].isEmpty()) {
                        // figures right-aligned on the column's right edge, as word processors set them
                        float width = made.font().getStringWidth(r[c]) / 1000 * 10;
                        made.text(right[c - 1] + 40 - width, y, r[c]);
                    }
                }
                y += 20;
            }
            made.text(60, 220, "三、收到和处理政府信息公开申请情况");
            pdf = made.bytes();
        }
        Document document = extract(pdf).document();
        List<Grid> grids = grids(document);
        assertEquals(1, grids.size());
        Grid grid = grids.get(0);
        assertTrue(grid.columnsKnown());
        assertEquals(4, grid.rows().size());
        assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), texts(grid.rows().get(0)));
        assertEquals(List.of("规章", "3", "", "12"), texts(grid.rows().get(1)));
        assertEquals(List.of("行政规范性文件", "120", "7", "1045"), texts(grid.rows().get(2)));
        assertEquals(List.of("行政许可", "5567", "", ""), texts(grid.rows().get(3)));
        assertFalse(grid.rows().get(3).cells().stream().anyMatch(GridCell::spanned));
    }

    /** Helvetica with the digits re-encoded to glyph names no Unicode list knows, and no ToUnicode map. */
    private static PDType1Font unmappedFont() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        COSDictionary dictionary = new COSDictionary(helvetica.getCOSObject());
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        COSArray differences = new COSArray();
        differences.add(org.apache.pdfbox.cos.COSInteger.get(48));
        for (int i = 0; i < 10; i++) {
            differences.add(COSName.getPDFName("glyph" + (7 * i + 3)));
        }
        encoding.setItem(COSName.DIFFERENCES, differences);
        dictionary.setItem(COSName.ENCODING, encoding);
        try {
            return new PDType1Font(dictionary);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] unmappedPdf(boolean inTable) throws IOException {
        try (SyntheticPdf made = new SyntheticPdf()) {
            made.newPage().text(60, 80, "二、主动公开政府信息情况");
            PDType1Font font = unmappedFont();
            if (inTable) {
                made.table(100, new float[] {60, 260, 330}, 30, List.of(List.of("行政许可", "")));
                made.rawText(font, 10, 262, 126, "4119");
            } else {
                made.rawText(font, 10, 60, 200, "2023");
            }
            return made.bytes();
        }
    }

    @Test
    void textInAFontWithoutAUnicodeMapIsNotedAndNeverReadAsOtherCharacters() throws IOException {
        PdfReader.Extracted extracted = extract(unmappedPdf(false));
        Paragraph line = extracted.document().blocks().stream().filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast).filter(p -> p.text().contains("\uFFFD")).findFirst().orElseThrow();
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", line.text());
        assertFalse(extracted.document().blocks().stream().filter(Paragraph.class::isInstance)
                .anyMatch(p -> ((Paragraph) p).text().contains("2023")));
        ReadingNote note = extracted.notes().stream().filter(n -> n.id().equals("pdf.unmapped-glyphs")).findFirst()
                .orElseThrow();
        assertEquals(1, ((Location.Page) note.location()).page());
        assertEquals(200, ((Location.Page) note.location()).y(), 12);
        assertTrue(note.message(Locale.ENGLISH).contains("4 glyph(s)"), note.message(Locale.ENGLISH));
        assertTrue(note.message(Locale.SIMPLIFIED_CHINESE).contains("没有Unicode映射"), note.message(Locale.CHINESE));
    }

    @Test
    void aTableCellInAFontWithoutAUnicodeMapIsAnErrorWithThePageAndPosition() throws IOException {
        byte[] pdf = unmappedPdf(true);
        ReportFormatException error = assertThrows(ReportFormatException.class, () -> extract(pdf));
        assertTrue(error.getMessage().contains("without a Unicode mapping"), error.getMessage());
        assertEquals("page 1 (x=260, y=100)", error.path());
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", error.found());
    }
}
