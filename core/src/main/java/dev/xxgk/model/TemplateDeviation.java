package dev.xxgk.model;

import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A row a report prints that its edition's template does not have: the figures are kept as
 * printed, never split into the template's rows nor dropped. 淮安市洪泽区 2023 and 2024, for
 * example, print the 2021 tables but section 三's single 2019 row {@code （六）其他处理} instead of
 * its three 2021 rows; read as edition 2021, those three rows stay blank and the printed row is
 * kept here, with the codes of the edition it belongs to.
 *
 * <p>The row is one of {@link #rowsOutside(Edition)}: a row of the other edition's template whose
 * code the report's own edition does not have (of edition 2019 in a report of edition 2021:
 * {@code proactiveDisclosure.otherServices}, {@code proactiveDisclosure.procurement},
 * {@code applications.otherHandling}; of edition 2021 in a report of edition 2019: the three rows
 * {@code applications.otherHandling.*}). {@link AnnualReport} checks that; this record checks
 * that the row exists in its edition's template, with every one of its columns.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the row's code in the edition it belongs to, such as {@code applications.otherHandling}
 * @param label the row's label as the template of that edition prints it, such as {@code （六）其他处理}
 * @param edition the edition whose template has the row
 * @param cells the printed figures by column code, one for every column of the row's table, in the
 *     columns' order; a figure not printed is blank
 */
public record TemplateDeviation(String path, String label, Edition edition, Map<String, CellValue> cells) {

    /**
     * Rejects what cannot exist: a null, a row its edition's template does not have, a label other
     * than the template's, a column the row's table does not have or lacks, or a value of the wrong
     * kind (money in a count's column). Copies the cells in the columns' order.
     *
     * @param path the row's code in the edition it belongs to
     * @param label the row's label in that edition's template
     * @param edition the edition whose template has the row
     * @param cells the printed figures by column code
     * @throws IllegalArgumentException if the row, its label, its columns or a value do not fit
     *     the template of {@code edition}
     */
    public TemplateDeviation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(cells, "cells");
        Table table = Rows.table(edition, path);
        Row row = Rows.row(edition, path);
        if (!label.equals(row.label())) {
            throw new IllegalArgumentException("label of row " + path + " of edition " + edition.code() + " must be \""
                    + row.label() + "\", was \"" + label + "\"");
        }
        Map<String, CellValue> copy = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            CellValue value = cells.get(column.code());
            if (value == null) {
                throw new IllegalArgumentException("cells of row " + path + " of edition " + edition.code()
                        + " must hold every column " + Rows.columns(table) + ", lacks " + column.code());
            }
            Cell cell = table.cell(row, column);
            if (cell.kind().isCount() != (value instanceof Count)
                    || (cell.kind() == CellKind.MONEY_WAN_YUAN && !value.isBlank()
                            && ((Money) value).unit() != MoneyUnit.WAN_YUAN)) {
                throw new IllegalArgumentException("cell " + path + "." + column.code() + " of edition " + edition.code()
                        + " holds " + (cell.kind().isCount() ? "a count" : "money") + ", was given "
                        + value.getClass().getSimpleName() + " " + value);
            }
            copy.put(column.code(), value);
        }
        if (copy.size() != cells.size()) {
            for (String key : cells.keySet()) {
                if (!copy.containsKey(Objects.requireNonNull(key, "column"))) {
                    throw new IllegalArgumentException("cells of row " + path + " of edition " + edition.code()
                            + " must be keyed by the columns " + Rows.columns(table) + ", has " + key);
                }
            }
        }
        cells = Collections.unmodifiableMap(copy);
    }

    /**
     * A deviation with the label its edition's template gives the row.
     *
     * @param edition the edition whose template has the row
     * @param path the row's code in that edition
     * @param cells the printed figures by column code, one for every column of the row's table
     * @return the deviation
     * @throws IllegalArgumentException if the row, its columns or a value do not fit the template
     */
    public static TemplateDeviation of(Edition edition, String path, Map<String, CellValue> cells) {
        return new TemplateDeviation(path, Rows.row(Objects.requireNonNull(edition, "edition"),
                Objects.requireNonNull(path, "path")).label(), edition, cells);
    }

    /**
     * The rows a report of an edition can keep as deviations: those of the other edition's
     * template whose code its own template does not have, in the other template's order.
     *
     * @param reportEdition the edition of the report
     * @return the rows, unmodifiable
     */
    public static List<Row> rowsOutside(Edition reportEdition) {
        return Rows.OUTSIDE.get(Objects.requireNonNull(reportEdition, "reportEdition"));
    }

    /**
     * The row in its edition's template.
     *
     * @return the row
     */
    public Row row() {
        return Rows.row(edition, path);
    }

    /**
     * The table of the row in its edition's template, whose columns the cells are keyed by.
     *
     * @return the table
     */
    public Table table() {
        return Rows.table(edition, path);
    }

    /** The rows of each edition by code, and the tables they are in. */
    private static final class Rows {
        private static final Map<Edition, Map<String, Row>> ROWS = new EnumMap<>(Edition.class);
        private static final Map<Edition, Map<String, Table>> TABLES = new EnumMap<>(Edition.class);
        private static final Map<Edition, List<Row>> OUTSIDE = new EnumMap<>(Edition.class);

        static {
            for (Edition edition : Edition.values()) {
                Map<String, Row> rows = new LinkedHashMap<>();
                Map<String, Table> tables = new LinkedHashMap<>();
                for (Table table : Template.of(edition).tables()) {
                    for (Row row : table.rows()) {
                        rows.put(row.code(), row);
                        tables.put(row.code(), table);
                    }
                }
                ROWS.put(edition, rows);
                TABLES.put(edition, tables);
            }
            for (Edition edition : Edition.values()) {
                List<Row> outside = new ArrayList<>();
                for (Edition other : Edition.values()) {
                    if (other != edition) {
                        for (Row row : ROWS.get(other).values()) {
                            if (!ROWS.get(edition).containsKey(row.code())) {
                                outside.add(row);
                            }
                        }
                    }
                }
                OUTSIDE.put(edition, List.copyOf(outside));
            }
        }

        static Row row(Edition edition, String path) {
            Row row = ROWS.get(edition).get(path);
            if (row == null) {
                throw new IllegalArgumentException("path must be a row of the template of edition " + edition.code()
                        + ", was " + path);
            }
            return row;
        }

        static Table table(Edition edition, String path) {
            row(edition, path);
            return TABLES.get(edition).get(path);
        }

        static boolean has(Edition edition, String path) {
            return ROWS.get(edition).containsKey(path);
        }

        static String columns(Table table) {
            StringBuilder all = new StringBuilder();
            for (Column column : table.columns()) {
                all.append(all.length() == 0 ? "" : ", ").append(column.code());
            }
            return all.toString();
        }
    }

    /** Whether a report of an edition can keep this deviation, or why not; null when it can. */
    static String problemIn(Edition reportEdition, TemplateDeviation deviation) {
        if (deviation.edition == reportEdition) {
            return "is of edition " + reportEdition.code() + ", the report's own: a deviation is a row of another edition";
        }
        if (Rows.has(reportEdition, deviation.path)) {
            return "is row " + deviation.path + ", which edition " + reportEdition.code()
                    + " has too: a deviation is a row the report's edition does not have";
        }
        return null;
    }

    /** The first row two deviations share, or null. */
    static String repeated(List<TemplateDeviation> deviations) {
        if (deviations.size() < 2) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (TemplateDeviation deviation : deviations) {
            if (!seen.add(deviation.edition.code() + ":" + deviation.path)) {
                return deviation.path;
            }
        }
        return null;
    }
}
