package dev.xxgk.benchmarks.beanvalidation;

import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Validator.validate(report)} of Hibernate Validator 9, which runs the class-level
 * constraint {@link dev.xxgk.constraint.ConsistentReport} of {@link AnnualReport}, against calling
 * the validator that constraint runs ({@link ReportValidator#standard()}) directly. The factory is
 * built once, before measuring: bootstrapping is not measured. A third benchmark measures Hibernate
 * Validator alone: the same call on an object whose one class-level constraint does nothing; a
 * fourth the engine followed by the message of each violation, which Bean Validation always makes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class BeanValidationBenchmark {

    @Param({"valid-2021", "faults-2021"})
    public String report;

    private AnnualReport subject;
    private ValidatorFactory factory;
    private Validator validator;
    private ReportValidator engine;
    private Holder holder;

    /** An object of the same shape as a report to Hibernate Validator: one class-level constraint. */
    @AlwaysValid
    public record Holder(AnnualReport report) {
    }

    @Setup
    public void setUp() {
        subject = Reports.named(report);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        engine = ReportValidator.standard();
        holder = new Holder(subject);
        boolean valid = report.startsWith("valid");
        Reports.check(beanValidation().isEmpty() == valid, "Bean Validation disagrees on " + report);
        Reports.check(engine().isValid() == valid, "the engine disagrees on " + report);
    }

    @TearDown
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public Set<ConstraintViolation<AnnualReport>> beanValidation() {
        return validator.validate(subject);
    }

    @Benchmark
    public Set<ConstraintViolation<Holder>> hibernateValidatorAlone() {
        return validator.validate(holder);
    }

    @Benchmark
    public ValidationResult engine() {
        return engine.validate(subject);
    }

    /**
     * The engine, then every violation's message in the default locale: what a caller of the engine
     * pays for what Bean Validation hands over, a message per violation.
     *
     * @return the length of the messages
     */
    @Benchmark
    public int engineWithMessages() {
        int length = 0;
        Locale locale = Locale.getDefault();
        for (Violation violation : engine.validate(subject).violations()) {
            length += violation.message(locale).length();
        }
        return length;
    }
}
