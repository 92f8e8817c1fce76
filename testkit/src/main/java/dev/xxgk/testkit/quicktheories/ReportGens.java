package dev.xxgk.testkit.quicktheories;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.testkit.BrokenReport;
import dev.xxgk.testkit.ReportGenerator;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The generators of {@link ReportGenerator} as QuickTheories {@link Gen}s that shrink.
 *
 * <pre>{@code
 * qt().forAll(ReportGens.valid(Edition.EDITION_2021))
 *     .checkAssert(report -> assertTrue(validator.validate(report).isValid()));
 * }</pre>
 *
 * <p>Every draw the generator makes from its {@link RandomGenerator} is a draw of QuickTheories,
 * so QuickTheories replays a failing case and shrinks it, each draw towards 0, which the
 * generators turn into small figures and zero counts: a failing report is cut down to a handful
 * of non-zero cells. QuickTheories ({@code org.quicktheories:quicktheories}) is an optional
 * dependency of this artifact: declare it in your test scope to use this class.
 *
 * <p>Stateless; the generators returned are thread-safe as QuickTheories uses them. No method
 * accepts or returns {@code null}.
 */
public final class ReportGens {

    private static final Constraint ANY_LONG = Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE).withShrinkPoint(0);

    private ReportGens() {
    }

    /**
     * A QuickTheories generator of what a function makes from a {@link RandomGenerator}.
     *
     * @param <T> what is made
     * @param generator e.g. {@code random -> ReportGenerator.followingYear(random, previous)}
     * @return the generator, which shrinks every draw towards 0
     */
    public static <T> Gen<T> of(Function<RandomGenerator, T> generator) {
        Objects.requireNonNull(generator, "generator");
        return source -> generator.apply(new Draws(source));
    }

    /**
     * Valid reports of an edition: {@link ReportGenerator#valid(RandomGenerator, Edition)}.
     *
     * @param edition the edition
     * @return the generator
     */
    public static Gen<AnnualReport> valid(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.valid(random, edition));
    }

    /**
     * Valid reports of an edition with some cells blank:
     * {@link ReportGenerator#withBlanks(RandomGenerator, Edition)}.
     *
     * @param edition the edition
     * @return the generator
     */
    public static Gen<AnnualReport> withBlanks(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.withBlanks(random, edition));
    }

    /**
     * Valid reports of an edition that keep rows of the other edition as printed:
     * {@link ReportGenerator#withDeviations(RandomGenerator, Edition)}.
     *
     * @param edition the edition
     * @return the generator
     */
    public static Gen<AnnualReport> withDeviations(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.withDeviations(random, edition));
    }

    /**
     * Reports of an edition with exactly one rule broken:
     * {@link ReportGenerator#broken(RandomGenerator, Edition)}.
     *
     * @param edition the edition
     * @return the generator
     */
    public static Gen<BrokenReport> broken(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return of(random -> ReportGenerator.broken(random, edition));
    }

    /** A random generator whose every draw is one of QuickTheories. */
    private static final class Draws implements RandomGenerator {

        private final RandomnessSource source;

        Draws(RandomnessSource source) {
            this.source = source;
        }

        @Override
        public long nextLong() {
            return source.next(ANY_LONG);
        }
    }
}
