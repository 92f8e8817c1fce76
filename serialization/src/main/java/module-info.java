/**
 * xxgk serialization: report formats (JSON, wide and layout CSV, published text) behind one SPI.
 */
module dev.xxgk.serialization {
    requires transitive dev.xxgk.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires de.siegmar.fastcsv;

    exports dev.xxgk.serialization;
    exports dev.xxgk.serialization.spi;
    exports dev.xxgk.serialization.json;
    exports dev.xxgk.serialization.csv;
    exports dev.xxgk.serialization.text;

    uses dev.xxgk.serialization.spi.ReportFormat;

    provides dev.xxgk.serialization.spi.ReportFormat with
            dev.xxgk.serialization.json.JsonFormat,
            dev.xxgk.serialization.csv.WideCsvFormat,
            dev.xxgk.serialization.csv.LayoutCsvFormat,
            dev.xxgk.serialization.text.PublishedTextFormat;
}
