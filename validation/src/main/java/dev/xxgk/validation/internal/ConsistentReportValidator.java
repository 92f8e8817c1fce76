package dev.xxgk.validation.internal;

import dev.xxgk.constraint.ConsistentReport;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.Locale;

/**
 * The validator of {@link ConsistentReport}: runs {@link ReportValidator#standard(Profile)} of the
 * annotation's profile and turns each violation of severity error (and warning, when the
 * annotation includes warnings) into one constraint violation whose property path is the cell's
 * code, node by node. Found by the provider through {@code ServiceLoader}
 * ({@code META-INF/services/jakarta.validation.ConstraintValidator} and {@code provides} in
 * {@code module-info}).
 *
 * <p>Under Hibernate Validator (6.0 or later: {@link HibernateViolations}) the message is left to
 * the interpolator, so it comes out in the locale the interpolator resolves, and the SDK's
 * {@link Violation} is the dynamic payload. Under any other provider the message is resolved here
 * in the JVM's default locale and escaped, so that interpolation leaves it as it is.
 */
public final class ConsistentReportValidator implements ConstraintValidator<ConsistentReport, AnnualReport> {

    /** The key of the message in the bundles {@code ContributorValidationMessages}. */
    public static final String VIOLATION_TEMPLATE = "{dev.xxgk.constraint.ConsistentReport.violation}";

    private ReportValidator validator;
    private boolean includeWarnings;

    /**
     * The instance the provider and {@code ServiceLoader} create. Hibernate Validator creates one
     * of every provided validator when it starts, so nothing is loaded here.
     */
    public ConsistentReportValidator() {
    }

    @Override
    public void initialize(ConsistentReport annotation) {
        validator = ReportValidator.standard(profile(annotation.profile()));
        includeWarnings = annotation.includeWarnings();
    }

    /**
     * The engine's profile of the annotation's.
     *
     * @param profile the annotation's profile
     * @return the same profile of the engine
     */
    static Profile profile(ConsistentReport.Profile profile) {
        return switch (profile) {
            case FILING -> Profile.FILING;
            case AUDIT -> Profile.AUDIT;
        };
    }

    @Override
    public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        ValidationResult result = (validator == null ? ReportValidator.standard() : validator).validate(report);
        HibernateViolations hibernate = HibernateViolations.of(context);
        boolean valid = true;
        for (Violation violation : result.violations()) {
            Severity severity = violation.severity();
            if (severity != Severity.ERROR && !(includeWarnings && severity == Severity.WARNING)) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            ConstraintViolationBuilder builder = hibernate != null
                    ? hibernate.builder(violation)
                    : context.buildConstraintViolationWithTemplate(
                            escape(violation.ruleId() + ": " + violation.message(Locale.getDefault())));
            NodeBuilderCustomizableContext node = null;
            for (String segment : violation.path().segments()) {
                node = node == null ? builder.addPropertyNode(segment) : node.addPropertyNode(segment);
            }
            node.addConstraintViolation();
        }
        return valid;
    }

    /**
     * Escapes the characters message interpolation reads ({@code { } $ \}) so a resolved message
     * stays as it is.
     *
     * @param message the message
     * @return the escaped message
     */
    public static String escape(String message) {
        StringBuilder escaped = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
