package dev.xxgk.template;

import dev.xxgk.model.Edition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of one edition of the template: its tables, rows, columns and cells with their
 * codes and official labels, in the template's order, and the relations between cells.
 *
 * <pre>{@code
 * Template template = Template.of(Edition.EDITION_2021);
 * Cell cell = template.cell("applications.granted.total");
 * cell.label();        // 三、本年度办理结果 （一）予以公开｜总计
 * cell.get(report);    // the value in a report
 * }</pre>
 *
 * <p>Immutable and thread-safe; there is one instance per edition.
 */
public final class Template {

    private static final Template EDITION_2019 = Definitions.build(Edition.EDITION_2019);
    private static final Template EDITION_2021 = Definitions.build(Edition.EDITION_2021);

    private final Edition edition;
    private final List<Table> tables;
    private final List<Cell> cells;
    private final Map<String, Cell> byCode;
    private final List<Relation> relations;

    Template(Edition edition, List<Table> tables, List<Relation> relations) {
        this.edition = edition;
        this.tables = List.copyOf(tables);
        List<Cell> all = new ArrayList<>();
        Map<String, Cell> codes = new LinkedHashMap<>();
        for (Table table : this.tables) {
            for (Cell cell : table.cells()) {
                all.add(cell);
                if (codes.put(cell.code(), cell) != null) {
                    throw new IllegalStateException("duplicate code " + cell.code());
                }
            }
        }
        this.cells = List.copyOf(all);
        this.byCode = Collections.unmodifiableMap(codes);
        this.relations = List.copyOf(relations);
    }

    /**
     * The catalogue of an edition.
     *
     * @param edition the edition
     * @return its template
     */
    public static Template of(Edition edition) {
        return switch (Objects.requireNonNull(edition, "edition")) {
            case EDITION_2019 -> EDITION_2019;
            case EDITION_2021 -> EDITION_2021;
        };
    }

    /**
     * The edition.
     *
     * @return the edition
     */
    public Edition edition() {
        return edition;
    }

    /**
     * The header and text fields, the same in both editions.
     *
     * @return the fields in order
     */
    public List<ReportField> fields() {
        return List.of(ReportField.values());
    }

    /**
     * Every table, in the template's order: the bands of section 二, then 三, then 四.
     *
     * @return the tables
     */
    public List<Table> tables() {
        return tables;
    }

    /**
     * The tables of one section.
     *
     * @param section a section
     * @return its tables, empty for a section of text
     */
    public List<Table> tables(Section section) {
        return tables.stream().filter(t -> t.section() == section).toList();
    }

    /**
     * The data rows of one section, in order; their {@link Row#index()} is their position here.
     *
     * @param section a section
     * @return the rows, empty for a section of text
     */
    public List<Row> rows(Section section) {
        return tables(section).stream().flatMap(t -> t.rows().stream()).toList();
    }

    /**
     * Every numeric cell, table by table and row by row; a cell's {@link Cell#index()} is its
     * position here.
     *
     * @return the cells
     */
    public List<Cell> cells() {
        return cells;
    }

    /**
     * Finds a cell by code.
     *
     * @param code a code such as {@code applications.granted.total}
     * @return the cell, or empty if this edition has no such cell
     */
    public Optional<Cell> findCell(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The cell of a code.
     *
     * @param code a code such as {@code applications.granted.total}
     * @return the cell
     * @throws IllegalArgumentException if this edition has no such cell
     */
    public Cell cell(String code) {
        Cell cell = byCode.get(Objects.requireNonNull(code, "code"));
        if (cell == null) {
            throw new IllegalArgumentException("edition " + edition + " has no cell \"" + code + "\"");
        }
        return cell;
    }

    /**
     * The arithmetic relations of the tables, grouped by rule in the order APP-BALANCE (one per
     * column of section 三), APP-OUTCOMES (one per column), APP-ROW-TOTAL (one per row),
     * LIT-TOTAL (one per group of section 四).
     *
     * @return the relations
     */
    public List<Relation> relations() {
        return relations;
    }

    /**
     * The relations checked by one rule.
     *
     * @param ruleId a rule id such as {@link RuleId#APP_BALANCE}
     * @return its relations, empty if the rule checks none
     */
    public List<Relation> relations(RuleId ruleId) {
        return relations.stream().filter(r -> r.ruleId().equals(ruleId)).toList();
    }

    @Override
    public String toString() {
        return "Template[" + edition + ", " + cells.size() + " cells]";
    }
}
