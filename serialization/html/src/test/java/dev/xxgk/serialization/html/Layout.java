package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the official layout puts each template cell: which grid of the page, which row, which
 * column. The test oracle of the front end: a page built on that layout must give, at each
 * position, the cell's value as printed and not a spanned copy.
 */
final class Layout {

    /** A position in a document's grids. */
    record Position(int grid, int row, int column) {
    }

    private Layout() {
    }

    /**
     * The positions of every cell of a report's edition in the official layout, with section 三
     * split into two tables after {@code splitAfter} data rows (no split when negative); the
     * second table carries no header.
     */
    static Map<Cell, Position> positions(Template template, int splitAfter) {
        Map<Cell, Position> out = new LinkedHashMap<>();
        List<Table> bands = template.tables(Section.PROACTIVE_DISCLOSURE);
        int labelColumns = bands.stream().flatMap(t -> t.rows().stream()).mapToInt(r -> r.groupLabels().size() + 1).max().orElse(1);
        int row = 0;
        for (Table band : bands) {
            row += 2;
            for (int r = 0; r < band.rows().size(); r++) {
                for (int c = 0; c < band.columns().size(); c++) {
                    out.put(band.cell(band.rows().get(r), band.columns().get(c)), new Position(0, row, labelColumns + c));
                }
                row++;
            }
        }
        Table applications = template.tables(Section.APPLICATIONS).get(0);
        int levels = applications.columns().stream().mapToInt(c -> c.groupLabels().size() + 1).max().orElse(1);
        int labels = applications.rows().stream().mapToInt(r -> r.groupLabels().size() + 1).max().orElse(1);
        for (int r = 0; r < applications.rows().size(); r++) {
            boolean second = splitAfter >= 0 && r >= splitAfter;
            int gridRow = second ? r - splitAfter : levels + r;
            for (int c = 0; c < applications.columns().size(); c++) {
                out.put(applications.cell(applications.rows().get(r), applications.columns().get(c)),
                        new Position(second ? 2 : 1, gridRow, labels + c));
            }
        }
        int litigationGrid = splitAfter >= 0 ? 3 : 2;
        Table litigation = template.tables(Section.RECONSIDERATION_AND_LITIGATION).get(0);
        int depth = litigation.rows().stream().mapToInt(r -> r.groupLabels().size() + 1).max().orElse(1);
        int i = 0;
        for (Cell cell : litigation.cells()) {
            out.put(cell, new Position(litigationGrid, depth + 1, i++));
        }
        return out;
    }

    /** A cell's value as the official layout prints it: empty when blank, money in 万元 without its unit. */
    static String printed(Cell cell, AnnualReport report) {
        CellValue value = cell.get(report);
        if (value.isBlank()) {
            return "";
        }
        return cell.kind() == CellKind.MONEY_WAN_YUAN ? ((Money) value).amount().toPlainString() : value.toText();
    }

    static List<Grid> grids(Document document) {
        List<Grid> grids = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Grid grid) {
                grids.add(grid);
            }
        }
        return grids;
    }

    /** Asserts that every cell of the report stands at its position in the document's grids, as printed. */
    static void assertEveryCell(AnnualReport report, Document document, int splitAfter) {
        List<Grid> grids = grids(document);
        Map<Cell, Position> positions = positions(report.template(), splitAfter);
        assertEquals(splitAfter >= 0 ? 4 : 3, grids.size(), "grids of the page");
        for (Map.Entry<Cell, Position> entry : positions.entrySet()) {
            Cell cell = entry.getKey();
            Position at = entry.getValue();
            Grid grid = grids.get(at.grid());
            assertTrue(at.row() < grid.rows().size(), () -> cell.code() + ": grid " + at.grid() + " has no row " + at.row());
            List<GridCell> cells = grid.rows().get(at.row()).cells();
            assertTrue(at.column() < cells.size(), () -> cell.code() + ": row " + at.row() + " has no column " + at.column());
            GridCell found = cells.get(at.column());
            assertEquals(printed(cell, report), found.text(), () -> cell.code() + " at " + at);
            assertFalse(found.spanned(), () -> cell.code() + " at " + at + " is a spanned copy");
        }
    }
}
