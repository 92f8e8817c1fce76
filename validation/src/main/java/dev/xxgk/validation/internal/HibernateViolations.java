package dev.xxgk.validation.internal;

import dev.xxgk.validation.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What {@link ConsistentReportValidator} does with Hibernate Validator's context: the message
 * left to the interpolator (its locale) through message parameters, the {@link Violation} as the
 * dynamic payload. Only {@link HibernateConstraintValidatorContext#addMessageParameter(String, Object)}
 * and {@link HibernateConstraintValidatorContext#withDynamicPayload(Object)} are used, which exist
 * in every release from 6.0 (Spring Boot 3 runs 8.0, Boot 4 runs 9).
 *
 * <p>Hibernate Validator is an optional dependency: this class is loaded only after
 * {@link #PRESENT} found its context type, so other providers never load it.
 */
final class HibernateViolations {

    private static final String CONTEXT = "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

    // the guard: resolving the type from this class's loader and module, where the provider would
    static final boolean PRESENT = present();

    private final HibernateConstraintValidatorContext context;

    private HibernateViolations(HibernateConstraintValidatorContext context) {
        this.context = context;
    }

    private static boolean present() {
        try {
            Class<?> type = Class.forName(CONTEXT, false, HibernateViolations.class.getClassLoader());
            return HibernateViolations.class.getModule().canRead(type.getModule());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Hibernate Validator's view of a context.
     *
     * @param context the context
     * @return the view, or {@code null} when the provider is not Hibernate Validator
     */
    static HibernateViolations of(ConstraintValidatorContext context) {
        if (!PRESENT) {
            return null;
        }
        return Unwrap.of(context);
    }

    /**
     * A violation's builder, with its message parameters and payload set.
     *
     * @param violation the SDK's violation
     * @return the builder of its constraint violation
     */
    ConstraintViolationBuilder builder(Violation violation) {
        context.addMessageParameter("rule", violation.ruleId().toString())
                .addMessageParameter("messageEn", violation.message(Locale.ENGLISH))
                .addMessageParameter("messageZh", violation.message(Locale.SIMPLIFIED_CHINESE))
                .withDynamicPayload(violation);
        return context.buildConstraintViolationWithTemplate(ConsistentReportValidator.VIOLATION_TEMPLATE);
    }

    // kept apart so that the instanceof test, which names the type, runs only when PRESENT
    private static final class Unwrap {
        static HibernateViolations of(ConstraintValidatorContext context) {
            return context instanceof HibernateConstraintValidatorContext hibernate ? new HibernateViolations(hibernate)
                    : null;
        }
    }
}
