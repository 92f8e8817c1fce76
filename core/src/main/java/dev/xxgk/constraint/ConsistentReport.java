package dev.xxgk.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the annotated report passes the rules of the xxgk rule
 * engine. {@link dev.xxgk.model.AnnualReport} carries it twice, so {@code Validator.validate(report)}
 * checks every rule once the module {@code xxgk-validation} (which provides the constraint
 * validator through {@code ServiceLoader}) is present; without that module, the provider reports
 * that no validator is found for the constraint:
 *
 * <ul>
 *   <li>in the default group, with the {@link Profile#FILING filing} profile;
 *   <li>in the group {@link Audit}, with the {@link Profile#AUDIT audit} profile.
 * </ul>
 *
 * <p>So a published report is checked with the audit profile instead of, not as well as, the
 * filing one, by validating that group: {@code validator.validate(report, ConsistentReport.Audit.class)},
 * in Spring {@code @Validated(ConsistentReport.Audit.class) @RequestBody AnnualReport report}, and
 * on a field that cascades:
 *
 * <pre>{@code
 * record Publication(@Valid @ConvertGroup(to = ConsistentReport.Audit.class) AnnualReport report) {}
 * }</pre>
 *
 * <p>The constraint can also be put on a field, parameter or record component of type
 * {@code AnnualReport} that is not cascaded ({@code @ConsistentReport(profile = AUDIT)} without
 * {@code @Valid}, which the report does not need: it has no other constraint): then that check
 * alone runs. With {@code @Valid} as well, the cascade runs the report's own filing check too.
 *
 * <p>A violation's {@code getInvalidValue()} is the report, the value the constraint is
 * validated on; the cell's value is {@code ReportConstraintViolations.cellValue(violation)} of the
 * module {@code xxgk-validation}.
 *
 * <p>Each rule violation of severity error (and warning, with {@link #includeWarnings()}) becomes one
 * {@code ConstraintViolation} whose property path is the cell's code, such as
 * {@code applications.granted.total}. With Hibernate Validator, its message is interpolated in
 * the locale the validator's message interpolator resolves (Chinese for {@code zh}, English
 * otherwise) from the keys {@code dev.xxgk.constraint.ConsistentReport.violation} of the bundles
 * {@code ContributorValidationMessages} (which an application's {@code ValidationMessages} may
 * override, with the parameters {@code {rule}}, {@code {messageEn}} and {@code {messageZh}}), and
 * {@code HibernateConstraintViolation.getDynamicPayload(Violation.class)} gives the SDK's
 * {@code dev.xxgk.validation.Violation}; other providers get the message in the JVM's default
 * locale and no payload.
 */
@SuppressWarnings("exports") // jakarta.validation is optional: users who validate have it
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ConsistentReport.List.class)
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
     * The rule profile.
     *
     * @return {@link Profile#FILING} unless set
     */
    Profile profile() default Profile.FILING;

    /**
     * Whether rules of severity warning also become constraint violations. By default only
     * errors do, so that a report with warnings alone is valid.
     *
     * @return true to report warnings too
     */
    boolean includeWarnings() default false;

    /**
     * The rule profile of the check: which report is being checked, which decides how strict
     * blank cells are. The same two profiles as {@code dev.xxgk.validation.Profile}, which this
     * module cannot name.
     */
    enum Profile {

        /** A vendor's own export, before filing: a blank cell is an error. */
        FILING,

        /** A report as published: a blank cell is a warning. */
        AUDIT
    }

    /**
     * The validation group of the check with the {@link Profile#AUDIT audit} profile that
     * {@link dev.xxgk.model.AnnualReport} carries.
     */
    interface Audit {
    }

    /**
     * Several {@link ConsistentReport} constraints on one element, as {@link dev.xxgk.model.AnnualReport}
     * carries them.
     */
    @Documented
    @Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ConsistentReport[] value();
    }
}
