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

    private static final String[] AGENCIES = {
        "东营市东营区人民政府办公室", "招远市人民政府办公室", "东营市行政审批服务局", "某某县自然资源局", "國家某某局",
        "某某市（区）生态环境局", "某某街道办事处", "𠀀𠀀县人民政府",
    };

    private static final String[] LINES = {
        "2023 年，本机关共收到政府信息公开申请 18 件，全部按期答复。",
        "一是做好信息对外发布工作；二是做好政策解读和回应关切工作。",
        "“政府开放日”活动 9 次，公开率 100%。",
        "a,b \"引号\" 'x' =SUM(A1:A2) +86 -5 @user",
        "規章與規範性文件的清理（繁體）",
        "包含𠀀等扩展区汉字",
        "第二十条第（一）项与（二）不在行首，不是标题",
        "规章 0 0 0 行政许可 12",
        "信息内容 本年新制作数量",
        "没有其他需要报告的事项。",
        "本年度无收费。",
        "注：本表“/”表示无此项。",
        "三、本年度办理结果不在行首的“三、”也无妨",
    };

    private static String text(SplittableRandom random) {
        int n = random.nextInt(4);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(LINES[random.nextInt(LINES.length)]);
        }
        return String.join("\n", lines);
    }

    private static Overview overview(SplittableRandom random) {
        if (random.nextBoolean()) {
            return Overview.of(text(random));
        }
        return new Overview(text(random), text(random), text(random), text(random), text(random), text(random));
    }

    /** Any value of the cell's kind, or blank. */
    private static CellValue anyValue(SplittableRandom random, Cell cell) {
        boolean blank = random.nextInt(5) == 0;
        CellKind kind = cell.kind();
        if (kind.isCount()) {
            if (blank) {
                return Count.blank();
            }
            return switch (random.nextInt(4)) {
                case 0 -> Count.of(0);
                case 1 -> Count.of(random.nextInt(-100, 100));
                case 2 -> Count.of(random.nextInt());
                default -> Count.of(random.nextInt(1_000_000));
            };
        }
        if (blank) {
            return Money.blank();
        }
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), random.nextInt(5));
        MoneyUnit unit = kind == CellKind.MONEY_WAN_YUAN || random.nextBoolean() ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
        return Money.of(amount, unit);
    }

    /** A report of the seed: generated valid, valid with blanks, or any values; texts plain text carries. */
    static AnnualReport report(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Edition edition = random.nextBoolean() ? Edition.EDITION_2019 : Edition.EDITION_2021;
        AnnualReport generated = switch (random.nextInt(3)) {
            case 0 -> ReportGenerator.valid(random, edition);
            case 1 -> ReportGenerator.withBlanks(random, edition);
            default -> {
                AnnualReport.Builder builder = ReportGenerator.valid(random, edition).toBuilder();
                for (Cell cell : Template.of(edition).cells()) {
                    builder.cell(cell, anyValue(random, cell));
                }
                yield builder.build();
            }
        };
        LocalDate publishedOn = random.nextInt(3) == 0 ? null
                : LocalDate.of(generated.year() + 1, 1, 1).plusDays(random.nextInt(800));
        return generated.toBuilder()
                .agency(AGENCIES[random.nextInt(AGENCIES.length)])
                .publishedOn(publishedOn)
                .overview(overview(random))
                .problemsAndImprovements(text(random))
                .otherMatters(text(random))
                .build();
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
