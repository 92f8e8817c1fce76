package dev.xxgk.template;

import java.util.List;
import java.util.Objects;

/**
 * An arithmetic relation of the template: the sum of the cells on the left equals the sum of the
 * cells on the right. The relations are the template's own 勾稽关系 and the sums its tables imply;
 * rules check them and readers of published text use them to resolve damaged rows.
 *
 * @param ruleId the public id of the rule that checks the relation, e.g. {@code APP-BALANCE}
 * @param left the cells summed on the left
 * @param right the cells summed on the right; the last is the {@linkplain #anchor() anchor}
 */
public record Relation(String ruleId, List<Cell> left, List<Cell> right) {

    /** Rejects nulls and empty sides, and copies the lists. */
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
}
