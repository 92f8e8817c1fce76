package dev.xxgk.validation.aggregate;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds the reports of children (a county's departments and townships) into their parent's.
 *
 * <pre>{@code
 * Aggregate county = Aggregation.sum("东营市东营区", List.of(office2023, bureau2023, town2023));
 * county.report().applications().newRequests().total();  // the sum of the three
 * county.notes();                                         // the cells left blank, and why
 * }</pre>
 *
 * <p>Counts are added exactly; a sum that does not fit a count throws. Money is added exactly in
 * its unit; when the children print it in different units (元 and 万元) the sum is in 元, with a
 * note. A cell blank in any child is blank in the sum, with a note naming the children: a blank
 * is not 0. Stateless and thread-safe.
 */
public final class Aggregation {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Aggregation() {
    }

    /**
     * The sum of child reports.
     *
     * @param agency the parent's name
     * @param children at least one report, all of one edition and one year
     * @return the parent's report and the notes
     * @throws IllegalArgumentException if there is no child, or the children are of different
     *     editions or years
     * @throws ArithmeticException if a sum of counts exceeds {@link Integer#MAX_VALUE}
     */
    public static Aggregate sum(String agency, List<AnnualReport> children) {
        Objects.requireNonNull(agency, "agency");
        List<AnnualReport> all = List.copyOf(children);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one child report");
        }
        Edition edition = all.get(0).edition();
        int year = all.get(0).year();
        for (AnnualReport child : all) {
            if (child.edition() != edition || child.year() != year) {
                throw new IllegalArgumentException("the children must share one edition and one year: "
                        + all.get(0).agency() + " is of edition " + edition.code() + " on " + year + ", "
                        + child.agency() + " of edition " + child.edition().code() + " on " + child.year());
            }
        }
        AnnualReport.Builder builder = AnnualReport.builder(edition).agency(agency).year(year);
        List<AggregateNote> notes = new ArrayList<>();
        for (Cell cell : Template.of(edition).cells()) {
            List<String> blank = new ArrayList<>();
            for (AnnualReport child : all) {
                if (cell.get(child).isBlank()) {
                    blank.add(child.agency());
                }
            }
            if (!blank.isEmpty()) {
                builder.cell(cell, cell.blank());
                notes.add(new AggregateNote(CellPath.of(cell), AggregateNote.Kind.BLANK_IN_CHILD, blank));
            } else if (cell.kind().isCount()) {
                long sum = 0;
                for (AnnualReport child : all) {
                    sum += cell.count(child).value();
                }
                if (sum > Integer.MAX_VALUE || sum < Integer.MIN_VALUE) {
                    throw new ArithmeticException("the sum of " + cell.code() + " over " + all.size()
                            + " children is " + sum + ", more than a count holds");
                }
                builder.cell(cell, Count.of((int) sum));
            } else {
                builder.cell(cell, money(cell, all, notes));
            }
        }
        return new Aggregate(builder.build(), all.stream().map(AnnualReport::agency).toList(), notes);
    }

    private static CellValue money(Cell cell, List<AnnualReport> children, List<AggregateNote> notes) {
        MoneyUnit unit = cell.money(children.get(0)).unit();
        boolean mixed = false;
        for (AnnualReport child : children) {
            mixed |= cell.money(child).unit() != unit;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> converted = new ArrayList<>();
        for (AnnualReport child : children) {
            Money money = cell.money(child);
            if (mixed && money.unit() == MoneyUnit.WAN_YUAN) {
                sum = sum.add(money.amount().multiply(TEN_THOUSAND));
                converted.add(child.agency());
            } else {
                sum = sum.add(money.amount());
            }
        }
        if (mixed) {
            notes.add(new AggregateNote(CellPath.of(cell), AggregateNote.Kind.UNITS_CONVERTED, converted));
            return Money.of(sum, MoneyUnit.YUAN);
        }
        return Money.of(sum, unit);
    }
}
