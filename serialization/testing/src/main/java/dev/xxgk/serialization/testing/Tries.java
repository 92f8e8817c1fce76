package dev.xxgk.serialization.testing;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.testkit.ReportGenerator;
import java.util.SplittableRandom;

/** What the property tests share: the number of tries, and a report from a seed. */
public final class Tries {

    /** Tries per property: the system property {@code xxgk.property.tries}, 1000 by default (CI's). */
    public static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);

    private Tries() {
    }

    /**
     * A generated report: every other seed a report with every cell filled, the others with blanks.
     *
     * @param seed the seed
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport report(long seed, Edition edition) {
        SplittableRandom random = new SplittableRandom(seed);
        return (seed & 1) == 0 ? ReportGenerator.valid(random, edition) : ReportGenerator.withBlanks(random, edition);
    }

    /**
     * A generated report for the formats that carry template deviations (JSON, both CSV forms, the
     * Jackson modules): as {@link #report}, but a seed divisible by 3 gives a report that keeps
     * rows of the other edition as printed ({@link ReportGenerator#withDeviations}).
     *
     * @param seed the seed
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport exchangeReport(long seed, Edition edition) {
        return seed % 3 == 0 ? ReportGenerator.withDeviations(new SplittableRandom(seed), edition) : report(seed, edition);
    }
}
