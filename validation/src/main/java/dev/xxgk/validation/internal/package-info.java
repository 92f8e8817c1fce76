/**
 * The implementation of the rule engine: the rules, the compiled catalogue they read, the message
 * bundles, and the validator of {@link dev.xxgk.constraint.ConsistentReport}. Not exported; opened
 * to Hibernate Validator, which creates the constraint validator by reflection.
 */
package dev.xxgk.validation.internal;
