package dev.xxgk.examples.beanvalidation;

import dev.xxgk.model.AnnualReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Example: an application that already validates its requests with {@code jakarta.validation}
 * takes a report as one field of its own request type.
 *
 * <p>{@link AnnualReport} carries {@link dev.xxgk.constraint.ConsistentReport}, so {@code @Valid}
 * is all it takes: every rule violation becomes a {@code ConstraintViolation} whose property path
 * runs through this field to the cell, such as {@code report.applications.granted.total}.
 *
 * @param contact who answers for the report
 * @param report the report
 */
public record Submission(@NotBlank @Email String contact, @NotNull @Valid AnnualReport report) {
}
