package dev.xxgk.examples.beanvalidation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;

/**
 * Example: Bean Validation of a {@link Submission}, as a web framework would run it on a request.
 *
 * <p>The {@link ValidatorFactory} is built once and shared; with {@code xxgk-validation} on the
 * class path or module path, Hibernate Validator finds the report's constraint validator by
 * itself.
 */
public final class SubmissionCheck implements AutoCloseable {

    private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private final Validator validator = factory.getValidator();

    /**
     * The problems of a submission, as {@code property path: message} lines in path order.
     *
     * @param submission the submission
     * @return the problems, empty when it is valid
     */
    public List<String> problems(Submission submission) {
        return validator.validate(submission).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Submission> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .toList();
    }

    @Override
    public void close() {
        factory.close();
    }
}
