/**
 * xxgk published forms: the reading pipeline that turns a report as agencies publish it into the
 * model, and its plain-text front end; no third-party dependency.
 */
module dev.xxgk.serialization.published {
    requires transitive dev.xxgk.serialization;

    exports dev.xxgk.serialization.published;
    exports dev.xxgk.serialization.published.document;

    provides dev.xxgk.serialization.spi.ReportFormat with dev.xxgk.serialization.published.PublishedTextFormat;
}
