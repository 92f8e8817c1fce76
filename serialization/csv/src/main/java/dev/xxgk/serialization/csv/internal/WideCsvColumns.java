package dev.xxgk.serialization.csv.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the wide CSV form: the codes of the report fields in their order, then the cells
 * of both editions in the template's order, so that one data set can mix editions, then
 * {@value #DEVIATIONS}.
 *
 * <p>The two editions' cells are merged row by row: the rows in the template's order, a row that
 * only one edition has where its edition places it (edition 2019's before edition 2021's when both
 * have a row of their own at the same place); within a row, edition 2019's columns, then the
 * columns of edition 2021 that edition 2019 lacks. A code both editions have is one column.
 */
public final class WideCsvColumns {

    /**
     * The last column: the rows of the other edition a report prints, as {@code edition:row}
     * separated by a space ({@code 2019:applications.otherHandling}); their figures stand in that
     * edition's columns of the row. Optional when reading.
     */
    public static final String DEVIATIONS = "deviations";

    private static final List<String> HEADER = build();
    private static final Map<Edition, int[]> POSITIONS = positions();

    private WideCsvColumns() {
    }

    /**
     * The header, in order.
     *
     * @return the column codes
     */
    public static List<String> header() {
        return HEADER;
    }

    /**
     * Where each cell of an edition is in the header.
     *
     * @param edition the edition
     * @return the header position of each cell, by {@link Cell#index()}; do not modify
     */
    static int[] positions(Edition edition) {
        return POSITIONS.get(edition);
    }

    private static Map<Edition, int[]> positions() {
        Map<Edition, int[]> positions = new java.util.EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            List<Cell> cells = Template.of(edition).cells();
            int[] at = new int[cells.size()];
            for (Cell cell : cells) {
                at[cell.index()] = HEADER.indexOf(cell.code());
            }
            positions.put(edition, at);
        }
        return positions;
    }

    private static List<String> build() {
        List<String> header = new ArrayList<>();
        for (ReportField field : ReportField.values()) {
            header.add(field.code());
        }
        Map<String, List<String>> rows2019 = rows(Template.of(Edition.EDITION_2019));
        Map<String, List<String>> rows2021 = rows(Template.of(Edition.EDITION_2021));
        for (String row : merge(new ArrayList<>(rows2019.keySet()), new ArrayList<>(rows2021.keySet()))) {
            List<String> columns = merge(rows2019.getOrDefault(row, List.of()), rows2021.getOrDefault(row, List.of()));
            for (String column : columns) {
                header.add(row + "." + column);
            }
        }
        header.add(DEVIATIONS);
        if (new HashSet<>(header).size() != header.size()) {
            throw new IllegalStateException("the wide CSV header repeats a code");
        }
        return List.copyOf(header);
    }

    /** The column codes of each row of an edition, by row code, in the template's order. */
    private static Map<String, List<String>> rows(Template template) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Cell cell : template.cells()) {
            rows.computeIfAbsent(cell.row().code(), r -> new ArrayList<>()).add(cell.column().code());
        }
        return rows;
    }

    /**
     * Merges two sequences keeping the order of each: an item both have once, where both have it;
     * items of one only at their place, the first sequence's first.
     */
    static List<String> merge(List<String> first, List<String> second) {
        Set<String> inFirst = new HashSet<>(first);
        Set<String> inSecond = new HashSet<>(second);
        List<String> merged = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            if (i < first.size() && j < second.size() && first.get(i).equals(second.get(j))) {
                merged.add(first.get(i++));
                j++;
            } else if (i < first.size() && !inSecond.contains(first.get(i))) {
                merged.add(first.get(i++));
            } else if (j < second.size() && !inFirst.contains(second.get(j))) {
                merged.add(second.get(j++));
            } else {
                throw new IllegalStateException("the editions order " + first + " and " + second + " differently");
            }
        }
        return merged;
    }
}
