package dev.xxgk.serialization.published.document;

import dev.xxgk.serialization.Location;
import java.util.Objects;

/**
 * One field of a page's metadata, as printed: {@code 发布机构：东营市东营区人民政府办公室}.
 *
 * @param name the field's name as printed, without the colon, e.g. {@code 发布机构}, {@code 公开日期},
 *     {@code 索引号}, {@code 名称}; or the name of a machine-readable field, e.g. {@code meta:ArticleTitle}
 * @param value the field's value, trimmed
 * @param location where it was found
 */
public record MetaField(String name, String value, Location location) {

    /**
     * Rejects nulls.
     *
     * @param name the field's name as printed, without the colon, e.g. {@code 发布机构}, {@code 公开日期}, {@code 索引号}, {@code 名称}; or the name of a machine-readable field, e.g. {@code meta:ArticleTitle}
     * @param value the field's value, trimmed
     * @param location where it was found
     */
    public MetaField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
