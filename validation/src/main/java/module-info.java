/**
 * xxgk validation: the rule engine and its Jakarta Bean Validation constraint validator. The
 * generators of reports for property-based tests are in the artifact {@code xxgk-testkit}.
 *
 * <p>Rules added by vendors are found through {@link dev.xxgk.validation.spi.ReportRule}; the
 * validator of {@link dev.xxgk.constraint.ConsistentReport} is provided to Hibernate Validator,
 * which creates it by reflection and so needs the implementation package opened to it.
 */
module dev.xxgk.validation {
    requires transitive dev.xxgk.core;
    requires jakarta.validation;
    // optional: used only when the provider is Hibernate Validator (see ConsistentReportValidator)
    requires static org.hibernate.validator;

    exports dev.xxgk.validation;
    exports dev.xxgk.validation.spi;
    exports dev.xxgk.validation.aggregate;

    opens dev.xxgk.validation.internal to org.hibernate.validator;

    uses dev.xxgk.validation.spi.ReportRule;

    provides jakarta.validation.ConstraintValidator with dev.xxgk.validation.internal.ConsistentReportValidator;
}
