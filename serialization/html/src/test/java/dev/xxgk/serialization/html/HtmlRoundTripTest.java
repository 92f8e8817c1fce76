package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.testing.LaidOutReports;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.testing.Tries;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Template;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The law of the HTML format: a written page reads back to an equal report without notes, in
 * either edition, with any values and blanks, also after the page is re-indented, its text cut
 * into spans, and re-encoded in GBK (declared, or not declared at all).
 *
 * <p>Texts are drawn from what a page carries as paragraphs (see docs/html-format.md): lines
 * without leading or trailing white space or runs of it, no empty lines, no line that is a
 * section heading or a numbered sub-heading of its own.
 */
class HtmlRoundTripTest {

    private static final HtmlFormat FORMAT = new HtmlFormat();
    private static final Charset GBK = Charset.forName("GBK");

    /** The lines of the text round trip, and one with markup characters a page must escape. */
    private static final List<String> LINES = new ArrayList<>(LaidOutReports.LINES);

    static {
        LINES.set(LINES.indexOf("a,b \"引号\" 'x' =SUM(A1:A2) +86 -5 @user"),
                "a,b \"引号\" 'x' =SUM(A1:A2) +86 -5 @user <b>不是标签</b> & &amp; &nbsp;");
    }

    /** A report of the seed with texts a page carries. */
    static AnnualReport report(long seed) {
        return LaidOutReports.report(seed, LINES);
    }

    /** The page re-indented, or its text cut into spans, or both; then re-encoded in GBK, declared or not, or left UTF-8. */
    static byte[] damage(String page, SplittableRandom random) {
        String html = page;
        if (random.nextBoolean()) {
            html = PortalPages.splitSpans(html, random);
        }
        if (random.nextBoolean()) {
            html = PortalPages.reindent(html);
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                return html.getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                Document document = Jsoup.parse(html);
                document.charset(GBK);
                return document.outerHtml().getBytes(GBK);
            }
            default -> {
                Document document = Jsoup.parse(html);
                document.charset(GBK);
                document.select("meta[charset], meta[http-equiv]").remove();
                return document.outerHtml().getBytes(GBK);
            }
        }
    }

    static Reading read(byte[] page) {
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(page), "generated.html");
    }

    private static List<String> pipelineNotes(Reading reading) {
        return reading.notes().stream().filter(n -> !n.id().startsWith("html.charset"))
                .map(n -> n.id() + " " + n.location() + " " + n.message(Locale.ENGLISH)).toList();
    }

    @Test
    void aWrittenPageReadsBackEqualWithoutNotes() {
        qt().withExamples(Tries.TRIES).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = report(seed);
            Reading reading = read(FORMAT.render(report).getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of(), reading.notes().stream().map(ReadingNote::id).toList(), () -> "seed " + seed);
            assertEquals(report, reading.report(), () -> "seed " + seed);
        });
    }

    @Test
    void aWrittenPageReadsBackEqualAfterReindentingSplittingSpansAndReencoding() {
        qt().withExamples(Tries.TRIES).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = report(seed);
            SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
            Reading reading = read(damage(FORMAT.render(report), random));
            assertEquals(List.of(), pipelineNotes(reading), () -> "seed " + seed);
            assertEquals(report, reading.report(), () -> "seed " + seed);
        });
    }
}
