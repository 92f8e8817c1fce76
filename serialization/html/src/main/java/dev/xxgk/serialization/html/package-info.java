/**
 * The HTML format: {@link dev.xxgk.serialization.html.HtmlFormat}, found by
 * {@link java.util.ServiceLoader} as format {@code html}. Reading is the HTML front end of the
 * reading pipeline; writing renders the official layout. Arguments are never null; a null
 * argument throws {@link java.lang.NullPointerException} naming it.
 */
package dev.xxgk.serialization.html;
