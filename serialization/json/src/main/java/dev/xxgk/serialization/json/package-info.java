/**
 * The JSON format, {@link dev.xxgk.serialization.json.JsonFormat} (id {@code json}): one report per
 * document, keyed by the template's codes, strict on reading, described by a published JSON Schema
 * ({@code docs/json-format.md}).
 *
 * <p>No method accepts or returns {@code null}. Formats are immutable and thread-safe; their
 * readers and writers never close the streams they are given.
 */
package dev.xxgk.serialization.json;
