package dev.xxgk.validation.internal;

import static dev.xxgk.validation.internal.Plan.BLANK;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.Relation;
import dev.xxgk.template.RuleId;
import dev.xxgk.template.RelationOutcome;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.AgencyLevel;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.RuleFailure;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.spi.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the rules. The path of a report that breaks no rule reads each cell once into a
 * thread-local {@code long[]} and allocates nothing: no iterator, no boxing, no list until the
 * first violation. Sums are in {@code long}: at most 22 terms of at most {@code 2^31} each cannot
 * overflow.
 */
public final class Engine {

    private static final String AT_LEAST = "≥ ";

    /** One array per thread: rules added through the SPI run after the engine's, never inside. */
    private static final ThreadLocal<long[]> VALUES = ThreadLocal.withInitial(() -> new long[Plan.MAX_CELLS]);

    private Engine() {
    }

    /**
     * Checks one report with the single-report rules.
     *
     * @param report the report
     * @param rules the rules
     * @return the result, {@link ValidationResult#empty()} when nothing is wrong
     */
    public static ValidationResult validate(AnnualReport report, RuleSet rules) {
        // a valid report allocates nothing: the run that collects failures of added rules is made
        // only when an added rule will run
        Run run = rules.single.length > 0 ? new Run() : null;
        ArrayList<Violation> out = singleReport(report, rules, run);
        return out == null && (run == null || run.failures == null) ? ValidationResult.empty()
                : ValidationResult.of(out == null ? List.of() : out, List.of(), run == null ? List.of() : run.failures());
    }

    /**
     * Checks this year's report with the single-report rules and against last year's with the
     * cross-year rules.
     *
     * @param current this year's report
     * @param previous last year's report
     * @param rules the rules
     * @return the result
     */
    public static ValidationResult validate(AnnualReport current, AnnualReport previous, RuleSet rules) {
        Run run = new Run();
        ArrayList<Violation> out = singleReport(current, rules, run);
        if (out == null) {
            out = new ArrayList<>();
        }
        List<NotApplied> notApplied = new ArrayList<>();
        Msg pairReason = pairReason(current, previous);
        boolean sameForm = pairReason == null && !current.agency().equals(previous.agency());
        for (BuiltInRule rule : BuiltInRule.ALL) {
            if (rule.isCrossYear() && rules.on[rule.ordinal()]) {
                Severity severity = rules.severity[rule.ordinal()];
                if (rule == BuiltInRule.AGENCY_NAME_FORM) {
                    if (sameForm) {
                        out.add(agencyForm(current, previous, severity));
                    }
                    continue;
                }
                Msg reason = pairReason != null ? pairReason : editionReason(rule.editions(), current, previous);
                if (reason != null) {
                    notApplied.add(NotApplied.of(rule.id(), reason));
                    continue;
                }
                switch (rule) {
                    case APP_CARRY_XYEAR -> carry(current, previous, severity, out);
                    case PD_STOCK_XYEAR -> stock(current, previous, severity, out);
                    case PD_ITEMS_XYEAR -> items(current, previous, severity, out);
                    case TEXT_COPIED -> copied(current, previous, severity, rules.copiedThreshold, out);
                    default -> throw new IllegalStateException(rule + " is not a cross-year rule");
                }
            }
        }
        Collector collector = null;
        for (RuleSet.Extra extra : rules.cross) {
            Msg reason = pairReason != null ? pairReason : editionReason(extra.editions, current, previous);
            if (reason != null) {
                notApplied.add(NotApplied.of(extra.id, reason));
                continue;
            }
            if (collector == null) {
                collector = new Collector(rules.profile, out);
            }
            int mark = collector.start(extra.id, extra.severity);
            try {
                extra.rule.checkAcrossYears(current, previous, collector);
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                collector.rollBack(mark);
                run.fail(extra.id, current, e);
            }
        }
        return ValidationResult.of(out, notApplied, run.failures());
    }

