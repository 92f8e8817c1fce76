/**
 * xxgk PDF: reads reports from the PDF files agencies publish, as a front end of the reading
 * pipeline, on Apache PDFBox 3.
 */
module dev.xxgk.serialization.pdf {
    requires transitive dev.xxgk.serialization.published;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.desktop;

    exports dev.xxgk.serialization.pdf;
    // the note bundle is read by the SPI module's NoteBundle
    opens dev.xxgk.serialization.pdf.internal to dev.xxgk.serialization;

    provides dev.xxgk.serialization.spi.ReportFormat with dev.xxgk.serialization.pdf.PdfFormat;
}
