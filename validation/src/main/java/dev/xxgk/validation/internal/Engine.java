package dev.xxgk.validation.internal;

import static dev.xxgk.validation.internal.Plan.BLANK;

import dev.xxgk.XxgkException;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.template.Cell;
import dev.xxgk.template.RelationOutcome;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
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
        ArrayList<Violation> out = singleReport(report, rules);
        return out == null ? ValidationResult.empty() : ValidationResult.of(out, List.of());
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
        ArrayList<Violation> out = singleReport(current, rules);
        if (out == null) {
            out = new ArrayList<>();
        }
        List<NotApplied> notApplied = new ArrayList<>();
        Msg pairReason = pairReason(current, previous);
        for (BuiltInRule rule : BuiltInRule.ALL) {
            if (rule.isCrossYear() && rules.on[rule.ordinal()]) {
                Msg reason = pairReason != null ? pairReason : editionReason(rule.editions(), current, previous);
                if (reason != null) {
                    notApplied.add(NotApplied.of(rule.id(), reason));
                    continue;
                }
                Severity severity = rules.severity[rule.ordinal()];
                switch (rule) {
                    case APP_CARRY_XYEAR -> carry(current, previous, severity, out);
                    case PD_STOCK_XYEAR -> stock(current, previous, severity, out);
                    case PD_ITEMS_XYEAR -> items(current, previous, severity, out);
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
            collector.start(extra.id, extra.severity);
            try {
                extra.rule.checkAcrossYears(current, previous, collector);
            } catch (RuntimeException e) {
                throw failed(extra.id, current, e);
            }
        }
        return ValidationResult.of(out, notApplied);
    }

    /** The engine's single-report rules, then the added ones; null when none reports anything. */
    private static ArrayList<Violation> singleReport(AnnualReport report, RuleSet rules) {
        ArrayList<Violation> out = builtIn(report, rules, VALUES.get());
        boolean any = false;
        for (RuleSet.Extra extra : rules.single) {
            // TEMPLATE-DEVIATION, in every validator, has nothing to check on a report that keeps to its template
            any |= !(extra.rule instanceof TemplateDeviationRule) || !report.deviations().isEmpty();
        }
        return any ? extras(report, rules, out) : out;
    }

    private static ArrayList<Violation> add(ArrayList<Violation> out, Violation violation) {
        ArrayList<Violation> list = out == null ? new ArrayList<>() : out;
        list.add(violation);
        return list;
    }

    private static ArrayList<Violation> extras(AnnualReport report, RuleSet rules, ArrayList<Violation> out) {
        Collector collector = new Collector(rules.profile, out == null ? new ArrayList<>() : out);
        for (RuleSet.Extra extra : rules.single) {
            if (extra.editions.contains(report.edition())) {
                collector.start(extra.id, extra.severity);
                try {
                    extra.rule.check(report, collector);
                } catch (RuntimeException e) {
                    throw failed(extra.id, report, e);
                }
            }
        }
        return collector.violations().isEmpty() ? null : collector.violations();
    }

    private static XxgkException failed(String id, AnnualReport report, RuntimeException e) {
        return new XxgkException("rule " + id + " failed on the report of " + report.agency() + " on " + report.year()
                + ": " + e, e);
    }

    /** The engine's single-report rules, in the order of {@link BuiltInRule}. */
    private static ArrayList<Violation> builtIn(AnnualReport report, RuleSet rules, long[] v) {
        Plan plan = Plan.of(report.edition());
        int counts = plan.read(report, v);
        boolean[] on = rules.on;
        ArrayList<Violation> out = null;

        for (int k = 0; k < plan.relations.length; k++) {
            if (on[plan.relationRule[k]]
                    && plan.relations[k].evaluate(v) instanceof RelationOutcome.Broken broken) {
                out = add(out, relation(plan, k, v, broken.left(), broken.right(), rules));
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
            } else if (published.getYear() > year + 1 || published.getMonthValue() > 3) {
                if (on[BuiltInRule.PUBLISHED_LATE.ordinal()]) {
                    out = add(out, publishedLate(report, rules.severity[BuiltInRule.PUBLISHED_LATE.ordinal()]));
                }
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
        return Violation.of(rule.id(), rules.severity[rule.ordinal()], anchor.code(), anchor.label(),
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
                out = add(out, Violation.of(BuiltInRule.NON_NEGATIVE.id(), severity, cell.code(), cell.label(),
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
                out = add(out, Violation.of(BuiltInRule.BLANK_CELL.id(), severity, cell.code(), cell.label(), "filled",
                        "blank", Msg.of("violation.BLANK-CELL", Texts.cell(cell))));
            }
        }
        return out;
    }

    private static Violation editionYear(AnnualReport report, Severity severity) {
        Edition expected = Edition.forYear(report.year());
        return Violation.of(BuiltInRule.EDITION_YEAR.id(), severity, ReportField.EDITION.code(),
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
                out = add(out, Violation.of(BuiltInRule.PD_PUBLISHED_TOTAL.id(), severity, cell.code(), cell.label(),
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
                out = add(out, Violation.of(BuiltInRule.PD_ITEMS_NON_NEGATIVE.id(), severity, cell.code(), cell.label(),
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
        return add(out, Violation.of(BuiltInRule.PD_PROCUREMENT_ZERO.id(), severity, amountCell.code(),
                amountCell.label(), projects == 0 ? "0" : "> 0", amount.toText(),
                Msg.of(key, Texts.columnShort(projectsCell), Long.toString(projects), Texts.columnShort(amountCell),
                        amount.toText())));
    }

    private static Violation publishedEarly(AnnualReport report, Severity severity) {
        LocalDate end = LocalDate.of(report.year(), 12, 31);
        return Violation.of(BuiltInRule.PUBLISHED_EARLY.id(), severity, ReportField.PUBLISHED_ON.code(),
                ReportField.PUBLISHED_ON.label(), "> " + end, report.publishedOn().toString(),
                Msg.of("violation.PUBLISHED-EARLY", report.publishedOn().toString(), Integer.toString(report.year())));
    }

    private static Violation publishedLate(AnnualReport report, Severity severity) {
        LocalDate deadline = LocalDate.of(report.year() + 1, 3, 31);
        return Violation.of(BuiltInRule.PUBLISHED_LATE.id(), severity, ReportField.PUBLISHED_ON.code(),
                ReportField.PUBLISHED_ON.label(), "≤ " + deadline, report.publishedOn().toString(),
                Msg.of("violation.PUBLISHED-LATE", report.publishedOn().toString(), deadline.toString()));
    }

    // ---- cross-year ----

    /** Agencies compare without white space, which copies of a name gain and lose. */
    private static String agencyKey(String agency) {
        StringBuilder key = new StringBuilder(agency.length());
        agency.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static Msg pairReason(AnnualReport current, AnnualReport previous) {
        if (!agencyKey(current.agency()).equals(agencyKey(previous.agency()))) {
            return Msg.of("notApplied.agency", current.agency(), previous.agency());
        }
        if (previous.year() != current.year() - 1) {
            return Msg.of("notApplied.year", Integer.toString(current.year()), Integer.toString(previous.year()),
                    Integer.toString(current.year() - 1));
        }
        return null;
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
                out.add(Violation.of(BuiltInRule.APP_CARRY_XYEAR.id(), severity, cell.code(), cell.label(),
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
                out.add(Violation.of(BuiltInRule.PD_STOCK_XYEAR.id(), severity, cell.code(), cell.label(),
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
                out.add(Violation.of(BuiltInRule.PD_ITEMS_XYEAR.id(), severity, cell.code(), cell.label(),
                        Long.toString(expected), Long.toString(now),
                        Msg.of("violation.PD-ITEMS-XYEAR", Texts.row(cell.row()), Texts.columnShort(cell),
                                Texts.columnShort(changeCell), Texts.term(items), Texts.term(change),
                                Long.toString(expected), Long.toString(now), Integer.toString(previous.year()))));
            }
        }
    }
}
