/**
 * The neutral document: what every front end of the reading pipeline (plain text, HTML, PDF,
 * workbooks) makes of its input, and all the later stages see. It holds what the input printed,
 * in its order, with where each piece came from, and nothing the front end guessed:
 *
 * <ul>
 *   <li>{@link dev.xxgk.serialization.published.document.MetaField}s: a metadata box
 *       ({@code 发布机构：…}, {@code 公开日期：…}) or a page's own metadata, when the front end can
 *       tell them from the body;</li>
 *   <li>{@link dev.xxgk.serialization.published.document.Block}s in reading order: headings the
 *       markup marks as such, paragraphs (one line of text each), and tables as
 *       {@link dev.xxgk.serialization.published.document.Grid}s of located cells.</li>
 * </ul>
 *
 * <p>Which paragraph is the title, which heading opens which section, and which grid is which
 * template table is decided later, by the outline and alignment stages, the same way for every
 * front end.
 *
 * <p>Every type here is an immutable value; lists are copied; no component is null.
 */
package dev.xxgk.serialization.published.document;
