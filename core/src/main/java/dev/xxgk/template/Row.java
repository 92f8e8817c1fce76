package dev.xxgk.template;

import java.util.List;
import java.util.Objects;

/**
 * A data row of a table of the template. Group labels (such as （三）不予公开) carry no numbers and
 * are not rows; they are the row's {@link #groupLabels()}.
 *
 * @param code the row's code, e.g. {@code applications.withheld.stateSecret}
 * @param label the official label of the row itself, e.g. 1.属于国家秘密
 * @param groupLabels the labels of the groups the row sits in, outermost first, e.g.
 *     三、本年度办理结果, （三）不予公开; empty when none
 * @param shortLabel how the template's arithmetic names the row, e.g. 三（三）1, for messages
 * @param index the row's index in its section's table (see {@link dev.xxgk.model.CellTable#row(int)})
 */
public record Row(String code, String label, List<String> groupLabels, String shortLabel, int index) {

    /**
     * Rejects nulls and copies the list.
     *
     * @param code the row's code, e.g. {@code applications.withheld.stateSecret}
     * @param label the official label of the row itself, e.g. 1.属于国家秘密
     * @param groupLabels the labels of the groups the row sits in, outermost first, e.g. 三、本年度办理结果, （三）不予公开; empty when none
     * @param shortLabel how the template's arithmetic names the row, e.g. 三（三）1, for messages
     * @param index the row's index in its section's table (see {@link dev.xxgk.model.CellTable#row(int)})
     */
    public Row {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        groupLabels = List.copyOf(groupLabels);
        Objects.requireNonNull(shortLabel, "shortLabel");
    }

    /**
     * The label with the labels of its groups, as TEMPLATE prints it.
     *
     * @return e.g. {@code 三、本年度办理结果 （三）不予公开 1.属于国家秘密}
     */
    public String fullLabel() {
        return groupLabels.isEmpty() ? label : String.join(" ", groupLabels) + " " + label;
    }
}
