package dev.xxgk.validation;

import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Runs our framework-neutral generators under QuickTheories: a {@link RandomGenerator} whose
 * every draw is a draw of QuickTheories, so that QuickTheories replays a failing case and shrinks
 * it, each draw towards 0, which the generators turn into small figures and zero counts.
 */
final class QuickTheoriesRandom implements RandomGenerator {

    private static final Constraint ANY_LONG = Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE).withShrinkPoint(0);

    /** The number of examples per property: {@code -Dxxgk.property.tries}, 1000 unless set. */
    static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    private final RandomnessSource source;

    private QuickTheoriesRandom(RandomnessSource source) {
        this.source = source;
    }

    /**
     * A QuickTheories generator of what a function makes from a {@link RandomGenerator}.
     *
     * @param generator e.g. {@code random -> ReportGenerator.valid(random, edition)}
     * @return the QuickTheories generator
     */
    static <T> Gen<T> gen(java.util.function.Function<RandomGenerator, T> generator) {
        return source -> generator.apply(new QuickTheoriesRandom(source));
    }

    @Override
    public long nextLong() {
        return source.next(ANY_LONG);
    }
}
