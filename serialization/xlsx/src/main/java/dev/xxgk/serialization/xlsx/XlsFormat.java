package dev.xxgk.serialization.xlsx;

import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.xlsx.internal.XlsxReader;
import java.util.List;
import java.util.Optional;

/**
 * The older Excel workbook (format id {@code xls}, extension {@code .xls}, Excel 97–2003), read
 * only: it is read exactly as {@link XlsxFormat} reads an {@code .xlsx}. Reports are written as
 * {@code .xlsx}. Workbooks of Excel 5.0/95 and older are refused with a
 * {@link dev.xxgk.serialization.ReportFormatException} that says so.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class XlsFormat implements ReportFormat {

    /** The format's id. */
    public static final String ID = "xls";

    private static final ReportReader READER = new XlsxReader(ID);

    /** Creates the format; every instance behaves the same. */
    public XlsFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Excel 97-2003 workbook (.xls), read only, as .xlsx is read";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xls");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(READER);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.empty();
    }
}
