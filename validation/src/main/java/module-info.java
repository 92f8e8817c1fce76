/**
 * xxgk validation: the rule engine, its Jakarta Bean Validation constraint validator, and
 * generators of reports for property-based tests.
 */
module dev.xxgk.validation {
    requires transitive dev.xxgk.core;

    exports dev.xxgk.validation.generator;
}
