package dev.xxgk.benchmarks.beanvalidation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level constraint whose validator does nothing and holds: what Hibernate Validator costs
 * by itself for one class-level constraint on one object.
 */
@Constraint(validatedBy = AlwaysValid.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AlwaysValid {

    /** @return the message */
    String message() default "never reported";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The validator: every object holds. */
    final class Validator implements ConstraintValidator<AlwaysValid, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return true;
        }
    }
}
