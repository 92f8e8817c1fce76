package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plain texts whose tables are laid out otherwise than the official layout, read to every cell. */
class PrintedLayoutsTest {

    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();

    static Stream<AnnualReport> reports() {
        List<AnnualReport> out = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                out.add(ReportGenerator.valid(new SplittableRandom(seed * 31 + edition.ordinal()), edition).toBuilder()
                        .overview(Overview.of("本机关依法公开政府信息。"))
                        .problemsAndImprovements("一是加强培训。")
                        .otherMatters("无。")
                        .build());
            }
        }
        return out.stream();
    }

    static Reading read(String text) {
        return FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt");
    }

    static void assertCells(AnnualReport expected, Reading reading) {
        List<String> wrong = new ArrayList<>();
        for (Cell cell : expected.template().cells()) {
            if (!cell.get(expected).equals(cell.get(reading.report()))) {
                wrong.add(cell.code() + ": expected " + cell.get(expected) + ", read " + cell.get(reading.report()));
            }
        }
        assertEquals(List.of(), wrong, () -> reading.notes().stream().map(n -> n.location() + " " + n.message(Locale.ENGLISH)).toList().toString());
    }

    /** Replaces the lines from the heading of {@code from} up to that of {@code to} (exclusive) with {@code with}. */
    static String replaceSection(String text, Section from, Section to, String with) {
        int a = text.indexOf(from.heading());
        int b = text.indexOf(to.heading(), a);
        assertTrue(a >= 0 && b > a, "the rendered text has both headings");
        return text.substring(0, a) + with + text.substring(b);
    }

    /** Section 四 as three sub-tables, each under its own heading with its own header row and five figures. */
    @ParameterizedTest
    @MethodSource("reports")
    void sectionFourAsThreeSubTables(AnnualReport report) {
        Template template = report.template();
        StringBuilder four = new StringBuilder(Section.RECONSIDERATION_AND_LITIGATION.heading()).append('\n');
        Table table = template.tables(Section.RECONSIDERATION_AND_LITIGATION).get(0);
        String[] headings = {"### 行政复议", "### 行政诉讼（未经复议直接起诉）", "### 行政诉讼（复议后起诉）"};
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            four.append(headings[r]).append('\n');
            List<String> header = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (var column : table.columns()) {
                header.add(column.label());
                values.add(table.cell(row, column).get(report).toText());
            }
            four.append(String.join("\t", header)).append('\n').append(String.join("\t", values)).append('\n');
        }
        four.append('\n');
        String text = replaceSection(FORMAT.render(report), Section.RECONSIDERATION_AND_LITIGATION,
                Section.PROBLEMS_AND_IMPROVEMENTS, four.toString());
        assertCells(report, read(text));
    }

    private static String between(String text, Section from, Section to) {
        int a = text.indexOf(from.heading());
        int b = to == null ? text.length() : text.indexOf(to.heading(), a);
        return text.substring(a + from.heading().length(), b);
    }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};

    /** The section's heading numbered {@code number} instead of its own. */
    private static String numbered(Section section, int number) {
        return NUMERALS[number - 1] + section.heading().substring(1);
    }

    /**
     * A body numbered on its own (一 总体情况, 二 存在的主要问题, 三 其他需要报告的事项), signed and
     * dated, then the three tables as an appendix numbered 一/二/三.
     */
    @ParameterizedTest
    @MethodSource("reports")
    void tablesAsAnAppendixNumberedOnItsOwn(AnnualReport report) {
        String rendered = FORMAT.render(report);
        int one = rendered.indexOf(Section.OVERVIEW.heading());
        String text = rendered.substring(0, one) + Section.OVERVIEW.heading()
                + between(rendered, Section.OVERVIEW, Section.PROACTIVE_DISCLOSURE)
                + numbered(Section.PROBLEMS_AND_IMPROVEMENTS, 2)
                + between(rendered, Section.PROBLEMS_AND_IMPROVEMENTS, Section.OTHER_MATTERS)
                + numbered(Section.OTHER_MATTERS, 3)
                + between(rendered, Section.OTHER_MATTERS, null).stripTrailing() + "\n"
                + report.agency() + "\n" + (report.year() + 1) + "年1月20日\n"
                + "附件\n"
                + numbered(Section.PROACTIVE_DISCLOSURE, 1)
                + between(rendered, Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS)
                + numbered(Section.APPLICATIONS, 2)
                + between(rendered, Section.APPLICATIONS, Section.RECONSIDERATION_AND_LITIGATION)
                + numbered(Section.RECONSIDERATION_AND_LITIGATION, 3)
                + between(rendered, Section.RECONSIDERATION_AND_LITIGATION, Section.PROBLEMS_AND_IMPROVEMENTS);
        Reading reading = read(text);
        assertCells(report, reading);
        AnnualReport read = reading.report();
        assertEquals(report.overview(), read.overview());
        assertEquals(report.problemsAndImprovements(), read.problemsAndImprovements());
        assertEquals(report.otherMatters(), read.otherMatters());
        assertEquals(5, reading.notes().stream().filter(n -> n.id().equals("published.heading-renumbered")).count(),
                () -> reading.notes().toString());
    }

    /** The rows of section 三 that follow a row of their own group: their label line is the row's alone. */
    private static List<Row> rowsInsideGroups(Template template) {
        List<Row> out = new ArrayList<>();
        for (Table table : template.tables(Section.APPLICATIONS)) {
            for (int r = 1; r < table.rows().size(); r++) {
                if (table.rows().get(r).groupLabels().equals(table.rows().get(r - 1).groupLabels())) {
                    out.add(table.rows().get(r));
                }
            }
        }
        return out;
    }

    /** The text with a row's figures moved to a line of their own above its label, one figure left out if asked. */
    private static String figuresAbove(String text, Row row, boolean dropOne) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int moved = 0;
        for (String line : lines) {
            if (line.startsWith(row.label() + "\t")) {
                String figures = line.substring(row.label().length() + 1);
                if (dropOne) {
                    figures = figures.substring(figures.indexOf('\t') + 1);
                }
                out.append(figures).append('\n').append(row.label()).append('\n');
                moved++;
            } else {
                out.append(line).append('\n');
            }
        }
        assertEquals(1, moved, "the row's line is printed once");
        return out.toString();
    }

    /** A row's figures on the line above its label, the label line alone: the row is read, with a note. */
    @ParameterizedTest
    @MethodSource("reports")
    void figuresJustAboveTheirLabel(AnnualReport report) {
        String rendered = FORMAT.render(report);
        for (Row row : rowsInsideGroups(report.template())) {
            Reading reading = read(figuresAbove(rendered, row, false));
            assertCells(report, reading);
            assertEquals(1, reading.notes().stream().filter(n -> n.id().equals("published.numbers-above-label")
                    && n.path().toString().equals(row.code())).count(), () -> row.code() + ": " + reading.notes());
        }
    }

    /** One figure fewer than the row has cells above its label: not placed, the row stays blank, and a note says so. */
    @ParameterizedTest
    @MethodSource("reports")
    void tooFewFiguresAboveALabelStayOutsideEveryRow(AnnualReport report) {
        String rendered = FORMAT.render(report);
        Row row = rowsInsideGroups(report.template()).get(0);
        Reading reading = read(figuresAbove(rendered, row, true));
        Table table = report.template().tables(Section.APPLICATIONS).stream()
                .filter(t -> t.rows().contains(row)).findFirst().orElseThrow();
        for (Cell cell : report.template().cells()) {
            if (cell.row().equals(row)) {
                assertTrue(cell.get(reading.report()).isBlank(), cell.code());
            } else if (table.cells().contains(cell) || cell.section() != Section.APPLICATIONS) {
                assertEquals(cell.get(report), cell.get(reading.report()), cell.code());
            }
        }
        assertTrue(reading.notes().stream().anyMatch(n -> n.id().equals("published.numbers-without-row")),
                () -> reading.notes().toString());
        assertTrue(reading.notes().stream().noneMatch(n -> n.id().equals("published.numbers-above-label")));
    }

    /**
     * Two rows in a row with their figures above their labels: the first label stands between two
     * lines of figures, so which are its own cannot be told. Both rows stay blank with notes; no
     * row takes the figures of the row below, and every other cell is read.
     */
    @ParameterizedTest
    @MethodSource("reports")
    void twoRowsWithFiguresAboveTheirLabelsStayBlank(AnnualReport report) {
        Template template = report.template();
        List<Row> inside = rowsInsideGroups(template);
        Row a = null;
        Row b = null;
        for (Table table : template.tables(Section.APPLICATIONS)) {
            for (int r = 0; r + 1 < table.rows().size() && a == null; r++) {
                if (inside.contains(table.rows().get(r)) && inside.contains(table.rows().get(r + 1))) {
                    a = table.rows().get(r);
                    b = table.rows().get(r + 1);
                }
            }
        }
        assertTrue(a != null, "two rows of one group follow each other");
        Reading reading = read(figuresAbove(figuresAbove(FORMAT.render(report), a, false), b, false));
        for (Cell cell : template.cells()) {
            if (cell.row().equals(a) || cell.row().equals(b)) {
                assertTrue(cell.get(reading.report()).isBlank(), cell.code());
            } else {
                assertEquals(cell.get(report), cell.get(reading.report()), cell.code());
            }
        }
        Row first = a;
        assertEquals(1, reading.notes().stream().filter(n -> n.id().equals("published.figures-above-or-below")
                && n.path().equals(first.code())).count(), () -> reading.notes().toString());
    }

    /** The header of section 三 as a PDF's text layer gives it: labels broken into syllables over lines, set apart by spaces. */
    private static final String BROKEN_HEADER = String.join("\n",
            "                                                         申请人情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，                  法人或其他组织",
            "等于第三项加第四项之和）",
            "                               自然人                                              总计",
            "                                        商业企      科研机     社会公益     法律服务",
            "                                                                           其他",
            "                                        业        构       组织       机构");

    /** Replaces the header lines of section 三's table (the line with 商业企业 and the line before it). */
    private static String withHeader(String text, String header) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("商业企业")) {
                at = i;
                break;
            }
        }
        assertTrue(at > 0, "the rendered text has the header of section 三");
        lines.subList(at - 1, at + 1).clear();
        lines.add(at - 1, header);
        return String.join("\n", lines);
    }

    /** The group label 三、本年度办理结果 printed down the rows' left, one character (三、 first) to a line. */
    private static String verticalOutcomes(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = lines.indexOf("三、本年度办理结果");
        assertTrue(at > 0, "the rendered text prints the group label on a line of its own");
        lines.remove(at);
        String[] pieces = {"三、", "本", "年", "度", "办", "理", "结", "果"};
        for (int p = 0; p < pieces.length; p++) {
            // after the row line at + 2p: one piece between each two rows, as the real layout has it
            lines.add(at + 2 * p + 1, pieces[p]);
        }
        return String.join("\n", lines);
    }

    /** Section 三's column headers broken into syllables over three lines (商业企 / 业, 科研机 / 构 …): read in the template's column order. */
    @ParameterizedTest
    @MethodSource("reports")
    void syllableBrokenColumnHeaders(AnnualReport report) {
        String text = withHeader(FORMAT.render(report), BROKEN_HEADER);
        assertTrue(text.contains("商业企      科研机"), "the broken header is in the text");
        assertCells(report, read(text));
    }

    /** 三、本年度办理结果 one character to a line between the rows it spans: no row loses its label or figures. */
    @ParameterizedTest
    @MethodSource("reports")
    void verticalGroupLabelOneCharacterPerLine(AnnualReport report) {
        String text = verticalOutcomes(FORMAT.render(report));
        assertTrue(text.contains("\n本\n") && !text.contains("三、本年度办理结果"), "the label is vertical");
        assertCells(report, read(text));
    }

    /** Both at once, as the real 2024-huaian-szf layout prints them. */
    @ParameterizedTest
    @MethodSource("reports")
    void brokenHeadersAndVerticalGroupLabelTogether(AnnualReport report) {
        assertCells(report, read(verticalOutcomes(withHeader(FORMAT.render(report), BROKEN_HEADER))));
    }
}
