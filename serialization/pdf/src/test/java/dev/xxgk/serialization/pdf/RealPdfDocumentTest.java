package dev.xxgk.serialization.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The front end on the three real PDFs, at the level of the neutral document: every figure of
 * every truth cell stands in the grids, in the template's order, as printed.
 */
class RealPdfDocumentTest {

    private static Document document(String stem) {
        return new PdfFormat().document(RealPdfs.pdf(stem), stem + ".pdf");
    }

    private static List<Grid> grids(Document document) {
        return document.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
    }

    private static boolean integer(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static String label(GridRow row) {
        return row.cells().stream().map(GridCell::text).filter(t -> !t.isEmpty() && !integer(t)).reduce((a, b) -> b)
                .orElse("");
    }

    /** The integers the grids print, in reading order, each once, leaving out the fee row (money, not in the truth). */
    private static List<Long> figures(Document document, List<String> skippedRows) {
        List<Long> figures = new ArrayList<>();
        for (Grid grid : grids(document)) {
            for (GridRow row : grid.rows()) {
                String label = label(row);
                if (label.equals("行政事业性收费") || skippedRows.contains(label)) {
                    continue;
                }
                for (GridCell cell : row.cells()) {
                    if (!cell.spanned() && integer(cell.text())) {
                        figures.add(Long.parseLong(cell.text()));
                    }
                }
            }
        }
        return figures;
    }

    @ParameterizedTest
    @ValueSource(strings = {RealPdfs.HONGZE_2023, RealPdfs.HONGZE_2024, RealPdfs.HUAIAN_2024})
    void everyTruthCellStandsInTheGridsInTemplateOrder(String stem) {
        Document document = document(stem);
        List<Long> truth = RealPdfs.cells(stem).values().stream().filter(Objects::nonNull).toList();
        boolean hongze = stem.contains("hongzequ");
        List<Long> printed = figures(document, hongze ? List.of("（六）其他处理") : List.of());
        assertEquals(truth, printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {RealPdfs.HONGZE_2023, RealPdfs.HONGZE_2024})
    void hongzePrintsOneMergedOtherHandlingRowOfZeros(String stem) {
        Grid table = grids(document(stem)).get(1);
        List<GridRow> other = table.rows().stream().filter(r -> label(r).equals("（六）其他处理")).toList();
        assertEquals(1, other.size());
        List<String> numbers = other.get(0).cells().stream().map(GridCell::text).filter(RealPdfDocumentTest::integer)
                .toList();
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), numbers);
    }

    @Test
    void theThreeTablesOfHongze2023AreThreeGridsWithColumnsKnown() {
        List<Grid> grids = grids(document(RealPdfs.HONGZE_2023));
        assertEquals(3, grids.size());
        assertTrue(grids.stream().allMatch(Grid::columnsKnown));
        // section 二 starts on page 2 and ends on page 3; section 三 starts on page 3 and ends on page 4
        assertEquals(2, ((Location.Page) grids.get(0).location()).page());
        assertEquals(3, ((Location.Page) grids.get(0).rows().get(grids.get(0).rows().size() - 1).location()).page());
        assertEquals(4, ((Location.Page) grids.get(1).rows().get(grids.get(1).rows().size() - 1).location()).page());
    }

    @Test
    void theVerticalGroupLabelIsJoinedAndContinuesOverThePageBreak() {
        Grid table = grids(document(RealPdfs.HONGZE_2023)).get(1);
        GridRow unclear = table.rows().stream().filter(r -> label(r).equals("3.补正后申请内容仍不明确")).findFirst()
                .orElseThrow();
        assertEquals(4, ((Location.Page) unclear.location()).page());
        assertEquals("三、本年度办理结果", unclear.cells().get(0).text());
        assertTrue(unclear.cells().get(0).spanned());
        assertEquals("（四）无法提供", unclear.cells().get(1).text());
        assertTrue(unclear.cells().get(1).spanned());
    }

    @Test
    void aLabelWrappedInsideItsCellIsOneText() {
        Grid table = grids(document(RealPdfs.HONGZE_2023)).get(1);
        assertTrue(table.rows().stream().anyMatch(r -> label(r).equals("5.要求行政机关确认或重新出具已获取信息")),
                () -> table.rows().stream().map(RealPdfDocumentTest::label).collect(Collectors.joining("\n")));
    }

    @Test
    void theHeaderOfSectionFourIsThreeRowsOfMergedCells() {
        Grid table = grids(document(RealPdfs.HUAIAN_2024)).get(2);
        assertEquals(4, table.rows().size());
        List<GridCell> top = table.rows().get(0).cells();
        assertEquals(15, top.size());
        assertEquals("行政复议", top.get(0).text());
        assertFalse(top.get(0).spanned());
        assertTrue(top.get(4).spanned());
        assertEquals("行政诉讼", top.get(5).text());
        assertEquals(List.of("72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"),
                table.rows().get(3).cells().stream().map(GridCell::text).toList());
    }

    @Test
    void pageNumbersAreLeftOutAndParagraphsCarryTheirPage() {
        Document document = document(RealPdfs.HONGZE_2023);
        List<Paragraph> paragraphs = document.blocks().stream().filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast).toList();
        assertTrue(paragraphs.stream().noneMatch(p -> p.text().matches("-\\d+-")));
        Paragraph heading = paragraphs.stream().filter(p -> p.text().equals("三、收到和处理政府信息公开申请情况")).findFirst()
                .orElseThrow();
        Location.Page at = (Location.Page) heading.location();
        assertEquals(3, at.page());
        assertTrue(at.y() > 300 && at.y() < 400, () -> "y=" + at.y());
        Block first = document.blocks().get(0);
        assertEquals("洪泽区人民政府", ((Paragraph) first).text());
    }
}
