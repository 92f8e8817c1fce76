package dev.xxgk.validation.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.ApplicantCounts;
import dev.xxgk.model.Applications;
import dev.xxgk.model.CaseOutcomes;
import dev.xxgk.model.CellRow;
import dev.xxgk.model.CellTable;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.ReconsiderationAndLitigation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Column;
import dev.xxgk.template.Relation;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of one edition compiled into int arrays, so that checking a report reads each cell
 * once into a {@code long[]} and then does arithmetic on indices: no iterator, no boxing, no
 * allocation.
 */
final class Plan {

    /** The value of a blank cell in the array of values; no {@code int} count can take it. */
    static final long BLANK = Long.MIN_VALUE;

    static final byte COUNT = 0;
    static final byte SIGNED = 1;
    static final byte MONEY = 2;

    private static final Plan EDITION_2019 = new Plan(Template.of(Edition.EDITION_2019));
    private static final Plan EDITION_2021 = new Plan(Template.of(Edition.EDITION_2021));

    /** The size of the array of values that holds a report of any edition. */
    static final int MAX_CELLS = Math.max(EDITION_2019.cells.length, EDITION_2021.cells.length);

    final Template template;
    final Cell[] cells;
    final byte[] kind;

    /** The rows of section 二, read cell by cell: their types differ from band to band. */
    final int rowCount;
    final int[] rowIndex;
    final int[] rowFirst;
    final int[] rowSize;

    /** Sections 三 and 四 are blocks of {@link ApplicantCounts} and {@link CaseOutcomes}, read by type. */
    final int applicationsFirst;
    final int applicationsRows;
    final int litigationFirst;
    final int litigationRows;

    final Relation[] relations;
    final int[] relationRule;
    /** Whether a cell is a term of a relation: a blank one leaves a sum unchecked. */
    final boolean[] inSum;

    /** Edition 2019, 第二十条第（一）项: 本年新公开数量 and 对外公开总数量, per row. */
    final int[] newlyPublished;
    final int[] totalPublished;
    /** Edition 2019, 第二十条第（五）（六）（八）项: 上一年项目数量 and 本年增/减, per row. */
    final int[] previousYearItems;
    final int[] change;
    /** Edition 2019, 第二十条第（九）项; -1 in edition 2021. */
    final int procurementProjects;
    final int procurementAmount;
    /** Edition 2021, 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数, per row. */
    final int[] issued;
    final int[] repealed;
    final int[] inForce;
    /** Section 三: 二、上年结转 and 四、结转下年度, per column. */
    final int[] carriedOver;
    final int[] carriedForward;

    static Plan of(Edition edition) {
        return edition == Edition.EDITION_2019 ? EDITION_2019 : EDITION_2021;
    }

    private Plan(Template template) {
        this.template = template;
        List<Cell> all = template.cells();
        int n = all.size();
        cells = all.toArray(new Cell[0]);
        kind = new byte[n];
        for (int i = 0; i < n; i++) {
            if (cells[i].index() != i) {
                throw new IllegalStateException("cell " + cells[i] + " is not at its index " + i);
            }
            CellKind k = cells[i].kind();
            kind[i] = k == CellKind.COUNT ? COUNT : k == CellKind.SIGNED_COUNT ? SIGNED : MONEY;
        }

        List<int[]> rows = new ArrayList<>();
        for (Table table : template.tables(Section.PROACTIVE_DISCLOSURE)) {
            for (Row row : table.rows()) {
                Cell first = table.cell(row, table.columns().get(0));
                rows.add(new int[] {row.index(), first.index(), table.columns().size()});
            }
        }
        rowCount = rows.size();
        rowIndex = new int[rowCount];
        rowFirst = new int[rowCount];
        rowSize = new int[rowCount];
        for (int r = 0; r < rowCount; r++) {
            int[] row = rows.get(r);
            rowIndex[r] = row[0];
            rowFirst[r] = row[1];
            rowSize[r] = row[2];
        }
        Table applications = block(Section.APPLICATIONS, ApplicantCounts.SIZE);
        applicationsFirst = applications.cells().get(0).index();
        applicationsRows = applications.rows().size();
        Table litigation = block(Section.RECONSIDERATION_AND_LITIGATION, CaseOutcomes.SIZE);
        litigationFirst = litigation.cells().get(0).index();
        litigationRows = litigation.rows().size();
        if (rowCount == 0 || rowFirst[rowCount - 1] + rowSize[rowCount - 1] != applicationsFirst
                || applicationsFirst + applications.cells().size() != litigationFirst
                || litigationFirst + litigation.cells().size() != n) {
            throw new IllegalStateException("the cells of edition " + template.edition() + " are not in section order");
        }

        relations = template.relations().toArray(new Relation[0]);
        int m = relations.length;
        relationRule = new int[m];
        for (int k = 0; k < m; k++) {
            Relation relation = relations[k];
            BuiltInRule rule = BuiltInRule.byId(relation.ruleId().value());
            if (rule == null || rule.isCrossYear()) {
                throw new IllegalStateException("the catalogue has a relation of rule " + relation.ruleId()
                        + ", which the engine does not define");
            }
            relationRule[k] = rule.ordinal();
            if (k > 0 && relationRule[k] < relationRule[k - 1]) {
                throw new IllegalStateException("the catalogue's relations are not grouped in the order of the rules");
            }
        }

        inSum = new boolean[n];
        for (Relation relation : relations) {
            for (Cell cell : relation.cells()) {
                inSum[cell.index()] = true;
            }
        }

        boolean e2019 = template.edition() == Edition.EDITION_2019;
        newlyPublished = e2019 ? byColumn("newlyPublished") : new int[0];
        totalPublished = e2019 ? byColumn("totalPublished") : new int[0];
        previousYearItems = e2019 ? byColumn("previousYearItems") : new int[0];
        change = e2019 ? byColumn("change") : new int[0];
        procurementProjects = e2019 ? byColumn("projects")[0] : -1;
        procurementAmount = e2019 ? byColumn("totalAmount")[0] : -1;
        issued = e2019 ? new int[0] : byColumn("issued");
        repealed = e2019 ? new int[0] : byColumn("repealed");
        inForce = e2019 ? new int[0] : byColumn("inForce");
        carriedOver = applicationsRow("carriedOver");
        carriedForward = applicationsRow("carriedForward");
        if (newlyPublished.length != totalPublished.length || previousYearItems.length != change.length
                || issued.length != repealed.length || issued.length != inForce.length) {
            throw new IllegalStateException("the catalogue's bands of section 二 are not as the rules expect");
        }
        for (int i = 0; i < change.length; i++) {
            if (cells[change[i]].row() != cells[previousYearItems[i]].row()) {
                throw new IllegalStateException("本年增/减 and 上一年项目数量 are not paired row by row");
            }
        }
    }

