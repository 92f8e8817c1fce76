package dev.xxgk.testkit;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.Column;
import dev.xxgk.template.Relation;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.RuleId;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.RuleInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Generates reports for property-based tests from a {@link RandomGenerator}.
 *
 * <ul>
 *   <li>{@link #valid} makes a report of an edition in which every rule of the engine holds: no
 *       violation of any severity in either profile.
 *   <li>{@link #withBlanks} makes a valid report and leaves some cells blank.
 *   <li>{@link #withDeviations} makes a valid report that also keeps rows of the other edition
 *       as printed (opt-in: only {@code TEMPLATE-DEVIATION} reports them).
 *   <li>{@link #broken} makes a report in which exactly one rule is broken, and says which.
 *   <li>{@link #followingYear} makes the same agency's valid report on the next year, consistent
 *       with the one given under every cross-year rule.
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
     * A report of an edition in which every rule of the engine holds, in either profile and at every
     * severity: every cell filled, every sum right, no negative count or amount, the year in the
     * edition's years, the publication date (when given) in the January after the report
     * year; in edition 2019 also 对外公开总数量 at least 本年新公开数量, 上一年项目数量 + 本年增/减 not
     * negative, and a procurement amount of 0 exactly when there is no procurement project.
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
            builder.cell(cell, cell.blank());
        }
        return builder.build();
    }

    /**
     * A valid report of an edition that also keeps, as printed, rows of the other edition's
     * template ({@link TemplateDeviation}): one or more of {@link TemplateDeviation#rowsOutside(Edition)}
     * (in a report of edition 2021 the 2019 rows {@code 其他对外管理服务事项}, {@code 政府集中采购},
     * {@code （六）其他处理}; in one of edition 2019 the three 2021 rows of （六）), each with figures
     * drawn as the cells' are and now and then a blank. Every rule holds but
     * {@code TEMPLATE-DEVIATION}, which reports each kept row. Opt-in, for the round trips of the
     * formats that carry deviations; {@link #valid} never makes one.
     *
     * @param random the source of randomness
     * @param edition the edition of the report
     * @return the report
     */
    public static AnnualReport withDeviations(RandomGenerator random, Edition edition) {
        AnnualReport.Builder builder = validBuilder(random, edition, false);
        List<Row> rows = TemplateDeviation.rowsOutside(edition);
        Edition other = edition == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
        // a draw of 0 keeps the first row alone: what a failing case shrinks to
        int kept = 1 + random.nextInt((1 << rows.size()) - 1);
        List<TemplateDeviation> deviations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if ((kept & (1 << i)) != 0) {
                Row row = rows.get(i);
                Table table = Template.of(other).tables().stream().filter(t -> t.rows().contains(row)).findFirst()
                        .orElseThrow();
                Map<String, CellValue> cells = new LinkedHashMap<>();
                for (Column column : table.columns()) {
                    cells.put(column.code(), deviationValue(random, column.kind()));
                }
                deviations.add(TemplateDeviation.of(other, row.code(), cells));
            }
        }
        return builder.deviations(deviations).build();
    }

    private static CellValue deviationValue(RandomGenerator random, CellKind kind) {
        boolean blank = random.nextInt(8) == 7;
        return switch (kind) {
            case COUNT -> blank ? Count.blank() : Count.of(count(random));
            case SIGNED_COUNT -> blank ? Count.blank() : Count.of(random.nextInt(4) == 3 ? -count(random) : count(random));
            case MONEY -> blank ? Money.blank()
                    : Money.of(amount(random, 2), random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN);
            case MONEY_WAN_YUAN -> blank ? Money.blank() : Money.ofWanYuan(amount(random, 2));
        };
    }

    /** The engine's single-report rules, in its order, with the editions they check: read from the engine. */
    private static final List<RuleInfo> SINGLE_REPORT_RULES = ReportValidator.builder().discoverRules(false).build()
            .rules().stream().filter(rule -> rule.isBuiltIn() && !rule.isCrossYear()).toList();

    /** The rules {@link #broken} knows how to break; the engine's other rules read texts or need two reports. */
    private static final List<String> KNOWN = List.of("APP-BALANCE", "APP-OUTCOMES", "APP-ROW-TOTAL", "LIT-TOTAL",
            "NON-NEGATIVE", "BLANK-CELL", "EDITION-YEAR", "PD-PUBLISHED-TOTAL", "PD-ITEMS-NON-NEGATIVE",
            "PD-PROCUREMENT-ZERO", "PUBLISHED-EARLY", "PUBLISHED-LATE");

    private static final List<RuleId> BREAKABLE = SINGLE_REPORT_RULES.stream().map(RuleInfo::id)
            .filter(id -> KNOWN.contains(id.value())).toList();

    /**
     * The ids of the rules {@link #broken} can break in one edition or the other: every
     * single-report rule of the engine that checks the tables, the dates or the edition.
     *
     * @return the rule ids
     */
    public static List<RuleId> breakableRules() {
        return BREAKABLE;
    }

    /**
     * The ids of the rules {@link #broken} can break in reports of an edition.
     *
     * @param edition the edition
     * @return the rule ids
     */
    public static List<RuleId> breakableRules(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return SINGLE_REPORT_RULES.stream().filter(rule -> rule.editions().contains(edition)).map(RuleInfo::id)
                .filter(BREAKABLE::contains).toList();
    }

    /**
     * A report of an edition in which exactly one rule, chosen at random, is broken.
     *
     * @param random the source of randomness
     * @param edition the edition
     * @return the report and the rule that must fire
     */
    public static BrokenReport broken(RandomGenerator random, Edition edition) {
        List<RuleId> rules = breakableRules(edition);
        return broken(random, edition, rules.get(random.nextInt(rules.size())));
    }

    /**
     * A report of an edition in which exactly the given rule is broken: that rule reports at
     * least one violation, and no other rule reports any.
     *
     * @param random the source of randomness
     * @param edition the edition
     * @param ruleId one of {@link #breakableRules(Edition)}
     * @return the report and the rule that must fire
     * @throws IllegalArgumentException if the rule is not one the generator can break in the edition
     */
    public static BrokenReport broken(RandomGenerator random, Edition edition, RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        for (RuleInfo rule : SINGLE_REPORT_RULES) {
            if (rule.id().equals(ruleId) && !rule.editions().contains(edition)) {
                throw new IllegalArgumentException("rule " + ruleId + " checks reports of edition "
                        + rule.editions().stream().map(Edition::code).collect(Collectors.joining("/"))
                        + " only, not of edition " + edition);
            }
        }
        AnnualReport.Builder builder = validBuilder(random, edition, true);
        AnnualReport valid = builder.build();
        Template template = Template.of(edition);
        int d = 1 + random.nextInt(9);
        String column = APPLICANT_COLUMNS.get(random.nextInt(APPLICANT_COLUMNS.size()));
        List<String> changed = new ArrayList<>();
        switch (ruleId.value()) {
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
                List<Cell> terms = litigationGroup(random, template);
                add(builder, valid, terms.get(0).code(), d, changed);
            }
            case "NON-NEGATIVE" -> {
                // a group's first term (结果维持) goes below zero, its second takes up the difference: the group
                // still adds up
                List<Cell> terms = litigationGroup(random, template);
                int first = terms.get(0).count(valid).value();
                add(builder, valid, terms.get(0).code(), -(first + d), changed);
                add(builder, valid, terms.get(1).code(), first + d, changed);
            }
            case "BLANK-CELL" -> {
                Cell cell = template.cells().get(random.nextInt(template.cells().size()));
                builder.cell(cell, cell.blank());
                changed.add(cell.code());
            }
            case "EDITION-YEAR" -> {
                builder.year(edition == Edition.EDITION_2019 ? 2021 + random.nextInt(5) : 2019 + random.nextInt(2));
                builder.publishedOn(null);
                changed.add(ReportField.YEAR.code());
            }
            case "PD-PUBLISHED-TOTAL" -> {
                // the total drops below this year's newly published (at least 10 with room to break)
                String row = "proactiveDisclosure." + (random.nextBoolean() ? "regulations" : "normativeDocuments");
                int published = ((Count) valid.cell(row + ".newlyPublished")).value();
                builder.cell(row + ".totalPublished", published - d);
                changed.add(row + ".totalPublished");
            }
            case "PD-ITEMS-NON-NEGATIVE" -> {
                String row = "proactiveDisclosure." + ITEM_ROWS[random.nextInt(ITEM_ROWS.length)];
                int previous = ((Count) valid.cell(row + ".previousYearItems")).value();
                builder.cell(row + ".change", -(previous + d));
                changed.add(row + ".change");
            }
            case "PD-PROCUREMENT-ZERO" -> {
                Money amount = (Money) valid.cell("proactiveDisclosure.procurement.totalAmount");
                if (random.nextBoolean()) {
                    builder.cell("proactiveDisclosure.procurement.projects", 0)
                            .cell("proactiveDisclosure.procurement.totalAmount", Money.of(amount(random, 2), amount.unit()));
                } else {
                    builder.cell("proactiveDisclosure.procurement.projects", d)
                            .cell("proactiveDisclosure.procurement.totalAmount", Money.of(BigDecimal.ZERO, amount.unit()));
                }
                changed.add("proactiveDisclosure.procurement.projects");
                changed.add("proactiveDisclosure.procurement.totalAmount");
            }
            case "PUBLISHED-EARLY" -> {
                builder.publishedOn(LocalDate.of(valid.year(), 1, 1).plusDays(random.nextInt(365)));
                changed.add(ReportField.PUBLISHED_ON.code());
            }
            case "PUBLISHED-LATE" -> {
                builder.publishedOn(LocalDate.of(valid.year() + 1, 4, 1).plusDays(random.nextInt(180)));
                changed.add(ReportField.PUBLISHED_ON.code());
            }
            default -> throw new IllegalArgumentException(
                    "the generator cannot break rule " + ruleId + "; it breaks " + breakableRules());
        }
        return new BrokenReport(builder.build(), ruleId, changed.stream().map(CellPath::parse).toList());
    }

    /**
     * The same agency's report on the year after {@code previous}, valid under every rule and
     * consistent with {@code previous} under every cross-year rule that applies to the pair: row
     * 二 of section 三 repeats last year's row 四; in edition 2019 上一年项目数量 is last year's plus
     * its 本年增/减; in edition 2021 现行有效件数 is last year's plus 本年制发件数 minus 本年废止件数.
     * The edition is the one official for the new year, so a report on 2020 is followed by one of
     * edition 2021, which only {@code APP-CARRY-XYEAR} compares with it.
     *
     * <p>{@code previous} should itself be valid: a blank or negative figure of it that the new
     * report would repeat is drawn at random instead.
     *
     * @param random the source of randomness
     * @param previous last year's report
     * @return this year's report
     * @throws IllegalArgumentException if {@code previous} is on the last year the model accepts
     */
    public static AnnualReport followingYear(RandomGenerator random, AnnualReport previous) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(previous, "previous");
        int year = previous.year() + 1;
        if (year > AnnualReport.MAX_YEAR) {
            throw new IllegalArgumentException("the report on " + previous.year()
                    + " has no following year: the last year is " + AnnualReport.MAX_YEAR);
        }
        Edition edition = Edition.forYear(year);
        int[] carried = new int[APPLICANT_COLUMNS.size()];
        for (int c = 0; c < carried.length; c++) {
            carried[c] = count(random, previous, "applications.carriedForward." + APPLICANT_COLUMNS.get(c));
        }
        AnnualReport.Builder builder = validBuilder(random, edition, year, previous.agency(), false, carried);
        String p = Section.PROACTIVE_DISCLOSURE.code() + ".";
        if (edition == previous.edition() && edition == Edition.EDITION_2019) {
            for (String row : ITEM_ROWS) {
                Count change = (Count) previous.cell(p + row + ".change");
                long items = (long) count(random, previous, p + row + ".previousYearItems") + change.orElse(0);
                items(random, builder, p + row, items < 0 || items > Integer.MAX_VALUE ? count(random) : (int) items);
            }
        } else if (edition == previous.edition()) {
            for (String row : DOCUMENT_ROWS) {
                long before = count(random, previous, p + row + ".inForce");
                int issued = count(random);
                int repealed = (int) Math.min(count(random), before + issued);
                long inForce = before + issued - repealed;
                if (inForce <= Integer.MAX_VALUE) {
                    builder.cell(p + row + ".issued", issued)
                            .cell(p + row + ".repealed", repealed)
                            .cell(p + row + ".inForce", (int) inForce);
                }
            }
        }
        return builder.build();
    }

    /** A count of a report, or a random one where it is blank or negative. */
    private static int count(RandomGenerator random, AnnualReport report, String code) {
        Count count = (Count) report.cell(code);
        return count.isBlank() || count.value() < 0 ? count(random) : count.value();
    }

    /** The six applicant columns of section 三, the terms of every row total; the same in both editions. */
    private static final List<String> APPLICANT_COLUMNS = Template.of(Edition.EDITION_2021).relations(RuleId.of("APP-ROW-TOTAL"))
            .get(0).left().stream().map(cell -> cell.column().code()).toList();

    /** The four outcome cells of one of section 四's groups (行政复议 and the two kinds of 行政诉讼), at random. */
    private static List<Cell> litigationGroup(RandomGenerator random, Template template) {
        List<Relation> groups = template.relations(RuleId.of("LIT-TOTAL"));
        return groups.get(random.nextInt(groups.size())).left();
    }

    private static final String[] DOCUMENT_ROWS = {"regulations", "normativeDocuments"};

    private static final String[] ITEM_ROWS = {"licensing", "otherServices", "penalties", "coercion", "fees"};

    private static void add(AnnualReport.Builder builder, AnnualReport valid, String code, int delta,
            List<String> changed) {
        builder.cell(code, Count.of(((Count) valid.cell(code)).value() + delta));
        changed.add(code);
    }

    /**
     * A valid report's builder. With {@code roomToBreak}, the cells {@link #broken} lowers are at
     * least 10, so that lowering them keeps every count at zero or more.
     */
    private static AnnualReport.Builder validBuilder(RandomGenerator random, Edition edition, boolean roomToBreak) {
        int year = edition == Edition.EDITION_2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(5);
        return validBuilder(random, edition, year, AGENCIES[random.nextInt(AGENCIES.length)]
                + (random.nextInt(4) == 0 ? text(random) : ""), roomToBreak, null);
    }

    /**
     * A valid report's builder for a year and agency; {@code carriedOver}, when given, fixes row
     * 二 of section 三 (the six applicant columns).
     */
    private static AnnualReport.Builder validBuilder(RandomGenerator random, Edition edition, int year, String agency,
            boolean roomToBreak, int[] carriedOver) {
        Template template = Template.of(edition);
        AnnualReport.Builder builder = AnnualReport.builder(edition)
                .agency(agency)
                .year(year)
                .publishedOn(publishedOn(random, year));
        for (ReportField field : ReportField.values()) {
            if (field.isText()) {
                // 一, 五 and 六 are never empty (EMPTY-TEXT); an edition 2021 report states the 信息处理费 (FEE-STATEMENT)
                boolean required = field == ReportField.OVERVIEW_TEXT || field == ReportField.PROBLEMS_AND_IMPROVEMENTS
                        || field == ReportField.OTHER_MATTERS;
                String fee = field == ReportField.OTHER_MATTERS && edition == Edition.EDITION_2021
                        ? "本年度未收取信息处理费。" : "";
                builder.field(field, required ? "本年度" + text(random) + fee : random.nextInt(4) == 0 ? "" : text(random));
            }
        }
        proactive(random, edition, builder, roomToBreak);
        applications(random, template, builder, roomToBreak, carriedOver);
        for (Relation group : template.relations(RuleId.of("LIT-TOTAL"))) {
            int sum = 0;
            for (Cell cell : group.left()) {
                int value = count(random);
                sum += value;
                builder.cell(cell, Count.of(value));
            }
            builder.cell(group.anchor(), Count.of(sum));
        }
        return builder;
    }

    /**
     * Fills section 二 so that every rule holds: 对外公开总数量 at least 本年新公开数量, 上一年项目数量 +
     * 本年增/减 not negative, no procurement amount without a project and none of zero with one.
     * With {@code roomToBreak}, 本年新公开数量 is at least 10 so that {@link #broken} can put the
     * total below it.
     */
    private static void proactive(RandomGenerator random, Edition edition, AnnualReport.Builder builder,
            boolean roomToBreak) {
        String p = Section.PROACTIVE_DISCLOSURE.code() + ".";
        if (edition == Edition.EDITION_2019) {
            for (String row : DOCUMENT_ROWS) {
                int published = count(random) + (roomToBreak ? 10 : 0);
                builder.cell(p + row + ".newlyMade", count(random))
                        .cell(p + row + ".newlyPublished", published)
                        .cell(p + row + ".totalPublished", published + count(random));
            }
            for (String row : ITEM_ROWS) {
                items(random, builder, p + row, count(random));
                if (!row.equals("fees")) {
                    builder.cell(p + row + ".decisions", count(random));
                }
            }
            int projects = count(random);
            builder.cell(p + "procurement.projects", projects)
                    .cell(p + "procurement.totalAmount", Money.of(projects == 0 ? BigDecimal.ZERO : amount(random, 2),
                            random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN));
        } else {
            for (String row : DOCUMENT_ROWS) {
                // 现行有效件数 at least 本年制发件数 - 本年废止件数: last year's stock is not negative (PD-STOCK-BOUND)
                int issued = count(random);
                int repealed = count(random);
                builder.cell(p + row + ".issued", issued)
                        .cell(p + row + ".repealed", repealed)
                        .cell(p + row + ".inForce", Math.max(0, issued - repealed) + count(random));
            }
            for (String row : new String[] {"licensing", "penalties", "coercion"}) {
                builder.cell(p + row + ".decisions", count(random));
            }
            builder.cell(p + "fees.amountWanYuan", Money.ofWanYuan(
                    random.nextInt(3) == 0 ? BigDecimal.ZERO : amount(random, 4)));
        }
    }

    /** 上一年项目数量 and a 本年增/减 that keeps this year's items at zero or more. */
    private static void items(RandomGenerator random, AnnualReport.Builder builder, String row, int previous) {
        builder.cell(row + ".previousYearItems", previous)
                .cell(row + ".change", random.nextBoolean() ? count(random) : -random.nextInt(previous + 1));
    }

    /**
     * Fills section 三 column by column so that every relation holds: outcomes first, their sum is
     * （七）总计; a carried-forward figure; the inflow they make is split into 一 and 二 (with 二
     * fixed when {@code carriedOver} is given, the outcomes growing if the inflow would be smaller).
     * Row totals are the sums of the six applicant columns, so the 总计 column adds up too.
     */
    private static void applications(RandomGenerator random, Template template, AnnualReport.Builder builder,
            boolean roomToBreak, int[] carriedOver) {
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
            values[n - 1][c] = count(random) + (roomToBreak ? 10 : 0);
            if (carriedOver != null && handled + values[n - 1][c] < carriedOver[c]) {
                int more = carriedOver[c] - handled - values[n - 1][c];
                values[2][c] += more;
                handled += more;
            }
            values[n - 2][c] = handled;
            int inflow = handled + values[n - 1][c];
            values[1][c] = carriedOver != null ? carriedOver[c] : random.nextInt(inflow + 1) / (random.nextBoolean() ? 1 : 4);
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

    /**
     * A publication date in January after the report year, every level's deadline (PUBLISHED-LATE),
     * or none one time in three; none either when that day has not come yet (PUBLISHED-FUTURE).
     */
    private static LocalDate publishedOn(RandomGenerator random, int year) {
        LocalDate date = random.nextInt(3) == 0 ? null : LocalDate.of(year + 1, 1, 1).plusDays(random.nextInt(31));
        return date == null || date.isAfter(LocalDate.now(java.time.ZoneOffset.ofHours(8)).minusDays(1)) ? null : date;
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
