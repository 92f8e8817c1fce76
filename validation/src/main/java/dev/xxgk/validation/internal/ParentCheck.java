package dev.xxgk.validation.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.aggregate.Aggregate;
import dev.xxgk.validation.aggregate.Aggregation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * PARENT-SUM and PARENT-CHILD-MISSING: a published parent against the sum of its children. With
 * every child given, each cell must equal the children's sum; with children missing, a count can
 * only be at least the sum of the children given (counts are not negative), so only a parent below
 * that sum is reported, and signed cells are not compared.
 */
final class ParentCheck {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ParentCheck() {
    }

    static ValidationResult check(AnnualReport parent, List<AnnualReport> children, Collection<String> expected,
            RuleSet rules) {
        for (AnnualReport child : children) {
            if (child.edition() != parent.edition() || child.year() != parent.year()) {
                throw new IllegalArgumentException("a child report must be of the parent's edition "
                        + parent.edition().code() + " and year " + parent.year() + ": " + child.agency()
                        + " is of edition " + child.edition().code() + " on " + child.year());
            }
        }
        List<Violation> out = new ArrayList<>();
        List<NotApplied> notApplied = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : expected) {
            if (children.stream().noneMatch(child -> AgencyNames.sameAgency(child.agency(), name))) {
                missing.add(name);
            }
        }
        if (rules.on[BuiltInRule.PARENT_CHILD_MISSING.ordinal()]) {
            Severity severity = rules.severity[BuiltInRule.PARENT_CHILD_MISSING.ordinal()];
            for (String name : missing) {
                out.add(Violation.of(BuiltInRule.PARENT_CHILD_MISSING.id(), severity, CellPath.of(ReportField.AGENCY),
                        ReportField.AGENCY.label(), name, "missing",
                        Msg.of("violation.PARENT-CHILD-MISSING", parent.agency(), name, Integer.toString(parent.year()))));
            }
        }
        if (!rules.on[BuiltInRule.PARENT_SUM.ordinal()]) {
            return ValidationResult.of(out, notApplied);
        }
        if (children.isEmpty()) {
            notApplied.add(NotApplied.of(BuiltInRule.PARENT_SUM.id(), Msg.of("notApplied.noChildren")));
            return ValidationResult.of(out, notApplied);
        }
        Severity severity = rules.severity[BuiltInRule.PARENT_SUM.ordinal()];
        Aggregate sum = Aggregation.sum(parent.agency(), children);
        boolean complete = missing.isEmpty();
        String count = Integer.toString(children.size());
        for (Cell cell : parent.template().cells()) {
            CellValue mine = cell.get(parent);
            CellValue theirs = cell.get(sum.report());
            if (mine.isBlank() || theirs.isBlank()) {
                continue;
            }
            if (mine instanceof Count a && theirs instanceof Count b) {
                if (!complete && cell.kind() == CellKind.SIGNED_COUNT) {
                    continue;
                }
                if (complete ? a.value() != b.value() : a.value() < b.value()) {
                    out.add(Violation.of(BuiltInRule.PARENT_SUM.id(), severity, CellPath.of(cell), cell.label(),
                            (complete ? "" : "≥ ") + b.value(), Integer.toString(a.value()),
                            Msg.of(complete ? "violation.PARENT-SUM" : "violation.PARENT-SUM.partial", Texts.cell(cell),
                                    Integer.toString(a.value()), count, Integer.toString(b.value()),
                                    Integer.toString(missing.size()))));
                }
            } else if (mine instanceof Money a && theirs instanceof Money b && complete
                    && inYuan(a).compareTo(inYuan(b)) != 0) {
                out.add(Violation.of(BuiltInRule.PARENT_SUM.id(), severity, CellPath.of(cell), cell.label(), b.toText(),
                        a.toText(), Msg.of("violation.PARENT-SUM", Texts.cell(cell), a.toText(), count, b.toText(), "0")));
            }
        }
        return ValidationResult.of(out, notApplied);
    }

    private static BigDecimal inYuan(Money money) {
        return money.unit() == MoneyUnit.WAN_YUAN ? money.amount().multiply(TEN_THOUSAND) : money.amount();
    }
}
