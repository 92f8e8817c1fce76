package dev.xxgk.benchmarks.rules;

import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The standard validator on a report already in memory: a valid report of each edition and the
 * same with a typo. {@code rules} is every rule but TEXT-TABLE, which reads the texts sentence by
 * sentence; {@code all} is every rule, the texts included. Run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} is the allocation per report, which must be 0 for a valid one under
 * {@code rules}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RulesBenchmark {

    @Param({"valid-2019", "valid-2021", "faults-2019", "faults-2021"})
    public String report;

    @Param({"rules", "all"})
    public String rules;

    private AnnualReport subject;
    private ReportValidator validator;

    @Setup
    public void setUp() {
        validator = rules.equals("all") ? ReportValidator.standard()
                : ReportValidator.standard().toBuilder().disable("TEXT-TABLE").build();
        subject = Reports.named(report);
        ValidationResult result = validator.validate(subject);
        Reports.check(report.startsWith("valid") == (result == ValidationResult.empty()),
                report + " gave " + result);
    }

    @Benchmark
    public ValidationResult validate() {
        return validator.validate(subject);
    }
}
