package dev.xxgk.serialization.published;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.internal.PublishedTextReader;
import dev.xxgk.serialization.published.internal.PublishedTextWriter;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The published text of a report (format id {@code text}, extension {@code .txt}): what agencies
 * publish on a web page or in a PDF, the six sections and the three tables as plain text.
 *
 * <p><b>Reading</b> turns such a text (UTF-8, or GB18030) into the model, exactly or not at all:
 * the sections are found by their headings, the agency and the year by the title
 * ({@code <机关><年份>年政府信息公开工作年度报告}), the edition by the table labels, and the tables
 * row by row by label. A row whose numbers do not match its columns is filled only when the
 * table's own arithmetic admits exactly one reading; every such decision, and everything left
 * blank or left out, is a {@link dev.xxgk.serialization.ReadingNote} of the {@link Reading}. A
 * text that is not an annual report, or has none of the template's tables, is refused with a
 * {@link ReportFormatException} that says so.
 *
 * <p><b>Writing</b> renders a report in the official layout: the title, a {@code 发布日期} line,
 * the six headings with the texts, and the tables with the catalogue's labels, cells separated by
 * tabs and a blank cell written as {@code /}. What the writer writes, the reader reads back to an
 * equal report: the writer reads its rendering back before writing, and refuses a report that plain
 * text cannot hold (texts with white space at the ends of a line or empty lines, a line read as a
 * heading, an agency with a space, rows of another edition; see {@code docs/published-text.md})
 * with an {@link IllegalArgumentException} that names the field and the place.
 *
 * <pre>{@code
 * PublishedTextFormat text = new PublishedTextFormat();
 * Reading reading = text.read(pageText, "https://example.gov.cn/2023.html");
 * reading.report().applications().granted().total();
 * reading.notes().forEach(note -> System.out.println(note.location() + ": " + note.message(Locale.ENGLISH)));
 * }</pre>
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class PublishedTextFormat implements ReportFormat {

    /** The format's id. */
    public static final String ID = "text";

    private static final PublishedTextReader READER = new PublishedTextReader();
    private static final PublishedTextWriter WRITER = new PublishedTextWriter();

    /** Creates the format; every instance behaves the same. */
    public PublishedTextFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Published text of a report (政府信息公开工作年度报告) as on the web or in a PDF: read with notes, written in the official layout";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt");
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
     * Reads a published text that is already a string, as copied from a web page.
     *
     * @param text the text of the report
     * @param source where the text came from (a file name or address), for messages
     * @return the report and the reader's notes, in the order of the text
     * @throws ReportFormatException if the text is not an annual report, has no template
     *     tables, or lacks the title that names the agency and the year
     * @throws NullPointerException if an argument is null
     */
    public Reading read(String text, String source) {
        return READER.read(text, source);
    }

    /**
     * Renders a report as text in the official layout, as the writer writes it, but without the
     * writer's check that the text reads back as the report: a report plain text cannot hold is
     * rendered all the same, and reads back different.
     *
     * @param report the report
     * @return the text, lines ending in {@code \n}
     * @throws NullPointerException if the report is null
     */
    public String render(AnnualReport report) {
        return PublishedTextWriter.render(Objects.requireNonNull(report, "report"));
    }
}
