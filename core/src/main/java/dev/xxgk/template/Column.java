package dev.xxgk.template;

import java.util.List;
import java.util.Objects;

/**
 * A column of a table of the template.
 *
 * @param code the column's code, the last segment of its cells' codes, e.g. {@code naturalPerson}
 * @param label the official label, e.g. 商业企业
 * @param groupLabels the labels of the header cells spanning it, outermost first, e.g. 法人或其他组织;
 *     empty when none
 * @param kind what its cells hold
 * @param index the column's index in its row, from 0
 */
public record Column(String code, String label, List<String> groupLabels, CellKind kind, int index) {

    /**
     * Rejects nulls and copies the list.
     *
     * @param code the column's code, the last segment of its cells' codes, e.g. {@code naturalPerson}
     * @param label the official label, e.g. 商业企业
     * @param groupLabels the labels of the header cells spanning it, outermost first, e.g. 法人或其他组织; empty when none
     * @param kind what its cells hold
     * @param index the column's index in its row, from 0
     */
    public Column {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        groupLabels = List.copyOf(groupLabels);
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The label with the labels of its header groups, as TEMPLATE prints it.
     *
     * @return e.g. {@code 法人或其他组织 / 商业企业}
     */
    public String fullLabel() {
        return groupLabels.isEmpty() ? label : String.join(" / ", groupLabels) + " / " + label;
    }
}
