package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.MoneyUnit;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The alignment stage for grids whose columns are known (HTML and workbook tables, PDF tables
 * drawn with ruling lines): header rows (one to three lines, merged group labels, repeated
 * mid-table) give each position its column, and for section 四 its row; the label cells of a data
 * row give its row; each value cell then stands in exactly one cell of the template. A table split
 * over several grids keeps the header of the grid before; two tables in one grid are told apart
 * by their headers and labels.
 *
 * <p>One aligner reads one document: it keeps the header seen last in each section.
 */
final class GridAligner {

    /** A printed cell placed in a cell of the template. */
    record Placement(Cell cell, GridCell source, MoneyUnit headerUnit, String rowLabel) {
    }

    /** The header state of a section: each position's column key, row, unit. */
    private static final class Header {
        String[] columns = new String[0];
        Row[] rows = new Row[0];
        MoneyUnit[] units = new MoneyUnit[0];
        boolean any;

        void ensure(int n) {
            if (columns.length < n) {
                columns = java.util.Arrays.copyOf(columns, n);
                rows = java.util.Arrays.copyOf(rows, n);
                units = java.util.Arrays.copyOf(units, n);
            }
        }

        void clear() {
            java.util.Arrays.fill(columns, null);
            java.util.Arrays.fill(rows, null);
            java.util.Arrays.fill(units, null);
            any = false;
        }
    }

    private final Template template;
    private final Map<Section, Labels> labels = new EnumMap<>(Section.class);
    private final Map<Section, Header> headers = new EnumMap<>(Section.class);
    private final List<Placement> placements = new ArrayList<>();
    private final List<ReadingNote> notes;
    private final Map<Section, Boolean> found = new EnumMap<>(Section.class);

    GridAligner(Template template, List<ReadingNote> notes) {
        this.template = template;
        this.notes = notes;
        for (Section section : Section.values()) {
            if (section.hasTables()) {
                labels.put(section, new Labels(template, section));
                headers.put(section, new Header());
            }
        }
    }

    /** The placements made so far, in the order of the document. */
    List<Placement> placements() {
        return placements;
    }

    /** Whether any row of a section's tables was found. */
    boolean found(Section section) {
        return found.getOrDefault(section, false);
    }

    /**
     * Aligns one grid.
     *
     * @param grid a grid whose columns are known
     * @param outlineSection the section the outline puts the grid in, or null
     * @param context the heading printed just before the grid (a sub-table's heading), or empty
     * @return the section the grid was read as, or null when it is no table of the template
     */
    Section align(Grid grid, Section outlineSection, String context) {
        Section section = choose(grid, outlineSection);
        if (section == null) {
            return null;
        }
        Labels l = labels.get(section);
        Header header = headers.get(section);
        Row contextRow = null;
        if (section == Section.RECONSIDERATION_AND_LITIGATION && !context.isEmpty()) {
            // a sub-table of section 四 under its own heading: ### 行政诉讼（复议后起诉）
            String key = Labels.key(context);
            Labels.RowMatch m = l.match(key, key);
            contextRow = m != null && m.how() == Labels.How.EXACT ? m.row() : null;
        }
        boolean lastWasHeader = false;
        for (GridRow row : grid.rows()) {
            List<GridCell> cells = row.cells();
            header.ensure(cells.size());
            String[] keys = new String[cells.size()];
            CellValues.Shape[] shapes = new CellValues.Shape[cells.size()];
            boolean anyValue = false;
            boolean anyKnown = false;
            for (int p = 0; p < cells.size(); p++) {
                keys[p] = Labels.key(cells.get(p).text());
                shapes[p] = CellValues.shape(cells.get(p).text());
                anyValue |= shapes[p] == CellValues.Shape.NUMBER && !cells.get(p).spanned();
                anyKnown |= l.column(keys[p]) != null || l.headerRow(keys[p]) != null && section == Section.RECONSIDERATION_AND_LITIGATION;
            }
            if (!anyValue && anyKnown) {
                if (!lastWasHeader) {
                    header.clear();
                }
                readHeader(l, header, cells, keys);
                lastWasHeader = true;
                continue;
            }
            lastWasHeader = false;
            readData(section, l, header, row, keys, shapes, contextRow);
        }
        return section;
    }

