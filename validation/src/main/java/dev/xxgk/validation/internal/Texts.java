package dev.xxgk.validation.internal;

import dev.xxgk.template.Cell;
import dev.xxgk.template.Relation;
import dev.xxgk.template.Row;
import dev.xxgk.validation.spi.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * The pieces of messages that name cells: in Chinese by the template's labels (rows by their
 * short label, such as 三（七）总计; columns by their label), in English by their codes.
 */
final class Texts {

    private Texts() {
    }

    /** A row's code without its section's, such as {@code withheld.stateSecret}. */
    static String code(Row row) {
        String code = row.code();
        return code.substring(code.indexOf('.') + 1);
    }

    /** How a cell is named in a message: its official label, or its code. */
    static LocalizedText cell(Cell cell) {
        return locale -> LocalizedText.isChinese(locale) ? cell.label() : cell.code();
    }

    /** How a row is named in a message. */
    static LocalizedText row(Row row) {
        return locale -> LocalizedText.isChinese(locale) ? row.shortLabel() : code(row);
    }

    /** How a column is named in a message: its label with its groups', or its code. */
    static LocalizedText column(Cell cell) {
        return locale -> LocalizedText.isChinese(locale) ? cell.column().fullLabel() : cell.column().code();
    }

    /** How a column is named in a message, without its groups: 本年新公开数量, or its code. */
    static LocalizedText columnShort(Cell cell) {
        return locale -> LocalizedText.isChinese(locale) ? cell.column().label() : cell.column().code();
    }

    /** A number as a term of a sum: negatives in brackets, so that 5 + (-8) reads right. */
    static String term(long value) {
        return value < 0 ? "(" + value + ")" : Long.toString(value);
    }

    /**
     * One side of an equation with its arithmetic: {@code 一 + 二 = 18 + 0 = 18}, or
     * {@code 三（七）总计 = 17} for a single cell.
     *
     * @param cells the side's cells
     * @param values their values
     * @param byColumn whether the cells are named by column (they share a row) rather than by row
     */
    static String side(List<Cell> cells, long[] values, int offset, boolean byColumn, boolean chinese) {
        StringBuilder names = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        long sum = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (i > 0) {
                names.append(" + ");
                numbers.append(" + ");
            }
            names.append(byColumn ? (chinese ? cell.column().label() : cell.column().code())
                    : (chinese ? cell.row().shortLabel() : code(cell.row())));
            numbers.append(term(values[offset + i]));
            sum += values[offset + i];
        }
        return cells.size() == 1 ? names + " = " + numbers : names + " = " + numbers + " = " + sum;
    }

    private static String name(Cell cell, boolean byColumn, boolean chinese) {
        return byColumn ? (chinese ? cell.column().label() : cell.column().code())
                : (chinese ? cell.row().shortLabel() : code(cell.row()));
    }

    /** The blank cells of a side, by name: {@code 三（一） + 三（二）}. */
    static LocalizedText blanks(List<Cell> cells, long[] v, boolean byColumn) {
        long[] values = values(cells, v);
        return locale -> {
            boolean chinese = LocalizedText.isChinese(locale);
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (values[i] == Plan.BLANK) {
                    names.append(names.length() == 0 ? "" : chinese ? "、" : ", ").append(name(cells.get(i), byColumn, chinese));
                }
            }
            return names.toString();
        };
    }

    /** The filled cells of a side with their arithmetic: {@code 三（三） + 三（四） = 4 + 5 = 9}. */
    static LocalizedText known(List<Cell> cells, long[] v, boolean byColumn) {
        long[] values = values(cells, v);
        return locale -> {
            boolean chinese = LocalizedText.isChinese(locale);
            StringBuilder names = new StringBuilder();
            StringBuilder numbers = new StringBuilder();
            long sum = 0;
            int n = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (values[i] != Plan.BLANK) {
                    names.append(n == 0 ? "" : " + ").append(name(cells.get(i), byColumn, chinese));
                    numbers.append(n == 0 ? "" : " + ").append(term(values[i]));
                    sum += values[i];
                    n++;
                }
            }
            return n == 1 ? names + " = " + numbers : names + " = " + numbers + " = " + sum;
        };
    }

    private static long[] values(List<Cell> cells, long[] v) {
        long[] values = new long[cells.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = v[cells.get(i).index()];
        }
        return values;
    }

    /** The message of a broken relation of the catalogue. */
    static final class RelationText implements LocalizedText {

        private final BuiltInRule rule;
        private final Relation relation;
        private final long[] values;

        RelationText(BuiltInRule rule, Relation relation, long[] values) {
            this.rule = rule;
            this.relation = relation;
            this.values = values;
        }

        @Override
        public String in(Locale locale) {
            boolean chinese = LocalizedText.isChinese(locale);
            Cell anchor = relation.anchor();
            boolean byColumn = relation.left().stream().allMatch(c -> c.row().equals(anchor.row()));
            String context = byColumn ? row(anchor.row()).in(locale) : column(anchor).in(locale);
            String left = side(relation.left(), values, 0, byColumn, chinese);
            String right = side(relation.right(), values, relation.left().size(), byColumn, chinese);
            return Msg.of("violation." + rule.id(), context, left, right, anchor.table().heading()).in(locale);
        }
    }
}
