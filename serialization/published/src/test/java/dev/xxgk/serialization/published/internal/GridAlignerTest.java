package dev.xxgk.serialization.published.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The grid aligner on its own, for section 四's header as a spreadsheet holds it when its group
 * labels are not merged: each label in the first cell of its run, empty cells after it.
 */
class GridAlignerTest {

    private static final Template TEMPLATE = Template.of(Edition.EDITION_2021);
    private static final Table LITIGATION = TEMPLATE.tables(Section.RECONSIDERATION_AND_LITIGATION).get(0);

    private static Grid grid(List<List<String>> rows) {
        List<GridRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                cells.add(GridCell.of(rows.get(r).get(c), Location.cell("表四", (char) ('A' + c) + Integer.toString(r + 1))));
            }
            out.add(new GridRow(cells, Location.cell("表四", "A" + (r + 1))));
        }
        return new Grid(out, true, out.get(0).location());
    }

    /** A row of 15 cells: the texts at their positions, every other cell empty. */
    private static List<String> row(Object... positionsAndTexts) {
        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(15, ""));
        for (int i = 0; i < positionsAndTexts.length; i += 2) {
            cells.set((Integer) positionsAndTexts[i], (String) positionsAndTexts[i + 1]);
        }
        return cells;
    }

    private static List<String> columnLabels() {
        List<String> cells = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            LITIGATION.columns().forEach(c -> cells.add(c.label()));
        }
        return cells;
    }

    /** The figures 1 … 15, so that each placed cell shows which position it was read from. */
    private static List<String> figures() {
        List<String> cells = new ArrayList<>();
        for (int p = 1; p <= 15; p++) {
            cells.add(Integer.toString(p));
        }
        return cells;
    }

    private record Aligned(Map<String, String> cells, List<ReadingNote> notes) {
    }

    private static Aligned align(List<List<String>> rows) {
        List<ReadingNote> notes = new ArrayList<>();
        GridAligner aligner = new GridAligner(TEMPLATE, notes);
        assertEquals(Section.RECONSIDERATION_AND_LITIGATION, aligner.align(grid(rows), Section.RECONSIDERATION_AND_LITIGATION, ""));
        Map<String, String> cells = new LinkedHashMap<>();
        for (GridAligner.Placement placement : aligner.placements()) {
            cells.put(placement.cell().code(), placement.source().text());
        }
        return new Aligned(cells, notes);
    }

    /** The template's cells in the order the official table prints them, each with the figure at its position. */
    private static Map<String, String> inTemplateOrder(int... positions) {
        Map<String, String> expected = new LinkedHashMap<>();
        int p = 0;
        for (var r : LITIGATION.rows()) {
            for (Column column : LITIGATION.columns()) {
                Cell cell = LITIGATION.cell(r, column);
                int at = p++;
                if (java.util.Arrays.stream(positions).anyMatch(x -> x == at)) {
                    expected.put(cell.code(), Integer.toString(at + 1));
                }
            }
        }
        return expected;
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    @Test
    void groupLabelsSpanTheEmptyCellsAfterThemWhenTheTemplateSaysTheyMust() {
        Aligned a = align(List.of(
                row(0, "行政复议", 5, "行政诉讼"),
                row(5, "未经复议直接起诉", 10, "复议后起诉"),
                columnLabels(),
                figures()));
        assertEquals(inTemplateOrder(range(0, 15)), a.cells());
        assertEquals(List.of(), a.notes());
    }

    @Test
    void aLabelWhoseEmptyCellsAreNotItsRowsColumnsSpansNothingAndIsNoted() {
        // 行政复议 over four cells, 行政诉讼 from the fifth: which four of the five columns? not known
        Aligned a = align(List.of(
                row(0, "行政复议", 4, "行政诉讼"),
                row(5, "未经复议直接起诉", 10, "复议后起诉"),
                columnLabels(),
                figures()));
        assertEquals(inTemplateOrder(range(5, 15)), a.cells(), "the two sub-tables only");
        ReadingNote span = a.notes().stream().filter(n -> n.id().equals("published.header-span-unknown")).findFirst().orElseThrow();
        assertEquals("reconsiderationAndLitigation.reconsideration", span.path());
        assertEquals(Location.cell("表四", "A1"), span.location());
        assertTrue(span.message(Locale.ENGLISH).contains("first of 4 cells") && span.message(Locale.ENGLISH).contains("has 5 columns"),
                span.message(Locale.ENGLISH));
        ReadingNote unread = a.notes().stream().filter(n -> n.id().equals("published.numbers-without-row")).findFirst().orElseThrow();
        assertTrue(unread.message(Locale.ENGLISH).contains("1 2 3 4 5"), unread.message(Locale.ENGLISH));
    }

    @Test
    void aSubTableOutsideItsGroupLabelSpansNothing() {
        // 未经复议直接起诉 from the fifth cell, but 行政诉讼 from the sixth
        Aligned a = align(List.of(
                row(0, "行政复议", 5, "行政诉讼"),
                row(4, "未经复议直接起诉", 10, "复议后起诉"),
                columnLabels(),
                figures()));
        assertTrue(a.notes().stream().anyMatch(n -> n.id().equals("published.header-span-unknown")
                && n.path().equals("reconsiderationAndLitigation.litigationDirect")), a.notes()::toString);
        assertTrue(a.notes().stream().anyMatch(n -> n.id().equals("published.header-span-unknown")
                && n.path().equals("reconsiderationAndLitigation.reconsideration")), "its run takes the fifth cell too");
        assertEquals(inTemplateOrder(range(10, 15)), a.cells(), "复议后起诉 alone is where its header says");
    }

    @Test
    void litigationWithoutItsTwoSubTablesIsNotSplitByGuess() {
        // 行政诉讼 over ten cells with no 未经复议直接起诉 / 复议后起诉 under it: its figures are in no row
        Aligned a = align(List.of(
                row(0, "行政复议", 5, "行政诉讼"),
                columnLabels(),
                figures()));
        assertEquals(inTemplateOrder(range(0, 5)), a.cells());
        ReadingNote unread = a.notes().stream().filter(n -> n.id().equals("published.numbers-without-row")).findFirst().orElseThrow();
        assertTrue(unread.message(Locale.ENGLISH).contains("6 7 8 9 10 11 12 13 14 15"), unread.message(Locale.ENGLISH));
    }

    @Test
    void aLabelAtTheEndOfAShortRowSpansOnlyTheCellsThere() {
        // the row ends three cells after 复议后起诉: five columns cannot be meant
        List<List<String>> rows = new ArrayList<>(List.of(
                row(0, "行政复议", 5, "行政诉讼"),
                row(5, "未经复议直接起诉", 10, "复议后起诉").subList(0, 13),
                columnLabels(),
                figures()));
        Aligned a = align(rows);
        assertTrue(a.notes().stream().anyMatch(n -> n.id().equals("published.header-span-unknown")
                && n.path().equals("reconsiderationAndLitigation.litigationAfterReconsideration")), a.notes()::toString);
        assertEquals(inTemplateOrder(range(0, 10)), a.cells());
    }
}