    private static boolean allEmptyOrText(CellValues.Shape[] shapes) {
        for (CellValues.Shape s : shapes) {
            if (s == CellValues.Shape.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private void readHeader(Labels l, Header header, List<GridCell> cells, String[] keys) {
        for (int p = 0; p < cells.size(); p++) {
            String column = l.column(keys[p]);
            if (column != null) {
                header.columns[p] = column;
                header.any = true;
                MoneyUnit unit = CellValues.headerUnit(cells.get(p).text());
                if (unit != null) {
                    header.units[p] = unit;
                }
            }
            if (l.section == Section.RECONSIDERATION_AND_LITIGATION) {
                Row row = l.headerRow(keys[p]);
                if (row != null) {
                    header.rows[p] = row;
                }
            }
        }
    }

    private void readData(Section section, Labels l, Header header, GridRow row, String[] keys, CellValues.Shape[] shapes,
            Row contextRow) {
        List<GridCell> cells = row.cells();
        StringBuilder joined = new StringBuilder();
        String last = "";
        String printed = "";
        List<Integer> values = new ArrayList<>();
        String previous = null;
        for (int p = 0; p < cells.size(); p++) {
            boolean mapped = header.columns[p] != null;
            if (shapes[p] == CellValues.Shape.TEXT && !mapped) {
                if (!keys[p].equals(previous)) {
                    joined.append(keys[p]);
                    previous = keys[p];
                }
                last = keys[p];
                printed = cells.get(p).text();
            } else if (mapped || shapes[p] == CellValues.Shape.NUMBER) {
                if (!cells.get(p).spanned()) {
                    values.add(p);
                }
            }
        }
        Labels.RowMatch match = l.match(joined.toString(), last);
        if (match != null && match.how() != Labels.How.EXACT) {
            notes.add(ReadingNote.of(match.how().kind, row.location(), match.row().code(), printed,
                    match.row().label()));
        }
        Row labelRow = match == null ? null : match.row();
        if (labelRow == null && contextRow != null) {
            labelRow = contextRow;
        }
        List<Integer> unplaced = new ArrayList<>();
        List<Placement> made = new ArrayList<>();
        for (int p : values) {
            Row r = header.rows[p] != null && (labelRow == null || section == Section.RECONSIDERATION_AND_LITIGATION)
                    ? header.rows[p] : labelRow;
            Cell cell = r == null || header.columns[p] == null ? null : cell(l, r, header.columns[p]);
            if (cell == null) {
                unplaced.add(p);
            } else {
                made.add(new Placement(cell, cells.get(p), header.units[p], r.label()));
            }
        }
        if (!header.any && labelRow != null && made.isEmpty()) {
            // no column headers at all: the figures in the template's column order, if exactly as many
            Table table = l.table(labelRow);
            List<Integer> numbers = values.stream().filter(p -> shapes[p] != CellValues.Shape.TEXT).toList();
            if (numbers.size() == table.columns().size()) {
                for (int k = 0; k < numbers.size(); k++) {
                    Cell cell = table.cell(labelRow, table.columns().get(k));
                    made.add(new Placement(cell, cells.get(numbers.get(k)), null, labelRow.label()));
                }
                unplaced.clear();
                notes.add(ReadingNote.of(PipelineNote.COLUMNS_BY_POSITION, row.location(), labelRow.code(),
                        labelRow.label(), numbers.size()));
            }
        }
        if (!made.isEmpty()) {
            found.put(section, true);
        }
        placements.addAll(made);
        List<Integer> numbersLeft = unplaced.stream().filter(p -> shapes[p] == CellValues.Shape.NUMBER).toList();
        if (!numbersLeft.isEmpty()) {
            String shown = numbersLeft.stream().map(p -> cells.get(p).text()).collect(Collectors.joining(" "));
            if (labelRow == null) {
                notes.add(ReadingNote.of(PipelineNote.NUMBERS_WITHOUT_ROW, row.location(), section.code(),
                        numbersLeft.size(), shown));
            } else {
                notes.add(ReadingNote.of(PipelineNote.NUMBERS_WITHOUT_COLUMN, row.location(), labelRow.code(),
                        labelRow.label(), numbersLeft.size(), shown));
            }
        }
    }

    private static Cell cell(Labels l, Row row, String columnKey) {
        Table table = l.table(row);
        for (Column column : l.columns.getOrDefault(columnKey, List.of())) {
            if (table.columns().contains(column)) {
                return table.cell(row, column);
            }
        }
        return null;
    }

    /** The section whose labels the grid holds most of; the outline's section wins a tie. */
    private Section choose(Grid grid, Section outlineSection) {
        Section best = null;
        int bestScore = 0;
        for (Map.Entry<Section, Labels> entry : labels.entrySet()) {
            Labels l = entry.getValue();
            int score = 0;
            for (GridRow row : grid.rows()) {
                for (GridCell cell : row.cells()) {
                    String k = Labels.key(cell.text());
                    if (k.length() >= 2 && (l.columns.containsKey(k) || l.headerRow(k) != null
                            || l.match(k, k) != null && l.match(k, k).how() == Labels.How.EXACT)) {
                        score += 2;
                    }
                }
            }
            if (entry.getKey() == outlineSection && score > 0) {
                score++;
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** The template this aligner reads. */
    Template template() {
        return template;
    }
}