    /**
     * The one table of a section whose rows are all of one record type of {@code size} counts, its
     * cells numbered row by row, column by column, as {@link #read} reads them.
     */
    private Table block(Section section, int size) {
        List<Table> tables = template.tables(section);
        Table table = tables.get(0);
        if (tables.size() != 1 || table.columns().size() != size) {
            throw new IllegalStateException(section + " is not one table of " + size + " columns");
        }
        int first = table.cells().get(0).index();
        for (Cell cell : table.cells()) {
            if (cell.index() != first + cell.row().index() * size + cell.column().index() || cell.kind() != CellKind.COUNT) {
                throw new IllegalStateException(cell + " is not where a block of counts has it");
            }
        }
        return table;
    }

    /** The cells of section 二 in a column of this code, in the template's order. */
    private int[] byColumn(String columnCode) {
        List<Integer> found = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.section() == Section.PROACTIVE_DISCLOSURE && cell.column().code().equals(columnCode)) {
                found.add(cell.index());
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("edition " + template.edition() + " has no column " + columnCode);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of a row of section 三, column by column. */
    private int[] applicationsRow(String rowCode) {
        Table table = template.tables(Section.APPLICATIONS).get(0);
        String code = Section.APPLICATIONS.code() + "." + rowCode;
        Row row = table.rows().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("section 三 has no row " + code));
        int[] found = new int[table.columns().size()];
        for (Column column : table.columns()) {
            found[column.index()] = table.cell(row, column).index();
        }
        return found;
    }

    /**
     * Reads every cell of a report into {@code values}: a count as its number, a blank cell as
     * {@link #BLANK}, a money amount as -1 when negative and 0 otherwise (no rule adds money).
     *
     * @return the number of blank cells times 65536 plus the number of negative values in cells
     *     that must not be negative
     */
    int read(AnnualReport report, long[] values) {
        int state = 0;
        CellTable proactive = report.proactiveDisclosure();
        for (int r = 0; r < rowCount; r++) {
            CellRow row = proactive.row(rowIndex[r]);
            int first = rowFirst[r];
            int size = rowSize[r];
            for (int c = 0; c < size; c++) {
                int i = first + c;
                CellValue value = row.cell(c);
                if (value.isBlank()) {
                    values[i] = BLANK;
                    state += 1 << 16;
                } else if (kind[i] == MONEY) {
                    boolean negative = ((Money) value).amount().signum() < 0;
                    values[i] = negative ? -1 : 0;
                    state += negative ? 1 : 0;
                } else {
                    int number = ((Count) value).value();
                    values[i] = number;
                    state += number < 0 && kind[i] == COUNT ? 1 : 0;
                }
            }
        }
        Applications applications = report.applications();
        int i = applicationsFirst;
        for (int r = 0; r < applicationsRows; r++, i += ApplicantCounts.SIZE) {
            ApplicantCounts row = applications.row(r);
            state += put(values, i, row.naturalPerson()) + put(values, i + 1, row.commercialEnterprise())
                    + put(values, i + 2, row.researchInstitution()) + put(values, i + 3, row.publicInterestOrganization())
                    + put(values, i + 4, row.legalServiceAgency()) + put(values, i + 5, row.otherOrganization())
                    + put(values, i + 6, row.total());
        }
        ReconsiderationAndLitigation litigation = report.reconsiderationAndLitigation();
        i = litigationFirst;
        for (int r = 0; r < litigationRows; r++, i += CaseOutcomes.SIZE) {
            CaseOutcomes row = litigation.row(r);
            state += put(values, i, row.upheld()) + put(values, i + 1, row.corrected()) + put(values, i + 2, row.other())
                    + put(values, i + 3, row.pending()) + put(values, i + 4, row.total());
        }
        return state;
    }

    /** Stores a count that must not be negative; returns what it adds to the state {@link #read} returns. */
    private static int put(long[] values, int i, Count count) {
        if (count.isBlank()) {
            values[i] = BLANK;
            return 1 << 16;
        }
        int number = count.value();
        values[i] = number;
        return number < 0 ? 1 : 0;
    }
}
