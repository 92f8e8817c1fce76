package dev.xxgk.serialization.testing;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.Overview;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Template;
import dev.xxgk.testkit.ReportGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reports for the round trips of the formats laid out for people (the published text, HTML): any
 * values and blanks in either edition, with texts drawn from lines such a layout carries, since a
 * generated report's own texts hold headings, tabs and empty lines on purpose.
 */
public final class LaidOutReports {

    private LaidOutReports() {
    }

    private static final String[] AGENCIES = {
        "东营市东营区人民政府办公室", "招远市人民政府办公室", "东营市行政审批服务局", "某某县自然资源局", "國家某某局",
        "某某市（区）生态环境局", "某某街道办事处", "𠀀𠀀县人民政府",
    };

    /** Texts plain text and a page both carry: no edge or doubled white space, no empty line, no heading of its own. */
    public static final List<String> LINES = List.of(
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
        "三、本年度办理结果不在行首的“三、”也无妨");

    private static String text(SplittableRandom random, List<String> lines) {
        int n = random.nextInt(4);
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drawn.add(lines.get(random.nextInt(lines.size())));
        }
        return String.join("\n", drawn);
    }

    private static Overview overview(SplittableRandom random, List<String> lines) {
        if (random.nextBoolean()) {
            return Overview.of(text(random, lines));
        }
        return new Overview(text(random, lines), text(random, lines), text(random, lines), text(random, lines),
                text(random, lines), text(random, lines));
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

    /**
     * A report of the seed, either edition: generated valid or valid with blanks ({@link Tries#report}),
     * or any values of each cell's kind, blanks included; an agency of the set above, a publication
     * date or none, and texts of none to three of the given lines.
     *
     * @param seed the seed
     * @param lines the lines the texts are drawn from, e.g. {@link #LINES}
     * @return the report
     */
    public static AnnualReport report(long seed, List<String> lines) {
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
                .overview(overview(random, lines))
                .problemsAndImprovements(text(random, lines))
                .otherMatters(text(random, lines))
                .build();
    }
}
