package dev.xxgk.serialization.published;

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
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The law of the text format: a report rendered in the official layout reads back to an equal
 * report without notes, in either edition, with any values and blanks, also after line breaks are
 * put inside the labels, page markers between the lines of the tables, and the header of section
 * 三 repeated between its rows (as at a page break).
 *
 * <p>Texts are drawn from a set that plain text carries (see docs/published-text.md): lines
 * without leading or trailing white space or runs of it, no empty lines, no line that begins
 * with a section heading or a numbered sub-heading such as （一）. Generated reports' own texts
 * contain headings, tabs and empty lines on purpose and are replaced.
 */
class PublishedTextRoundTripTest {

    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);
    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();

    /** A report of the seed with texts plain text carries. */
    static AnnualReport report(long seed) {
        return LaidOutReports.report(seed, LaidOutReports.LINES);
    }

    /** Line breaks inside labels, page markers between table lines, section 三's header again between rows. */
    static String damage(String text, Edition edition, SplittableRandom random) {
        Template template = Template.of(edition);
        List<String> labels = new ArrayList<>();
        for (Table table : template.tables()) {
            for (Row row : table.rows()) {
                labels.add(row.label());
                labels.addAll(row.groupLabels());
            }
        }
        Table applications = template.tables(Section.APPLICATIONS).get(0);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int first = lines.indexOf(Section.PROACTIVE_DISCLOSURE.heading());
        int last = lines.indexOf(Section.PROBLEMS_AND_IMPROVEMENTS.heading());
        int header = lines.indexOf(applications.heading());
        List<String> headerLines = List.copyOf(lines.subList(header, header + 3));
        List<String> out = new ArrayList<>(lines.subList(0, first + 1));
        int page = 1 + random.nextInt(30);
        for (int i = first + 1; i < last; i++) {
            String line = lines.get(i);
            if (random.nextInt(4) == 0) {
                page++;
                out.add(random.nextBoolean() ? "第" + page + "页" : "- " + page + " -");
                if (random.nextBoolean()) {
                    out.add("");
                }
            }
            if (i > header + 3 && i < last - 8 && random.nextInt(12) == 0) {
                out.addAll(headerLines);
            }
            String label = labels.stream().filter(l -> line.equals(l) || line.startsWith(l + "\t")).findFirst().orElse(null);
            if (label != null && label.length() > 1 && random.nextInt(3) > 0) {
                int at = 1 + random.nextInt(label.length() - 1);
                if (!isDigitOrDot(label.charAt(at - 1)) && !isDigitOrDot(label.charAt(at))) {
                    out.add(line.substring(0, at));
                    out.add(line.substring(at));
                    continue;
                }
            }
            out.add(line);
        }
        out.addAll(lines.subList(last, lines.size()));
        return String.join("\n", out);
    }

    private static boolean isDigitOrDot(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static Reading read(String text) {
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "generated");
    }

    @Test
    void aRenderedReportReadsBackEqualWithoutNotes() {
        qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = report(seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FORMAT.writer().orElseThrow().write(report, out);
            Reading reading = read(out.toString(StandardCharsets.UTF_8));
            assertEquals(List.of(), reading.notes(), () -> "seed " + seed);
            assertEquals(report, reading.report(), () -> "seed " + seed);
        });
    }

    @Test
    void readsBackAfterLabelsAreSplitAndPageMarkersInserted() {
        qt().withExamples(TRIES).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = report(seed);
            String damaged = damage(FORMAT.render(report), report.edition(), new SplittableRandom(seed + 1));
            Reading reading = read(damaged);
            assertEquals(List.of(), reading.notes(), () -> "seed " + seed + "\n" + damaged);
            assertEquals(report, reading.report(), () -> "seed " + seed + "\n" + damaged);
        });
    }
}
