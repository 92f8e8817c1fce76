package dev.xxgk.validation;

import dev.xxgk.constraint.ConsistentReport;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.template.Cell;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of the cell a Bean Validation {@code ConstraintViolation} of
 * {@link ConsistentReport @ConsistentReport} is about.
 *
 * <p>Jakarta Validation defines {@link ConstraintViolation#getInvalidValue()} as the value the
 * constraint was validated on: for {@code @ConsistentReport}, the whole report, whether the
 * constraint is on the class or on a field, because the rules compare cells with one another and
 * so can only be checked on the report. A constraint validator can name the cell in the property
 * path, but neither the Jakarta API nor Hibernate Validator's lets it give another invalid value
 * (see {@code docs/bean-validation.md}). This is the cell's value instead,
 * resolved as Spring's {@code BindingResult} resolves a rejected value: the violation's path
 * below the report, read from the report the violation was found on (its {@code getInvalidValue()}).
 *
 * <pre>{@code
 * for (ConstraintViolation<Upload> v : validator.validate(upload)) {
 *     v.getPropertyPath();                              // report.applications.granted.total
 *     ReportConstraintViolations.cellValue(v);          // Optional[Count 3]
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportConstraintViolations {

    private ReportConstraintViolations() {
    }

    /**
     * The value of the cell or field a violation of {@code @ConsistentReport} names: a
     * {@link dev.xxgk.model.Count} or {@link dev.xxgk.model.Money} (blank or not) for a cell of a
     * table, a {@link java.time.LocalDate} for {@code publishedOn}, a {@code String} for a text,
     * the {@link dev.xxgk.model.Edition} for {@code edition}, an {@code Integer} for
     * {@code year}; for a path naming a row or a section, that record component's value.
     *
     * @param violation a constraint violation from any provider
     * @return the value, as the report holds it (a blank cell is its blank value, never zero);
     *     empty when the violation is not of {@code @ConsistentReport}, or its path names no part
     *     of the report (a message of the constraint itself, without a path below the report),
     *     or the value is null (a report without a publication date)
     * @throws NullPointerException if {@code violation} is null
     */
    public static Optional<Object> cellValue(ConstraintViolation<?> violation) {
        if (!(violation.getConstraintDescriptor() != null
                && violation.getConstraintDescriptor().getAnnotation() instanceof ConsistentReport)
                || !(violation.getInvalidValue() instanceof AnnualReport report)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        // the report's own path is a suffix: the nodes before it lead to the report (a field)
        for (int start = 0; start < names.size(); start++) {
            Optional<Optional<Object>> value = resolve(report, names.subList(start, names.size()));
            if (value.isPresent()) {
                return value.get();
            }
        }
        return Optional.empty();
    }

    // empty when the names are no path of the report; otherwise the value, which may be null
    private static Optional<Optional<Object>> resolve(AnnualReport report, List<String> names) {
        Optional<Cell> cell = report.template().findCell(String.join(".", names));
        if (cell.isPresent()) {
            return Optional.of(Optional.of(cell.get().get(report)));
        }
        Object value = report;
        for (String name : names) {
            RecordComponent component = component(value, name);
            if (component == null) {
                return Optional.empty();
            }
            try {
                value = component.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return Optional.empty();
            }
            if (value == null) {
                return Optional.of(Optional.empty());
            }
        }
        return Optional.of(Optional.of(value));
    }

    private static RecordComponent component(Object value, String name) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        if (components != null) {
            for (RecordComponent component : components) {
                if (component.getName().equals(name)) {
                    return component;
                }
            }
        }
        return null;
    }
}