    /**
     * Checks a parent's report (a county's summary) against the sum of its children's reports.
     *
     * @param parent the parent's report
     * @param children the children's reports, of the parent's edition and year
     * @param expected the agencies whose reports the parent sums, or empty when not known
     * @param rules the rules
     * @return the result: PARENT-SUM for each cell that differs, PARENT-CHILD-MISSING for each
     *     expected child not given
     */
    public static ValidationResult validateSum(AnnualReport parent, List<AnnualReport> children,
            java.util.Collection<String> expected, RuleSet rules) {
        return ParentCheck.check(parent, children, expected, rules);
    }

    /** The failures of the rules added through the SPI in one validation; allocated at the first. */
    static final class Run {
        private List<RuleFailure> failures;

        void fail(RuleId id, AnnualReport report, Throwable e) {
            if (failures == null) {
                failures = new ArrayList<>();
            }
            failures.add(RuleFailure.of(id, report.agency(), report.year(), e));
        }

        List<RuleFailure> failures() {
            return failures == null ? List.of() : failures;
        }
    }

    /** The engine's single-report rules, then the added ones; null when none reports anything. */
    private static ArrayList<Violation> singleReport(AnnualReport report, RuleSet rules, Run run) {
        ArrayList<Violation> out = builtIn(report, rules, VALUES.get());
        return rules.single.length > 0 ? extras(report, rules, out, run) : out;
    }

    private static ArrayList<Violation> add(ArrayList<Violation> out, Violation violation) {
        ArrayList<Violation> list = out == null ? new ArrayList<>() : out;
        list.add(violation);
        return list;
    }

