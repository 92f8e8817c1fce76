package dev.xxgk.serialization.xlsx;

import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.xlsx.internal.WorkbookDocument;
import dev.xxgk.serialization.xlsx.internal.WorkbookInput;
import dev.xxgk.serialization.xlsx.internal.XlsxReader;
import dev.xxgk.serialization.xlsx.internal.XlsxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The report as an Excel workbook (format id {@code xlsx}, extension {@code .xlsx}), the form in
 * which agencies fill the tables and filing systems exchange them.
 *
 * <p><b>Writing</b> lays the report out as the official tables: a sheet {@code 报告} with the title,
 * the header fields (报告格式, 报告机关, 报告年度, 发布日期) and the texts of the sections, then one
 * sheet per section with tables ({@code 表二}, {@code 表三}, {@code 表四}) with the section's
 * heading, the captions, the header cells merged as the template merges them, integer number
 * formats, blanks as empty cells, columns wide enough for their labels, frozen headers and a print
 * set-up fitted to the page width. Every label comes from the template's catalogue.
 *
 * <p><b>Reading</b> is a front end of the reading pipeline
 * ({@link dev.xxgk.serialization.published.DocumentReader}): the sheets become a
 * {@link Document} of located cells ({@code 表三!C12}), merged areas expanded, cells as typed
 * (numbers exactly, numbers stored as text, placeholders such as {@code /} or {@code 无}, formulas by
 * their cached value), and the pipeline finds the tables by their captions and labels, on one sheet
 * or several, in any order, merged or not, as it does for every published form. The header fields
 * and texts are taken from label/value rows ({@code 报告机关 | …}, {@code 一、总体情况 | …}) when the
 * workbook has them, exactly as the cells hold them. A workbook that is not one, is encrypted,
 * or inflates past the bounds of a report (a zip bomb, a huge shared-string table) is refused
 * with a {@link ReportFormatException} in bounded time and memory; an error in a cell names it.
 *
 * <p>What the writer writes, the reader reads back to an equal report. See
 * {@code docs/xlsx-format.md}.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class XlsxFormat implements ReportFormat {

    /** The format's id. */
    public static final String ID = "xlsx";

    private static final ReportReader READER = new XlsxReader(ID);
    private static final ReportWriter WRITER = new XlsxWriter();

    /** Creates the format; every instance behaves the same. */
    public XlsxFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx) in the official layout: the header and texts, then one sheet per table";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.of(READER);
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of(WRITER);
    }

    /**
     * The neutral document the front end makes of a workbook, before the pipeline reads it: for a
     * person finding out why a workbook reads as it does.
     *
     * @param in the workbook ({@code .xlsx} or {@code .xls}), read to its end and left open
     * @param source where it came from, for the document and errors
     * @return the document
     * @throws ReportFormatException if the input is not a workbook within the bounds, or a cell
     *     cannot be read
     * @throws UncheckedIOException if reading the stream fails
     */
    public static Document readDocument(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try (Workbook workbook = WorkbookInput.open(in, source, ID)) {
            return WorkbookDocument.read(workbook, source, ID).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
