package dev.xxgk.template;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An arithmetic relation of the template: the sum of the cells on the left equals the sum of the
 * cells on the right. The relations are the template's own 勾稽关系 and the sums its tables imply;
 * rules check them and readers of published text use them to resolve damaged rows.
 *
 * <p>{@link #evaluate(long[])} is the one evaluator of relations in the SDK: the rule engine and the
 * readers of published forms both call it, on an array of values indexed by {@link Cell#index()}
 * with {@link #BLANK} for a blank cell.
 *
 * @param ruleId the public id of the rule that checks the relation, e.g. {@code APP-BALANCE}
 * @param left the cells summed on the left
 * @param right the cells summed on the right; the last is the {@linkplain #anchor() anchor}
 */
public record Relation(RuleId ruleId, List<Cell> left, List<Cell> right) {

    /** The value of a blank cell in an array of values: no {@code int} count can take it. */
    public static final long BLANK = Long.MIN_VALUE;

    /**
     * Rejects nulls and empty sides, and copies the lists.
     *
     * @param ruleId the public id of the rule that checks the relation, e.g. {@code APP-BALANCE}
     * @param left the cells summed on the left
     * @param right the cells summed on the right; the last is the {@linkplain #anchor() anchor}
     */
    public Relation {
        Objects.requireNonNull(ruleId, "ruleId");
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("a relation needs cells on both sides");
        }
    }

    /**
     * The cell a violation of the relation is reported on: the total, or the balancing figure.
     *
     * @return the last cell of the right side
     */
    public Cell anchor() {
        return right.get(right.size() - 1);
    }

    /**
     * Whether a cell takes part in the relation.
     *
     * @param cell a cell
     * @return true if it is on either side
     */
    public boolean involves(Cell cell) {
        return left.contains(cell) || right.contains(cell);
    }

    /**
     * Evaluates the relation on an array of values.
     *
     * @param values the figures of a report by {@link Cell#index()}, {@link #BLANK} for a blank cell
     * @return {@link RelationOutcome#HOLDS}, {@link RelationOutcome#UNCHECKED} if a cell of either side is
     *     blank, or a {@link RelationOutcome.Broken} with both sums; only a broken relation allocates
     * @throws ArrayIndexOutOfBoundsException if the array is shorter than the template's cells
     */
    public RelationOutcome evaluate(long[] values) {
        long l = 0;
        for (int i = 0, n = left.size(); i < n; i++) {
            long v = values[left.get(i).index()];
            if (v == BLANK) {
                return RelationOutcome.UNCHECKED;
            }
            l += v;
        }
        long r = 0;
        for (int i = 0, n = right.size(); i < n; i++) {
            long v = values[right.get(i).index()];
            if (v == BLANK) {
                return RelationOutcome.UNCHECKED;
            }
            r += v;
        }
        return l == r ? RelationOutcome.HOLDS : new RelationOutcome.Broken(l, r);
    }

    /**
     * Evaluates the relation on a report.
     *
     * @param report a report of the edition of the relation's cells
     * @return the outcome, as {@link #evaluate(long[])}
     * @throws IllegalArgumentException if the report is of another edition
     */
    public RelationOutcome evaluate(AnnualReport report) {
        long[] values = new long[Template.of(anchor().table().edition()).cells().size()];
        for (Cell cell : cells()) {
            Count count = cell.count(report);
            values[cell.index()] = count.isBlank() ? BLANK : count.value();
        }
        return evaluate(values);
    }

    /**
     * The value that makes the relation hold when exactly one of its cells is blank.
     *
     * @param values the figures by {@link Cell#index()}, {@link #BLANK} for a blank cell
     * @return the value the one blank cell must take, which may be negative; empty if no cell or
     *     more than one cell is blank (a cell on both sides counts once per side)
     */
    public OptionalLong solve(long[] values) {
        int blanks = 0;
        int blankSide = 0;
        long l = 0;
        long r = 0;
        for (Cell cell : left) {
            long v = values[cell.index()];
            if (v == BLANK) {
                blanks++;
                blankSide = -1;
            } else {
                l += v;
            }
        }
        for (Cell cell : right) {
            long v = values[cell.index()];
            if (v == BLANK) {
                blanks++;
                blankSide = 1;
            } else {
                r += v;
            }
        }
        if (blanks != 1) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(blankSide < 0 ? r - l : l - r);
    }

    /**
     * What a relation with blank cells still implies, counts being at least zero: when one side has
     * a blank cell and the other none, the filled cells of the first cannot add up to more than the
     * second. Cells that must not be negative are the only ones the template's relations add, so
     * a blank can only add to its side.
     *
     * @param values the figures by {@link Cell#index()}, {@link #BLANK} for a blank cell
     * @return {@link RelationOutcome#HOLDS} when the filled cells are within the bound;
     *     {@link RelationOutcome#UNCHECKED} when no cell is blank (use {@link #evaluate(long[])}), both
     *     sides have blank cells, or a filled cell is negative; a {@link RelationOutcome.Broken} whose
     *     {@code left} is the sum of the filled cells of the side with blanks and {@code right} the sum
     *     of the other side, when the first exceeds the second
     */
    public RelationOutcome bound(long[] values) {
        long l = 0;
        long r = 0;
        boolean leftBlank = false;
        boolean rightBlank = false;
        for (int i = 0, n = left.size(); i < n; i++) {
            long v = values[left.get(i).index()];
            if (v == BLANK) {
                leftBlank = true;
            } else if (v < 0) {
                return RelationOutcome.UNCHECKED;
            } else {
                l += v;
            }
        }
        for (int i = 0, n = right.size(); i < n; i++) {
            long v = values[right.get(i).index()];
            if (v == BLANK) {
                rightBlank = true;
            } else if (v < 0) {
                return RelationOutcome.UNCHECKED;
            } else {
                r += v;
            }
        }
        if (leftBlank == rightBlank) {
            return RelationOutcome.UNCHECKED;
        }
        long partial = leftBlank ? l : r;
        long full = leftBlank ? r : l;
        return partial <= full ? RelationOutcome.HOLDS : new RelationOutcome.Broken(partial, full);
    }

    /**
     * The cells of both sides, left then right.
     *
     * @return the cells
     */
    public List<Cell> cells() {
        List<Cell> all = new ArrayList<>(left.size() + right.size());
        all.addAll(left);
        all.addAll(right);
        return all;
    }
}
