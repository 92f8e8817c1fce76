package dev.xxgk.validation.spi;

import dev.xxgk.template.Cell;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.Severity;

/**
 * What the engine gives a {@link ReportRule} while it checks a report: where violations go, and
 * the settings that apply. Implemented by the engine; a context is valid only during the call it
 * is passed to, on that call's thread.
 */
public interface RuleContext {

    /**
     * The profile of the validator.
     *
     * @return the profile
     */
    Profile profile();

    /**
     * The severity this rule's violations get in this validator (its default or an override).
     *
     * @return the severity
     */
    Severity severity();

    /**
     * Reports a violation on a cell of the template: its code is the path and its official label
     * the label.
     *
     * @param cell the cell
     * @param expected what the cell should hold, as text (a number, or a condition such as {@code ≥ 0})
     * @param actual what it holds or what its side of the equation adds up to, as text
     * @param message the explanation, stating the arithmetic
     */
    void report(Cell cell, String expected, String actual, LocalizedText message);

    /**
     * Reports a violation on a header or text field.
     *
     * @param field the field
     * @param expected what the field should hold, as text
     * @param actual what it holds, as text
     * @param message the explanation
     */
    void report(ReportField field, String expected, String actual, LocalizedText message);

    /**
     * Reports a violation on something that is neither a cell of the template nor a field, such as
     * a province's own row.
     *
     * @param path the path, such as {@code CellPath.parse("province.extraRow.total")}
     * @param label the Chinese label of what is wrong
     * @param expected what should be there, as text
     * @param actual what is there, as text
     * @param message the explanation
     */
    void report(CellPath path, String label, String expected, String actual, LocalizedText message);
}
