package dev.xxgk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row a report prints that its edition's template does not have: the figures are kept as
 * printed, never split into the template's rows nor dropped. 淮安市洪泽区 2023 and 2024, for
 * example, print the 2021 tables but section 三's single 2019 row {@code （六）其他处理} instead of
 * its three 2021 rows; read as edition 2021, those three rows stay blank and the printed row is
 * kept here, with the codes of the edition it belongs to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the row's code in the edition it belongs to, such as {@code applications.otherHandling}
 * @param label the row's label as the template of that edition prints it, such as {@code （六）其他处理}
 * @param edition the edition whose template has the row
 * @param cells the printed figures by column code, in the columns' order
 */
public record TemplateDeviation(String path, String label, Edition edition, Map<String, CellValue> cells) {

    /**
     * Rejects nulls and copies the cells, keeping their order.
     *
     * @param path the row's code in the edition it belongs to
     * @param label the row's label in that edition's template
     * @param edition the edition whose template has the row
     * @param cells the printed figures by column code
     */
    public TemplateDeviation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(edition, "edition");
        Map<String, CellValue> copy = new LinkedHashMap<>();
        cells.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "column"), Objects.requireNonNull(v, "value")));
        cells = Collections.unmodifiableMap(copy);
    }
}
