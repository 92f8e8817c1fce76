package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.TemplateDeviation;
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
            spans.clear();
            groupSpans.clear();
        }

        /** Section 四's row labels printed in the first cell of their run, empty cells after them. */
        final List<Span> spans = new ArrayList<>();
        /** Section 四's group labels (行政诉讼) printed so, by key. */
        final Map<String, Span> groupSpans = new java.util.HashMap<>();
    }

    /**
     * A header label in the first of the cells from {@code from} to {@code to} (exclusive), the
     * others empty and not merged: the span a spreadsheet's unmerged group label is given by.
     */
    private record Span(Row row, int from, int to, GridCell cell) {
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
            if (lastWasHeader) {
                spans(l, header);
            }
            lastWasHeader = false;
            readData(section, l, header, row, keys, shapes, contextRow);
        }
        return section;
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
                int end = p + 1;
                while (end < cells.size() && keys[end].isEmpty() && !cells.get(end).spanned()) {
                    end++;
                }
                if (end > p + 1 && !cells.get(p).spanned()) {
                    if (row != null) {
                        header.spans.add(new Span(row, p, end, cells.get(p)));
                    } else if (l.groups.contains(keys[p])) {
                        header.groupSpans.put(keys[p], new Span(null, p, end, cells.get(p)));
                    }
                }
            }
        }
    }

    /**
     * Gives the empty header cells after a row label of section 四 that label's row, once the
     * header rows are read: only when the label and its empty cells are exactly as many as the
     * row's columns, each of those positions has a column of the row (each once) and no other
     * row, and the span lies inside that of the row's group label where the group label is
     * printed so too. Otherwise neither the label's cell nor the empty ones get a row (their
     * figures stay unread, each noted) and the label a note: which columns it heads is not known.
     */
    private void spans(Labels l, Header header) {
        for (Span span : header.spans) {
            Table table = l.table(span.row());
            boolean fits = span.to() - span.from() == table.columns().size();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int q = span.from(); q < span.to() && fits; q++) {
                String column = header.columns[q];
                fits = column != null && cell(l, span.row(), column) != null && seen.add(column)
                        && (header.rows[q] == null || header.rows[q] == span.row());
            }
            for (String group : span.row().groupLabels()) {
                Span outer = header.groupSpans.get(Labels.key(group));
                fits &= outer == null || outer.from() <= span.from() && span.to() <= outer.to();
            }
            if (fits) {
                for (int q = span.from() + 1; q < span.to(); q++) {
                    header.rows[q] = span.row();
                }
            } else {
                header.rows[span.from()] = null;
                notes.add(ReadingNote.of(PipelineNote.HEADER_SPAN_UNKNOWN, span.cell().location(), span.row().code(),
                        span.cell().text(), span.to() - span.from(), table.columns().size()));
            }
        }
        header.spans.clear();
        header.groupSpans.clear();
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
        if (labelRow == null && deviation(section, header, row, joined.toString(), last, values)) {
            return;
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

    /** The rows printed that the edition's template does not have, with their figures. */
    List<TemplateDeviation> deviations() {
        return deviations;
    }

    private final List<TemplateDeviation> deviations = new ArrayList<>();
    private final Map<Section, Labels> otherLabels = new EnumMap<>(Section.class);

    /**
     * Keeps a row of the other edition's template printed instead of this edition's rows
     * (洪泽区's single （六）其他处理 in a 2021 table), when its label is exactly that row's and every
     * one of its cells has a figure under its column.
     */
    private boolean deviation(Section section, Header header, GridRow row, String joined, String last, List<Integer> values) {
        Edition other = template.edition() == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
        Labels l = otherLabels.computeIfAbsent(section, s -> new Labels(Template.of(other), s));
        Labels.RowMatch m = l.match(joined, last);
        if (m == null || m.how() != Labels.How.EXACT) {
            return false;
        }
        Map<String, dev.xxgk.model.CellValue> cells = new java.util.LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (int p : values) {
            Cell cell = header.columns[p] == null ? null : cell(l, m.row(), header.columns[p]);
            if (cell == null) {
                return false;
            }
            String text = row.cells().get(p).text();
            CellValues.Converted converted = CellValues.convert(text, cell, header.units[p]);
            if (!converted.ok() || cells.put(cell.column().code(), converted.value()) != null) {
                return false;
            }
            shown.add(text.isBlank() ? "/" : text);
        }
        if (cells.size() != m.table().columns().size()) {
            return false;
        }
        deviations.add(new TemplateDeviation(m.row().code(), m.row().label(), other, cells));
        notes.add(ReadingNote.of(PipelineNote.ROW_OF_OTHER_EDITION, row.location(), m.row().code(), m.row().label(),
                other.code(), template.edition().code(), String.join(" ", shown)));
        found.put(section, true);
        return true;
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

    /** A part of a grid that holds one template table section, and whether a heading row opened it. */
    record Part(Grid grid, Section heading) {
    }

    /**
     * Splits a grid where a row starts another template table: a row that is only a section
     * heading of a table section (its heading row is left out of the part it opens), or a header
     * row whose column labels belong to another section than the header rows before it, once that
     * part has data rows. A grid with no such row is one part.
     *
     * @param grid a grid whose columns are known
     * @return the parts, in order
     */
    List<Part> split(Grid grid) {
        List<Part> parts = new ArrayList<>();
        List<GridRow> current = new ArrayList<>();
        Section currentHeading = null;
        Section currentHeader = null;
        boolean data = false;
        for (GridRow row : grid.rows()) {
            Section heading = headingRow(row);
            Section header = heading == null ? headerSection(row) : null;
            boolean startsOther = heading != null
                    || header != null && currentHeader != null && header != currentHeader && data;
            if (startsOther && (!current.isEmpty() || heading != null)) {
                if (!current.isEmpty()) {
                    parts.add(new Part(new Grid(current, true, current.get(0).location()), currentHeading));
                }
                current = new ArrayList<>();
                currentHeading = heading;
                currentHeader = null;
                data = false;
            }
            if (heading != null) {
                continue;
            }
            if (header != null && currentHeader == null) {
                currentHeader = header;
            }
            if (header == null && hasNumber(row)) {
                data = true;
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            parts.add(new Part(parts.isEmpty() && currentHeading == null ? grid
                    : new Grid(current, true, current.get(0).location()), currentHeading));
        }
        return parts;
    }

    private static boolean hasNumber(GridRow row) {
        for (GridCell cell : row.cells()) {
            if (!cell.spanned() && CellValues.shape(cell.text()) == CellValues.Shape.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** The table section a row opens when its one text (merged over the row) is that section's heading, or null. */
    private static Section headingRow(GridRow row) {
        String text = null;
        for (GridCell cell : row.cells()) {
            if (cell.text().isBlank()) {
                continue;
            }
            if (text != null && !text.equals(cell.text())) {
                return null;
            }
            text = cell.text();
        }
        if (text == null) {
            return null;
        }
        Outline.SectionHeading h = Outline.heading(text, false);
        return h != null && h.inline().isEmpty() && h.section().hasTables() ? h.section() : null;
    }

    /** The one section whose column (or section 四 group) labels a row without figures holds most of, or null. */
    private Section headerSection(GridRow row) {
        if (hasNumber(row)) {
            return null;
        }
        Section best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<Section, Labels> entry : labels.entrySet()) {
            Labels l = entry.getValue();
            int score = 0;
            String previous = null;
            for (GridCell cell : row.cells()) {
                String k = Labels.key(cell.text());
                if (k.isEmpty() || k.equals(previous)) {
                    continue;
                }
                previous = k;
                if (l.column(k) != null
                        || entry.getKey() == Section.RECONSIDERATION_AND_LITIGATION && l.headerRow(k) != null) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The template this aligner reads. */
    Template template() {
        return template;
    }
}
