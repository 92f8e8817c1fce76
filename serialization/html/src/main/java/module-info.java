/**
 * xxgk HTML: report pages as portals publish them, read through the one reading pipeline of
 * {@code dev.xxgk.serialization.published} (this module is its HTML front end), and reports written
 * as HTML5 pages in the official layout. Parsing and serializing are jsoup's.
 */
module dev.xxgk.serialization.html {
    requires transitive dev.xxgk.serialization.published;
    requires org.jsoup;

    exports dev.xxgk.serialization.html;
    // the note bundles beside HtmlNote are read by NoteBundle, in the serialization API's module
    opens dev.xxgk.serialization.html.internal to dev.xxgk.serialization;

    provides dev.xxgk.serialization.spi.ReportFormat with dev.xxgk.serialization.html.HtmlFormat;
}