    private static ArrayList<Violation> extras(AnnualReport report, RuleSet rules, ArrayList<Violation> out, Run run) {
        Collector collector = new Collector(rules.profile, out == null ? new ArrayList<>() : out);
        for (RuleSet.Extra extra : rules.single) {
            if (extra.editions.contains(report.edition())) {
                int mark = collector.start(extra.id, extra.severity);
                try {
                    extra.rule.check(report, collector);
                } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                    // the rule's own failure, not the report's nor the SDK's: what it reported before is dropped
                    collector.rollBack(mark);
                    run.fail(extra.id, report, e);
                }
            }
        }
        return collector.violations().isEmpty() ? null : collector.violations();
    }

    /** The engine's single-report rules, in the order of {@link BuiltInRule}. */
    private static ArrayList<Violation> builtIn(AnnualReport report, RuleSet rules, long[] v) {
        Plan plan = Plan.of(report.edition());
        int counts = plan.read(report, v);
        boolean[] on = rules.on;
        ArrayList<Violation> out = null;

        boolean bound = on[BuiltInRule.PARTS_EXCEED_TOTAL.ordinal()];
        for (int k = 0; k < plan.relations.length; k++) {
            Relation relation = plan.relations[k];
            if (on[plan.relationRule[k]] || bound) {
                RelationOutcome outcome = relation.evaluate(v);
                if (outcome instanceof RelationOutcome.Broken broken) {
                    if (on[plan.relationRule[k]]) {
                        out = add(out, relation(plan, k, v, broken.left(), broken.right(), rules));
                    }
                } else if (bound && outcome == RelationOutcome.UNCHECKED
                        && relation.bound(v) instanceof RelationOutcome.Broken exceeded) {
                    out = add(out, partsExceed(relation, v, exceeded,
                            rules.severity[BuiltInRule.PARTS_EXCEED_TOTAL.ordinal()]));
                }
            }
        }
        if ((counts & 0xFFFF) != 0 && on[BuiltInRule.NON_NEGATIVE.ordinal()]) {
            out = nonNegative(report, plan, v, rules.severity[BuiltInRule.NON_NEGATIVE.ordinal()], out);
        }
        if ((counts >>> 16) != 0 && on[BuiltInRule.BLANK_CELL.ordinal()]) {
            out = blanks(plan, v, rules.severity[BuiltInRule.BLANK_CELL.ordinal()], out);
        }
        int year = report.year();
        if (on[BuiltInRule.EDITION_YEAR.ordinal()] && Edition.forYear(year) != report.edition()) {
            out = add(out, editionYear(report, rules.severity[BuiltInRule.EDITION_YEAR.ordinal()]));
        }
        if (report.edition() == Edition.EDITION_2019) {
            if (on[BuiltInRule.PD_PUBLISHED_TOTAL.ordinal()]) {
                out = publishedTotal(plan, v, rules.severity[BuiltInRule.PD_PUBLISHED_TOTAL.ordinal()], out);
            }
            if (on[BuiltInRule.PD_ITEMS_NON_NEGATIVE.ordinal()]) {
                out = itemsNonNegative(plan, v, rules.severity[BuiltInRule.PD_ITEMS_NON_NEGATIVE.ordinal()], out);
            }
            if (on[BuiltInRule.PD_PROCUREMENT_ZERO.ordinal()]) {
                out = procurement(report, plan, v, rules.severity[BuiltInRule.PD_PROCUREMENT_ZERO.ordinal()], out);
            }
        }
        LocalDate published = report.publishedOn();
        if (published != null) {
            if (published.getYear() <= year) {
                if (on[BuiltInRule.PUBLISHED_EARLY.ordinal()]) {
                    out = add(out, publishedEarly(report, rules.severity[BuiltInRule.PUBLISHED_EARLY.ordinal()]));
                }
            } else if (on[BuiltInRule.PUBLISHED_LATE.ordinal()]
                    && (published.getYear() > year + 1 || published.getMonthValue() > 1)) {
                AgencyLevel level = rules.levels.apply(report.agency());
                LocalDate deadline = level.deadline(year);
                if (published.isAfter(deadline)) {
                    out = add(out, publishedLate(report, level, deadline,
                            rules.severity[BuiltInRule.PUBLISHED_LATE.ordinal()]));
                }
            }
            if (on[BuiltInRule.PUBLISHED_FUTURE.ordinal()] && published.toEpochDay() > today(rules)) {
                out = add(out, publishedFuture(report, rules));
            }
        }
        if (report.edition() == Edition.EDITION_2021 && on[BuiltInRule.PD_STOCK_BOUND.ordinal()]) {
            out = stockBound(plan, v, rules.severity[BuiltInRule.PD_STOCK_BOUND.ordinal()], out);
        }
        if (on[BuiltInRule.TEXT_EMPTY.ordinal()]) {
            out = TextRules.empty(report, rules.severity[BuiltInRule.TEXT_EMPTY.ordinal()], out);
        }
        if (report.edition() == Edition.EDITION_2021 && on[BuiltInRule.FEE_STATEMENT.ordinal()]
                && !TextRules.statesFee(report)) {
            out = add(out, TextRules.feeMissing(rules.severity[BuiltInRule.FEE_STATEMENT.ordinal()]));
        }
        if (on[BuiltInRule.TEXT_TABLE.ordinal()] && TextFacts.hasText(report)) {
            out = TextFacts.check(report, v, rules.severity[BuiltInRule.TEXT_TABLE.ordinal()], out);
        }
        if (on[BuiltInRule.TEMPLATE_DEVIATION.ordinal()] && !report.deviations().isEmpty()) {
            out = deviations(report, rules.severity[BuiltInRule.TEMPLATE_DEVIATION.ordinal()], out);
        }
        return out;
    }

    private static ArrayList<Violation> deviations(AnnualReport report, Severity severity, ArrayList<Violation> out) {
        String edition = report.edition().code();
        for (TemplateDeviation deviation : report.deviations()) {
            StringBuilder figures = new StringBuilder();
            for (CellValue value : deviation.cells().values()) {
                figures.append(figures.length() == 0 ? "" : " ").append(value.isBlank() ? "/" : value.toText());
            }
            String printed = figures.toString();
            out = add(out, Violation.of(BuiltInRule.TEMPLATE_DEVIATION.id(), severity, CellPath.parse(deviation.path()),
                    deviation.label(), "the rows of edition " + edition, deviation.label() + " " + printed,
                    Msg.of("violation.TEMPLATE-DEVIATION", deviation.label(), deviation.edition().code(), printed,
                            edition)));
        }
        return out;
    }

    /** Beijing time: the day a report is validated, as the agencies that publish it count days. */
    private static final long CHINA_OFFSET_MILLIS = 8 * 3600_000L;

    private static long today(RuleSet rules) {
        return rules.clock == null ? Math.floorDiv(System.currentTimeMillis() + CHINA_OFFSET_MILLIS, 86_400_000L)
                : LocalDate.now(rules.clock).toEpochDay();
    }

    private static Violation publishedFuture(AnnualReport report, RuleSet rules) {
        LocalDate today = LocalDate.ofEpochDay(today(rules));
        return Violation.of(BuiltInRule.PUBLISHED_FUTURE.id(), rules.severity[BuiltInRule.PUBLISHED_FUTURE.ordinal()],
                CellPath.of(ReportField.PUBLISHED_ON), ReportField.PUBLISHED_ON.label(), "≤ " + today,
                report.publishedOn().toString(),
                Msg.of("violation.PUBLISHED-FUTURE", report.publishedOn().toString(), today.toString()));
    }

    private static Violation partsExceed(Relation relation, long[] v, RelationOutcome.Broken exceeded, Severity severity) {
        // bound() reports the partial side on the left: find which side it is
        boolean leftPartial = false;
        for (Cell cell : relation.left()) {
            leftPartial |= v[cell.index()] == BLANK;
        }
        List<Cell> partial = leftPartial ? relation.left() : relation.right();
        List<Cell> full = leftPartial ? relation.right() : relation.left();
        Cell anchor = relation.anchor();
        boolean byColumn = relation.left().stream().allMatch(c -> c.row().equals(anchor.row()));
        LocalizedText row = Texts.row(anchor.row());
        LocalizedText column = Texts.column(anchor);
        LocalizedText context = locale -> LocalizedText.isChinese(locale)
                ? (byColumn ? row.in(locale) + " 行" : "「" + column.in(locale) + "」列")
                : (byColumn ? "row " : "column ") + (byColumn ? row : column).in(locale);
        return Violation.of(BuiltInRule.PARTS_EXCEED_TOTAL.id(), severity, CellPath.of(anchor), anchor.label(),
                "≤ " + exceeded.right(), Long.toString(exceeded.left()),
                Msg.of("violation.PARTS-EXCEED-TOTAL", context, Texts.blanks(partial, v, byColumn),
                        Texts.known(partial, v, byColumn), Texts.known(full, v, byColumn)));
    }

    private static ArrayList<Violation> stockBound(Plan plan, long[] v, Severity severity, ArrayList<Violation> out) {
        for (int i = 0; i < plan.inForce.length; i++) {
            long issued = v[plan.issued[i]];
            long repealed = v[plan.repealed[i]];
            long inForce = v[plan.inForce[i]];
            if (issued == BLANK || repealed == BLANK || inForce == BLANK || issued < 0 || repealed < 0 || inForce < 0) {
                continue;
            }
            if (inForce + repealed < issued) {
                Cell cell = plan.cells[plan.inForce[i]];
                out = add(out, Violation.of(BuiltInRule.PD_STOCK_BOUND.id(), severity, CellPath.of(cell), cell.label(),
                        AT_LEAST + (issued - repealed), Long.toString(inForce),
                        Msg.of("violation.PD-STOCK-BOUND", Texts.row(cell.row()), Texts.columnShort(cell),
                                Long.toString(inForce), Texts.columnShort(plan.cells[plan.issued[i]]),
                                Long.toString(issued), Texts.columnShort(plan.cells[plan.repealed[i]]),
                                Long.toString(repealed), Long.toString(inForce + repealed - issued))));
            }
        }
        return out;
    }

    private static Violation relation(Plan plan, int k, long[] v, long left, long right, RuleSet rules) {
        BuiltInRule rule = BuiltInRule.ALL[plan.relationRule[k]];
        List<Cell> cells = plan.relations[k].cells();
        long[] values = new long[cells.size()];
        for (int t = 0; t < values.length; t++) {
            values[t] = v[cells.get(t).index()];
        }
        Cell anchor = plan.relations[k].anchor();
        return Violation.of(rule.id(), rules.severity[rule.ordinal()], CellPath.of(anchor), anchor.label(),
                Long.toString(left), Long.toString(right), new Texts.RelationText(rule, plan.relations[k], values));
    }

    private static ArrayList<Violation> nonNegative(AnnualReport report, Plan plan, long[] v, Severity severity,
            ArrayList<Violation> out) {
        for (int i = 0; i < plan.cells.length; i++) {
            long x = v[i];
            if (x != BLANK && x < 0 && plan.kind[i] != Plan.SIGNED) {
                Cell cell = plan.cells[i];
                boolean money = plan.kind[i] == Plan.MONEY;
                String actual = money ? cell.get(report).toText() : Long.toString(x);
                out = add(out, Violation.of(BuiltInRule.NON_NEGATIVE.id(), severity, CellPath.of(cell), cell.label(),
                        AT_LEAST + "0", actual,
                        Msg.of(money ? "violation.NON-NEGATIVE.money" : "violation.NON-NEGATIVE", Texts.cell(cell), actual)));
            }
        }
        return out;
    }

    private static ArrayList<Violation> blanks(Plan plan, long[] v, Severity severity, ArrayList<Violation> out) {
        for (int i = 0; i < plan.cells.length; i++) {
            if (v[i] == BLANK) {
                Cell cell = plan.cells[i];
                out = add(out, Violation.of(BuiltInRule.BLANK_CELL.id(), severity, CellPath.of(cell), cell.label(), "filled",
                        "blank", Msg.of(plan.inSum[i] ? "violation.BLANK-CELL" : "violation.BLANK-CELL.noSum",
                                Texts.cell(cell))));
            }
        }
        return out;
    }

    private static Violation editionYear(AnnualReport report, Severity severity) {
        Edition expected = Edition.forYear(report.year());
        return Violation.of(BuiltInRule.EDITION_YEAR.id(), severity, CellPath.of(ReportField.EDITION),
                ReportField.EDITION.label(), expected.code(), report.edition().code(),
                Msg.of("violation.EDITION-YEAR", Integer.toString(report.year()), expected.code(), expected.source(),
                        report.edition().code()));
    }

    private static ArrayList<Violation> publishedTotal(Plan plan, long[] v, Severity severity, ArrayList<Violation> out) {
        for (int i = 0; i < plan.totalPublished.length; i++) {
            long published = v[plan.newlyPublished[i]];
            long total = v[plan.totalPublished[i]];
            if (published != BLANK && total != BLANK && total >= 0 && total < published) {
                Cell cell = plan.cells[plan.totalPublished[i]];
                out = add(out, Violation.of(BuiltInRule.PD_PUBLISHED_TOTAL.id(), severity, CellPath.of(cell), cell.label(),
                        AT_LEAST + published, Long.toString(total),
                        Msg.of("violation.PD-PUBLISHED-TOTAL", Texts.row(cell.row()), Texts.columnShort(cell),
                                Long.toString(total), Texts.columnShort(plan.cells[plan.newlyPublished[i]]),
                                Long.toString(published))));
            }
        }
        return out;
    }

    private static ArrayList<Violation> itemsNonNegative(Plan plan, long[] v, Severity severity,
            ArrayList<Violation> out) {
        for (int i = 0; i < plan.change.length; i++) {
            long previous = v[plan.previousYearItems[i]];
            long change = v[plan.change[i]];
            if (previous != BLANK && change != BLANK && previous >= 0 && previous + change < 0) {
                Cell cell = plan.cells[plan.change[i]];
                out = add(out, Violation.of(BuiltInRule.PD_ITEMS_NON_NEGATIVE.id(), severity, CellPath.of(cell), cell.label(),
                        AT_LEAST + (-previous), Long.toString(change),
                        Msg.of("violation.PD-ITEMS-NON-NEGATIVE", Texts.row(cell.row()),
                                Texts.columnShort(plan.cells[plan.previousYearItems[i]]), Texts.columnShort(cell),
                                Long.toString(previous), Texts.term(change), Long.toString(previous + change))));
            }
        }
        return out;
    }

    private static ArrayList<Violation> procurement(AnnualReport report, Plan plan, long[] v, Severity severity,
            ArrayList<Violation> out) {
        long projects = v[plan.procurementProjects];
        if (projects == BLANK || projects < 0 || v[plan.procurementAmount] == BLANK) {
            return out;
        }
        Cell amountCell = plan.cells[plan.procurementAmount];
        Money amount = (Money) amountCell.get(report);
        int sign = amount.amount().signum();
        if (sign < 0 || (projects == 0) == (sign == 0)) {
            return out;
        }
        Cell projectsCell = plan.cells[plan.procurementProjects];
        String key = projects == 0 ? "violation.PD-PROCUREMENT-ZERO.noProjects" : "violation.PD-PROCUREMENT-ZERO.noAmount";
        return add(out, Violation.of(BuiltInRule.PD_PROCUREMENT_ZERO.id(), severity, CellPath.of(amountCell),
                amountCell.label(), projects == 0 ? "0" : "> 0", amount.toText(),
                Msg.of(key, Texts.columnShort(projectsCell), Long.toString(projects), Texts.columnShort(amountCell),
                        amount.toText())));
    }

    private static Violation publishedEarly(AnnualReport report, Severity severity) {
        LocalDate end = LocalDate.of(report.year(), 12, 31);
        return Violation.of(BuiltInRule.PUBLISHED_EARLY.id(), severity, CellPath.of(ReportField.PUBLISHED_ON),
                ReportField.PUBLISHED_ON.label(), "> " + end, report.publishedOn().toString(),
                Msg.of("violation.PUBLISHED-EARLY", report.publishedOn().toString(), Integer.toString(report.year())));
    }

    private static Violation publishedLate(AnnualReport report, AgencyLevel level, LocalDate deadline,
            Severity severity) {
        return Violation.of(BuiltInRule.PUBLISHED_LATE.id(), severity, CellPath.of(ReportField.PUBLISHED_ON),
                ReportField.PUBLISHED_ON.label(), "≤ " + deadline, report.publishedOn().toString(),
                Msg.of("violation.PUBLISHED-LATE." + level.code(), report.publishedOn().toString(), deadline.toString(),
                        report.agency()));
    }

    // ---- cross-year ----

    private static Msg pairReason(AnnualReport current, AnnualReport previous) {
        if (!AgencyNames.sameAgency(current.agency(), previous.agency())) {
            String[] marked = AgencyNames.markDifference(current.agency(), previous.agency());
            return Msg.of("notApplied.agency", marked[0], marked[1]);
        }
        if (previous.year() >= current.year()) {
            return Msg.of("notApplied.notEarlier", Integer.toString(current.year()),
                    Integer.toString(previous.year()), Integer.toString(current.year() - 1));
        }
        if (previous.year() != current.year() - 1) {
            return Msg.of("notApplied.year", Integer.toString(current.year()), Integer.toString(previous.year()),
                    Integer.toString(current.year() - 1));
        }
        return null;
    }

    private static Violation agencyForm(AnnualReport current, AnnualReport previous, Severity severity) {
        String division = AgencyNames.divisionPrefix(AgencyNames.normalize(current.agency()),
                AgencyNames.normalize(previous.agency()));
        Msg message = division != null
                ? Msg.of("violation.AGENCY-NAME-FORM.division", current.agency(), previous.agency(), division)
                : Msg.of("violation.AGENCY-NAME-FORM", current.agency(), previous.agency(),
                        AgencyNames.normalize(current.agency()));
        return Violation.of(BuiltInRule.AGENCY_NAME_FORM.id(), severity, CellPath.of(ReportField.AGENCY),
                ReportField.AGENCY.label(), previous.agency(), current.agency(), message);
    }

    private static void copied(AnnualReport current, AnnualReport previous, Severity severity, double threshold,
            List<Violation> out) {
        for (ReportField field : ReportField.values()) {
            if (!field.isText()) {
                continue;
            }
            double similarity = TextSimilarity.of(field.toText(current), field.toText(previous));
            if (similarity >= threshold) {
                String share = TextSimilarity.percent(similarity);
                out.add(Violation.of(BuiltInRule.TEXT_COPIED.id(), severity, CellPath.of(field), field.label(),
                        "< " + TextSimilarity.percent(threshold), share,
                        Msg.of("violation.TEXT-COPIED", field.label(), share, Integer.toString(previous.year()),
                                TextSimilarity.percent(threshold))));
            }
        }
    }

    private static Msg editionReason(Set<Edition> editions, AnnualReport current, AnnualReport previous) {
        if (editions.contains(current.edition()) && editions.contains(previous.edition())) {
            return null;
        }
        StringBuilder needed = new StringBuilder();
        for (Edition edition : Edition.values()) {
            if (editions.contains(edition)) {
                needed.append(needed.length() == 0 ? "" : "/").append(edition.code());
            }
        }
        return Msg.of("notApplied.edition", needed.toString(), current.edition().code(), previous.edition().code());
    }

    private static long value(Cell cell, AnnualReport report) {
        Count count = cell.count(report);
        return count.isBlank() ? BLANK : count.value();
    }

    private static void carry(AnnualReport current, AnnualReport previous, Severity severity, List<Violation> out) {
        Plan now = Plan.of(current.edition());
        Plan before = Plan.of(previous.edition());
        for (int c = 0; c < now.carriedOver.length; c++) {
            Cell cell = now.cells[now.carriedOver[c]];
            Cell forward = before.cells[before.carriedForward[c]];
            long over = value(cell, current);
            long forwarded = value(forward, previous);
            if (over != BLANK && forwarded != BLANK && over != forwarded) {
                out.add(Violation.of(BuiltInRule.APP_CARRY_XYEAR.id(), severity, CellPath.of(cell), cell.label(),
                        Long.toString(forwarded), Long.toString(over),
                        Msg.of("violation.APP-CARRY-XYEAR", Texts.column(cell), Texts.row(cell.row()),
                                Long.toString(over), Integer.toString(previous.year()), Texts.row(forward.row()),
                                Long.toString(forwarded))));
            }
        }
    }

    private static void stock(AnnualReport current, AnnualReport previous, Severity severity, List<Violation> out) {
        Plan plan = Plan.of(current.edition());
        for (int i = 0; i < plan.inForce.length; i++) {
            Cell cell = plan.cells[plan.inForce[i]];
            long before = value(cell, previous);
            long issued = value(plan.cells[plan.issued[i]], current);
            long repealed = value(plan.cells[plan.repealed[i]], current);
            long inForce = value(cell, current);
            if (before == BLANK || issued == BLANK || repealed == BLANK || inForce == BLANK) {
                continue;
            }
            long expected = before + issued - repealed;
            if (expected != inForce) {
                out.add(Violation.of(BuiltInRule.PD_STOCK_XYEAR.id(), severity, CellPath.of(cell), cell.label(),
                        Long.toString(expected), Long.toString(inForce),
                        Msg.of("violation.PD-STOCK-XYEAR", Texts.row(cell.row()), Texts.columnShort(cell),
                                Texts.columnShort(plan.cells[plan.issued[i]]),
                                Texts.columnShort(plan.cells[plan.repealed[i]]), Texts.term(before), Texts.term(issued),
                                Texts.term(repealed), Long.toString(expected), Long.toString(inForce),
                                Integer.toString(previous.year()))));
            }
        }
    }

    private static void items(AnnualReport current, AnnualReport previous, Severity severity, List<Violation> out) {
        Plan plan = Plan.of(current.edition());
        for (int i = 0; i < plan.previousYearItems.length; i++) {
            Cell cell = plan.cells[plan.previousYearItems[i]];
            Cell changeCell = plan.cells[plan.change[i]];
            long items = value(cell, previous);
            long change = value(changeCell, previous);
            long now = value(cell, current);
            if (items == BLANK || change == BLANK || now == BLANK) {
                continue;
            }
            long expected = items + change;
            if (expected != now) {
                out.add(Violation.of(BuiltInRule.PD_ITEMS_XYEAR.id(), severity, CellPath.of(cell), cell.label(),
                        Long.toString(expected), Long.toString(now),
                        Msg.of("violation.PD-ITEMS-XYEAR", Texts.row(cell.row()), Texts.columnShort(cell),
                                Texts.columnShort(changeCell), Texts.term(items), Texts.term(change),
                                Long.toString(expected), Long.toString(now), Integer.toString(previous.year()))));
            }
        }
    }
}
