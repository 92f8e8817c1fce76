/**
 * The catalogue of the template: every section, table, row, column and cell of each edition,
 * with its code, its official Chinese label and its order, and the arithmetic relations the
 * tables state or imply.
 *
 * <p>This is the one place a label or code is written. Rules, readers and writers iterate the
 * catalogue; none repeats a label. Start at {@link dev.xxgk.template.Template#of}.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}.
 */
package dev.xxgk.template;
