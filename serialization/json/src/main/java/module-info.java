/**
 * xxgk JSON: the report as one JSON document, read and written with jackson-core's streaming API.
 */
module dev.xxgk.serialization.json {
    requires transitive dev.xxgk.serialization;
    requires tools.jackson.core;

    exports dev.xxgk.serialization.json;

    provides dev.xxgk.serialization.spi.ReportFormat with dev.xxgk.serialization.json.JsonFormat;
}
