/**
 * xxgk Excel workbooks: a report written as a workbook in the official layout, and workbooks
 * ({@code .xlsx}, and {@code .xls} for reading) read through the reading pipeline of
 * {@code dev.xxgk.serialization.published}, on Apache POI.
 */
module dev.xxgk.serialization.xlsx {
    requires transitive dev.xxgk.serialization;
    requires transitive dev.xxgk.serialization.published;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports dev.xxgk.serialization.xlsx;
    // NoteBundle reads the notes' patterns beside XlsxNote: a resource of a package not open to
    // the reading module is not found
    opens dev.xxgk.serialization.xlsx.internal to dev.xxgk.serialization;

    provides dev.xxgk.serialization.spi.ReportFormat with
            dev.xxgk.serialization.xlsx.XlsxFormat,
            dev.xxgk.serialization.xlsx.XlsFormat;
}
