package dev.xxgk.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the annotated report passes the rules of the xxgk rule
 * engine. {@link dev.xxgk.model.AnnualReport} carries it, so {@code Validator.validate(report)}
 * checks every rule once the module {@code xxgk-validation} (which provides the constraint
 * validator through {@code ServiceLoader}) is present; without that module, Hibernate Validator
 * reports that no validator is found for the constraint.
 *
 * <p>Each rule violation becomes one {@code ConstraintViolation} whose property path is the
 * cell's code, such as {@code applications.granted.total}.
 */
@SuppressWarnings("exports") // jakarta.validation is optional: users who validate have it
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ConsistentReport {

    /**
     * The message of a violation that has no message of its own; rule violations carry theirs.
     *
     * @return the message template
     */
    String message() default "{dev.xxgk.constraint.ConsistentReport.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The rule profile: {@code "filing"} (a vendor's own export: blank cells are errors) or
     * {@code "audit"} (a published report: blank cells are warnings).
     *
     * @return the profile's name
     */
    String profile() default "filing";

    /**
     * Whether rules of severity warning also become constraint violations. By default only
     * errors do, so that a report with warnings alone is valid.
     *
     * @return true to report warnings too
     */
    boolean includeWarnings() default false;
}
