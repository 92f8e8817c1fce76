/**
 * The immutable model of the annual report, in both official editions.
 *
 * <h2>Shape</h2>
 * An {@link dev.xxgk.model.AnnualReport} holds the header (edition, agency, year, publication
 * date) and the six sections of the template. Sections whose tables differ between the editions
 * are sealed families: {@link dev.xxgk.model.ProactiveDisclosure} and
 * {@link dev.xxgk.model.Applications}. Record components are named by the codes of the template
 * (see {@link dev.xxgk.template.Template}), so {@code report.applications().granted().total()}
 * is the cell {@code applications.granted.total}.
 *
 * <h2>Blank is not zero</h2>
 * Every numeric cell is a {@link dev.xxgk.model.Count} or a {@link dev.xxgk.model.Money}, each of
 * which is either blank (not filled) or holds a value. Counts may be negative: a published typo
 * must be representable so that a rule can report it. Constructors reject only what cannot exist
 * as a structure (a missing section, a 2019 table in a 2021 report, a year of 12345); arithmetic
 * and domain limits are checked by the rules of the validation module.
 *
 * <h2>Verbs</h2>
 * {@code of} builds from parts, {@code parse} reads text, {@code from} converts, {@code withX}
 * returns a copy with one change, {@code toX} converts to another type, {@code isX} asks.
 * Accessors are record-style ({@code total()}, not {@code getTotal()}).
 *
 * <h2>Nulls and threads</h2>
 * No method accepts or returns {@code null} unless its documentation says so; the only nullable
 * component is {@link dev.xxgk.model.AnnualReport#publishedOn()}. Text sections are never null:
 * an absent text is the empty string. Every type here is immutable and thread-safe, except the
 * builders, which are single-use helpers for one thread.
 */
package dev.xxgk.model;
