package dev.xxgk.template;

/**
 * What evaluating a {@link Relation} on a report's figures found: it holds, it is broken (with both
 * sides' sums), or it could not be checked because a cell in it is blank. A blank cell is never
 * taken as zero.
 *
 * <p>This is the one evaluation of the template's relations: the rule engine reports the broken
 * ones and the readers of published forms use the same outcomes to accept or reject a reading.
 */
public sealed interface RelationOutcome {

    /** The outcome of a relation whose two sides are equal. */
    RelationOutcome HOLDS = new Holds();

    /** The outcome of a relation with at least one blank cell: neither side is summed. */
    RelationOutcome UNCHECKED = new Unchecked();

    /**
     * Whether the relation holds.
     *
     * @return true for {@link Holds}
     */
    default boolean holds() {
        return this instanceof Holds;
    }

    /**
     * Whether the relation is broken.
     *
     * @return true for {@link Broken}
     */
    default boolean isBroken() {
        return this instanceof Broken;
    }

    /** The relation holds: both sides have the same sum. */
    record Holds() implements RelationOutcome {
    }

    /** The relation could not be checked: a cell on one of its sides is blank. */
    record Unchecked() implements RelationOutcome {
    }

    /**
     * The relation does not hold.
     *
     * @param left the sum of the left side
     * @param right the sum of the right side
     */
    record Broken(long left, long right) implements RelationOutcome {
    }
}
