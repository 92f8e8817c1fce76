/**
 * xxgk CSV: the wide form (one report a row, a data set) and the layout form (the official tables).
 */
module dev.xxgk.serialization.csv {
    requires transitive dev.xxgk.serialization;
    requires de.siegmar.fastcsv;

    exports dev.xxgk.serialization.csv;

    provides dev.xxgk.serialization.spi.ReportFormat with
            dev.xxgk.serialization.csv.WideCsvFormat,
            dev.xxgk.serialization.csv.LayoutCsvFormat;
}
