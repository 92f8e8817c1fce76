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

    private static final String[] AGENCIES = {
        "东营市东营区人民政府办公室", "招远市人民政府办公室", "东营市行政审批服务局", "某某县自然资源局", "國家某某局",
        "某某市（区）生态环境局", "某某街道办事处", "𠀀𠀀县人民政府",
    };

    private static final String[] LINES = {
        "2023 年，本机关共收到政府信息公开申请 18 件，全部按期答复。",
        "一是做好信息对外发布工作；二是做好政策解读和回应关切工作。",
        "“政府开放日”活动 9 次，公开率 100%。",
        "a,b \"引号\" 'x' =SUM(A1:A2) +86 -5 @user <b>不是标签</b> & &amp; &nbsp;",
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

    /** A report of the seed, both editions: generated valid, valid with blanks, or any values; texts a page carries. */
    static AnnualReport report(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Edition edition = random.nextBoolean() ? Edition.EDITION_2019 : Edition.EDITION_2021;
        AnnualReport generated = switch (random.nextInt(3)) {
            case 0 -> Tries.report(seed, edition);
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
