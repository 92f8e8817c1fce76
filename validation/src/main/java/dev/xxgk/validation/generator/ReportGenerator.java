package dev.xxgk.validation.generator;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generates reports for property-based tests from a {@link RandomGenerator}.
 *
 * <ul>
 *   <li>{@link #valid} makes a report of an edition in which every rule of the engine holds: no
 *       violation of any severity in either profile.
 *   <li>{@link #withBlanks} makes a valid report and leaves some cells blank.
 *   <li>{@link #broken} makes a report in which exactly one rule is broken, and says which.
 * </ul>
 *
 * <p>The same seed gives the same report, so a failing case is replayed from its seed:
 *
 * <pre>{@code
 * AnnualReport report = ReportGenerator.valid(new SplittableRandom(42), Edition.EDITION_2021);
 * }</pre>
 *
 * <p>Counts are drawn mostly small, as in real reports (most cells are 0), with now and then a
 * large one; texts include what breaks naive formats: quotes, commas, line breaks, leading
 * {@code = + - @}, and characters outside the Basic Multilingual Plane. Stateless and thread-safe.
 */
public final class ReportGenerator {

    private static final String[] AGENCIES = {
        "东营市东营区人民政府办公室", "招远市人民政府办公室", "东营市行政审批服务局", "某某县自然资源局", "某市生态环境局",
        "国家某某局", "某某街道办事处",
    };

    private static final String[] TEXT_PIECES = {
        "一、总体情况", "依申请公开", "2023 年", "“政府开放日”", "12345", "a,b", "\"引号\"", "\n", "\r\n", "，", "；",
        "=SUM(A1:A2)", "+86", "-5", "@user", "\t", "𠀀", "規章", " ", "'", "（一）", "信息内容",
    };

    private ReportGenerator() {
    }

    /**
     * A report in which every rule holds, of a random edition.
     *
     * @param random the source of randomness
     * @return the report
     */
    public static AnnualReport valid(RandomGenerator random) {
        return valid(random, random.nextBoolean() ? Edition.EDITION_2019 : Edition.EDITION_2021);
    }

    /**
     * A report of an edition in which every rule holds: every cell filled, every sum right, no
     * negative count, the year in the edition's years, the publication date (when given) in the
     * first quarter after the report year.
     *
     * @param random the source of randomness
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport valid(RandomGenerator random, Edition edition) {
        return validBuilder(random, edition, false).build();
    }

    /**
     * A valid report of an edition with at least one and at most a fifth of its cells blank.
     * The blanks hide cells from the arithmetic; what is filled still adds up wherever a sum has
     * no blank part.
     *
     * @param random the source of randomness
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport withBlanks(RandomGenerator random, Edition edition) {
        AnnualReport.Builder builder = validBuilder(random, edition, false);
        List<Cell> cells = Template.of(edition).cells();
        int blanks = 1 + random.nextInt(Math.max(1, cells.size() / 5));
        for (int i = 0; i < blanks; i++) {
            Cell cell = cells.get(random.nextInt(cells.size()));
            builder.cell(cell, blank(cell));
        }
        return builder.build();
    }

    /**
     * The ids of the rules {@link #broken} can break.
     *
     * @return the rule ids
     */
    public static List<String> breakableRules() {
        return List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL", "NON-NEGATIVE", "BLANK-CELL",
                "EDITION-YEAR");
    }

    /**
     * A report of an edition in which exactly one rule, chosen at random, is broken.
     *
     * @param random the source of randomness
     * @param edition the edition
     * @return the report and the rule that must fire
     */
    public static BrokenReport broken(RandomGenerator random, Edition edition) {
        List<String> rules = breakableRules();
        return broken(random, edition, rules.get(random.nextInt(rules.size())));
    }

    /**
     * A report of an edition in which exactly the given rule is broken: that rule reports at
     * least one violation, and no other rule reports any.
     *
     * @param random the source of randomness
     * @param edition the edition
     * @param ruleId one of {@link #breakableRules()}
     * @return the report and the rule that must fire
     * @throws IllegalArgumentException if the rule is not one the generator can break
     */
    public static BrokenReport broken(RandomGenerator random, Edition edition, String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        AnnualReport.Builder builder = validBuilder(random, edition, true);
        AnnualReport valid = builder.build();
        Template template = Template.of(edition);
        int d = 1 + random.nextInt(9);
        String column = APPLICANT_COLUMNS[random.nextInt(6)];
        List<String> changed = new ArrayList<>();
        switch (ruleId) {
            case "APP-BALANCE" -> {
                // carriedForward grows in one column and its row total: rows add up, outcomes untouched
                add(builder, valid, "applications.carriedForward." + column, d, changed);
                add(builder, valid, "applications.carriedForward.total", d, changed);
            }
            case "APP-OUTCOMES" -> {
                // totalHandled moves against carriedForward: the balance holds, the outcomes do not add up
                add(builder, valid, "applications.totalHandled." + column, d, changed);
                add(builder, valid, "applications.totalHandled.total", d, changed);
                add(builder, valid, "applications.carriedForward." + column, -d, changed);
                add(builder, valid, "applications.carriedForward.total", -d, changed);
            }
            case "APP-ROW-TOTAL" -> {
                // one outcome moves from one row to another in a column: columns add up, two rows do not
                add(builder, valid, "applications.granted." + column, d, changed);
                add(builder, valid, "applications.unavailable.notHeld." + column, -d, changed);
            }
            case "LIT-TOTAL" -> {
                String group = LITIGATION_GROUPS[random.nextInt(3)];
                add(builder, valid, "reconsiderationAndLitigation." + group + ".upheld", d, changed);
            }
            case "NON-NEGATIVE" -> {
                String group = LITIGATION_GROUPS[random.nextInt(3)];
                // upheld goes below zero, corrected takes up the difference: the group still adds up
                int upheld = ((Count) valid.cell("reconsiderationAndLitigation." + group + ".upheld")).value();
                add(builder, valid, "reconsiderationAndLitigation." + group + ".upheld", -(upheld + d), changed);
                add(builder, valid, "reconsiderationAndLitigation." + group + ".corrected", upheld + d, changed);
            }
            case "BLANK-CELL" -> {
                Cell cell = template.cells().get(random.nextInt(template.cells().size()));
                builder.cell(cell, blank(cell));
                changed.add(cell.code());
            }
            case "EDITION-YEAR" -> {
                builder.year(edition == Edition.EDITION_2019 ? 2021 + random.nextInt(5) : 2019 + random.nextInt(2));
                builder.publishedOn(null);
                changed.add(ReportField.YEAR.code());
            }
            default -> throw new IllegalArgumentException(
                    "the generator cannot break rule " + ruleId + "; it breaks " + breakableRules());
        }
        return new BrokenReport(builder.build(), ruleId, changed);
    }

    private static final String[] APPLICANT_COLUMNS = {
        "naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization",
        "legalServiceAgency", "otherOrganization",
    };

    private static final String[] LITIGATION_GROUPS = {
        "reconsideration", "litigationDirect", "litigationAfterReconsideration",
    };

    private static void add(AnnualReport.Builder builder, AnnualReport valid, String code, int delta,
            List<String> changed) {
        builder.cell(code, Count.of(((Count) valid.cell(code)).value() + delta));
        changed.add(code);
    }

    private static CellValue blank(Cell cell) {
        return cell.kind().isMoney() ? Money.blank() : Count.blank();
    }

    /**
     * A valid report's builder. With {@code roomToBreak}, the cells {@link #broken} lowers are at
     * least 10, so that lowering them keeps every count at zero or more.
     */
    private static AnnualReport.Builder validBuilder(RandomGenerator random, Edition edition, boolean roomToBreak) {
        Template template = Template.of(edition);
        int year = edition == Edition.EDITION_2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(6);
        AnnualReport.Builder builder = AnnualReport.builder(edition)
                .agency(AGENCIES[random.nextInt(AGENCIES.length)] + (random.nextInt(4) == 0 ? text(random) : ""))
                .year(year)
                .publishedOn(random.nextInt(3) == 0 ? null
                        : LocalDate.of(year + 1, 1, 1).plusDays(random.nextInt(90)));
        for (ReportField field : ReportField.values()) {
            if (field.isText()) {
                builder.field(field, random.nextInt(4) == 0 ? "" : text(random));
            }
        }
        proactive(random, edition, builder);
        applications(random, template, builder, roomToBreak);
        for (String group : LITIGATION_GROUPS) {
            int sum = 0;
            String[] columns = {"upheld", "corrected", "other", "pending"};
            for (String column : columns) {
                int value = count(random);
                sum += value;
                builder.cell("reconsiderationAndLitigation." + group + "." + column, value);
            }
            builder.cell("reconsiderationAndLitigation." + group + ".total", sum);
        }
        return builder;
    }

    private static void proactive(RandomGenerator random, Edition edition, AnnualReport.Builder builder) {
        String p = Section.PROACTIVE_DISCLOSURE.code() + ".";
        if (edition == Edition.EDITION_2019) {
            for (String row : new String[] {"regulations", "normativeDocuments"}) {
                int published = count(random);
                builder.cell(p + row + ".newlyMade", count(random))
                        .cell(p + row + ".newlyPublished", published)
                        .cell(p + row + ".totalPublished", published + count(random));
            }
            for (String row : new String[] {"licensing", "otherServices", "penalties", "coercion", "fees"}) {
                int previous = count(random);
                builder.cell(p + row + ".previousYearItems", previous)
                        .cell(p + row + ".change", random.nextBoolean() ? count(random) : -random.nextInt(previous + 1));
                if (!row.equals("fees")) {
                    builder.cell(p + row + ".decisions", count(random));
                }
            }
            int projects = count(random);
            builder.cell(p + "procurement.projects", projects)
                    .cell(p + "procurement.totalAmount", Money.of(projects == 0 ? BigDecimal.ZERO : amount(random, 2),
                            random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN));
        } else {
            for (String row : new String[] {"regulations", "normativeDocuments"}) {
                builder.cell(p + row + ".issued", count(random))
                        .cell(p + row + ".repealed", count(random))
                        .cell(p + row + ".inForce", count(random));
            }
            for (String row : new String[] {"licensing", "penalties", "coercion"}) {
                builder.cell(p + row + ".decisions", count(random));
            }
            builder.cell(p + "fees.amountWanYuan", Money.ofWanYuan(
                    random.nextInt(3) == 0 ? BigDecimal.ZERO : amount(random, 4)));
        }
    }

    /**
     * Fills section 三 column by column so that every relation holds: outcomes first, their sum is
     * （七）总计; a carried-forward figure; the inflow they make is split into 一 and 二. Row totals
     * are the sums of the six applicant columns, so the 总计 column adds up too.
     */
    private static void applications(RandomGenerator random, Template template, AnnualReport.Builder builder,
            boolean roomToBreak) {
        var rows = template.rows(Section.APPLICATIONS);
        int n = rows.size();
        int notHeld = template.cell("applications.unavailable.notHeld.total").row().index();
        int[][] values = new int[n][7];
        for (int c = 0; c < 6; c++) {
            int handled = 0;
            for (int r = 2; r < n - 2; r++) {
                values[r][c] = count(random);
                handled += values[r][c];
            }
            if (roomToBreak) {
                // the rows broken() lowers (unavailable.notHeld) and the carried-forward figure
                values[notHeld][c] += 10;
                handled += 10;
            }
            values[n - 2][c] = handled;
            values[n - 1][c] = count(random) + (roomToBreak ? 10 : 0);
            int inflow = handled + values[n - 1][c];
            values[1][c] = random.nextInt(inflow + 1) / (random.nextBoolean() ? 1 : 4);
            values[0][c] = inflow - values[1][c];
        }
        for (int r = 0; r < n; r++) {
            int total = 0;
            for (int c = 0; c < 6; c++) {
                total += values[r][c];
            }
            values[r][6] = total;
            for (int c = 0; c < 7; c++) {
                builder.cell(template.tables(Section.APPLICATIONS).get(0).cells().get(r * 7 + c), Count.of(values[r][c]));
            }
        }
    }

    /** Mostly 0, often small, now and then large: the shape of real tables. */
    private static int count(RandomGenerator random) {
        int kind = random.nextInt(10);
        if (kind < 5) {
            return 0;
        }
        if (kind < 9) {
            return 1 + random.nextInt(20);
        }
        return random.nextInt(100_000);
    }

    private static BigDecimal amount(RandomGenerator random, int maxScale) {
        long unscaled = random.nextInt(5) == 0 ? random.nextLong(1, 10_000_000_000L) : random.nextLong(1, 100_000);
        return BigDecimal.valueOf(unscaled, random.nextInt(maxScale + 1));
    }

    private static String text(RandomGenerator random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(TEXT_PIECES[random.nextInt(TEXT_PIECES.length)]);
        }
        return text.toString();
    }
}
