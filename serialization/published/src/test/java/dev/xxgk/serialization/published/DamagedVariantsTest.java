package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real reports damaged as copies of them are damaged in the wild, one class of damage or
 * more per variant; every variant is read to exactly the cells, agency and year of the report
 * (written out by hand in {@link PublishedReports}).
 */
class DamagedVariantsTest {

    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();

    record Damage(String name, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern TABLE_LINE = Pattern.compile("(?m)^.*\\d.*$");

    /** Every line of the text from the heading of section 二 to that of section 五. */
    private static String tables(String text, UnaryOperator<String> line) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String l : lines) {
            String c = l.strip();
            if (c.startsWith(Section.PROACTIVE_DISCLOSURE.heading())) {
                in = true;
            } else if (c.startsWith(Section.PROBLEMS_AND_IMPROVEMENTS.heading())) {
                in = false;
            }
            out.append(in && !c.startsWith(Section.PROACTIVE_DISCLOSURE.heading()) ? line.apply(l) : l).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Inserts a line after every {@code every} lines of the tables. */
    private static String everyLines(String text, int every, String inserted) {
        int[] count = {0};
        return tables(text, l -> ++count[0] % every == 0 ? l + "\n" + inserted.replace("#", Integer.toString(count[0] / every)) : l);
    }

    private static String headings(String text, UnaryOperator<String> heading) {
        String out = text;
        for (Section section : Section.values()) {
            out = out.replaceFirst("(?m)^" + Pattern.quote(section.heading()), Matcher.quoteReplacement(heading.apply(section.heading())));
        }
        return out;
    }

    private static final char[] FULL_WIDTH = "０１２３４５６７８９".toCharArray();

    static List<Damage> damages() {
        List<Damage> d = new ArrayList<>();
        d.add(new Damage("page markers 第N页 every 6 table lines", t -> everyLines(t, 6, "第#页")));
        d.add(new Damage("page markers - N - every 5 table lines", t -> everyLines(t, 5, "- # -")));
        d.add(new Damage("page markers — N — every 7 table lines", t -> everyLines(t, 7, "— # —")));
        d.add(new Damage("page markers 第 N 页 共 9 页 every 4 table lines", t -> everyLines(t, 4, "第 # 页 共 9 页")));
        d.add(new Damage("CRLF line ends", t -> t.replace("\n", "\r\n")));
        d.add(new Damage("blank line after every table line", t -> tables(t, l -> l + "\n")));
        d.add(new Damage("full-width digits in the tables", t -> tables(t, l -> {
            StringBuilder b = new StringBuilder(l);
            for (int i = 0; i < b.length(); i++) {
                if (b.charAt(i) >= '0' && b.charAt(i) <= '9') {
                    b.setCharAt(i, FULL_WIDTH[b.charAt(i) - '0']);
                }
            }
            return b.toString();
        })));
        d.add(new Damage("1、 for 1. in row labels", t -> tables(t, l -> l.replaceAll("(^|\\s)([1-8])\\.(?!\\d)", "$1$2、"))));
        d.add(new Damage("Markdown ## section headings", t -> headings(t, h -> "## " + h)));
        d.add(new Damage("bold section headings", t -> headings(t, h -> "**" + h + "**")));
        d.add(new Damage("Markdown ### headings with a space after the number", t -> headings(t, h -> "### " + h.charAt(0) + "、 " + h.substring(2))));
        d.add(new Damage("traditional characters in the tables", t -> tables(t, l -> l.replace("申请", "申請").replace("公开", "公開")
                .replace("处理", "處理").replace("总计", "總計"))));
        d.add(new Damage("no-break spaces and ideographic spaces around table cells",
                t -> tables(t, l -> l.replace("\t", "\u00A0\t\u3000"))));
        d.add(new Damage("trailing spaces on every line", t -> t.replace("\n", "   \n")));
        d.add(new Damage("metadata box before the title", t -> "索引号：11370500MB2850043L/2024-00012\n发布机构："
                + "某某机关\n文号：无\n" + t));
        d.add(new Damage("page markers and CRLF together", t -> everyLines(t, 6, "- # -").replace("\n", "\r\n")));
        return d;
    }

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        List<String> fixtures = List.of(PublishedReports.ZHAOYUAN_2019, PublishedReports.DONGYING_XZSP_2020,
                PublishedReports.DONGYINGQU_2023);
        for (String fixture : fixtures) {
            for (Damage damage : damages()) {
                out.add(Arguments.of(fixture, damage));
            }
        }
        return out.stream();
    }

    private static AnnualReport expected(String fixture) {
        return switch (fixture) {
            case PublishedReports.ZHAOYUAN_2019 -> PublishedReports.zhaoyuan2019();
            case PublishedReports.DONGYING_XZSP_2020 -> PublishedReports.dongyingXzsp2020();
            default -> PublishedReports.dongyingqu2023();
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void everyCellAsInTheUndamagedReport(String fixture, Damage damage) {
        AnnualReport expected = expected(fixture);
        String damaged = damage.apply().apply(PublishedReports.text(fixture));
        Reading reading = FORMAT.read(damaged, fixture);
        AnnualReport read = reading.report();
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(expected.year(), read.year(), "year"));
        checks.add(() -> assertEquals(expected.edition(), read.edition(), "edition"));
        checks.add(() -> assertEquals(expected.agency(), read.agency(), "agency"));
        for (Cell cell : expected.template().cells()) {
            checks.add(() -> assertEquals(cell.get(expected), cell.get(read), () -> cell.code() + " " + reading.notes()));
        }
        assertAll(checks);
    }

    /**
     * A row label cut short in plain text (1.属于国家 for 1.属于国家秘密, the only label of the table
     * that begins so) is read as that row, and the loose match is noted at its line with its path.
     */
    @Test
    void aCutRowLabelIsReadAsItsRowWithANote() {
        String text = PublishedReports.text(PublishedReports.DONGYINGQU_2023);
        Matcher row = Pattern.compile("(?m)^1\\.属于国家秘密( 2 0 0 0 0 0 2)$").matcher(text);
        assertTrue(row.find(), "the fixture prints the row on a line of its own");
        int line = (int) text.substring(0, row.start()).chars().filter(c -> c == '\n').count() + 1;
        String cut = text.substring(0, row.start()) + "1.属于国家" + row.group(1) + text.substring(row.end());
        Reading reading = FORMAT.read(cut, "cut.txt");
        AnnualReport expected = PublishedReports.dongyingqu2023();
        for (Cell cell : expected.template().cells()) {
            assertEquals(cell.get(expected), cell.get(reading.report()), () -> cell.code() + " " + reading.notes());
        }
        List<ReadingNote> truncated = reading.notes().stream().filter(n -> n.id().equals("published.label-truncated")).toList();
        assertEquals(1, truncated.size(), reading.notes()::toString);
        ReadingNote note = truncated.get(0);
        assertEquals(line, note.line());
        assertEquals("applications.withheld.stateSecret", note.path());
        assertEquals("标签“1.属于国家”读作“1.属于国家秘密”，本表只有这一标签以此开头。", note.message(Locale.CHINA));
        assertEquals("the label \"1.属于国家\" is read as \"1.属于国家秘密\", the only label of the table that begins so.",
                note.message(Locale.ENGLISH));
    }
}
