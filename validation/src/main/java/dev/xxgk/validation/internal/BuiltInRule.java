package dev.xxgk.validation.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.template.RuleId;
import dev.xxgk.validation.Basis;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The engine's own rules, in the order they run and their violations are listed. The ids are
 * public and never reused; the descriptions and messages are in the bundles under
 * {@code rule.<id>.description} and {@code violation.<id>}.
 */
public enum BuiltInRule {

    APP_BALANCE("APP-BALANCE", Basis.OFFICIAL, Severity.ERROR, Severity.ERROR, Scope.BOTH, Kind.SINGLE),
    APP_OUTCOMES("APP-OUTCOMES", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, Kind.SINGLE),
    APP_ROW_TOTAL("APP-ROW-TOTAL", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, Kind.SINGLE),
    LIT_TOTAL("LIT-TOTAL", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, Kind.SINGLE),
    NON_NEGATIVE("NON-NEGATIVE", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, Kind.SINGLE),
    BLANK_CELL("BLANK-CELL", Basis.OFFICIAL, Severity.ERROR, Severity.WARNING, Scope.BOTH, Kind.SINGLE),
    EDITION_YEAR("EDITION-YEAR", Basis.PRACTICE, Severity.WARNING, Severity.WARNING, Scope.BOTH, Kind.SINGLE),
    PD_PUBLISHED_TOTAL("PD-PUBLISHED-TOTAL", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.E2019, Kind.SINGLE),
    PD_ITEMS_NON_NEGATIVE("PD-ITEMS-NON-NEGATIVE", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.E2019,
            Kind.SINGLE),
    PD_PROCUREMENT_ZERO("PD-PROCUREMENT-ZERO", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.E2019,
            Kind.SINGLE),
    PUBLISHED_EARLY("PUBLISHED-EARLY", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.BOTH, Kind.SINGLE),
    PUBLISHED_LATE("PUBLISHED-LATE", Basis.PRACTICE, Severity.INFO, Severity.INFO, Scope.BOTH, Kind.SINGLE),
    // the second wave (issue 15): ids never reused
    PARTS_EXCEED_TOTAL("PARTS-EXCEED-TOTAL", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, Kind.SINGLE),
    PD_STOCK_BOUND("PD-STOCK-BOUND", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.E2021, Kind.SINGLE),
    PUBLISHED_FUTURE("PUBLISHED-FUTURE", Basis.IMPLIED, Severity.ERROR, Severity.WARNING, Scope.BOTH, Kind.SINGLE),
    TEXT_EMPTY("TEXT-EMPTY", Basis.OFFICIAL, Severity.ERROR, Severity.WARNING, Scope.BOTH, Kind.SINGLE),
    FEE_STATEMENT("FEE-STATEMENT", Basis.OFFICIAL, Severity.WARNING, Severity.WARNING, Scope.E2021, Kind.SINGLE),
    TEXT_TABLE("TEXT-TABLE", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.BOTH, Kind.SINGLE),
    TEMPLATE_DEVIATION("TEMPLATE-DEVIATION", Basis.OFFICIAL, Severity.WARNING, Severity.WARNING, Scope.BOTH,
            Kind.SINGLE),
    APP_CARRY_XYEAR("APP-CARRY-XYEAR", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.BOTH, Kind.CROSS_YEAR),
    PD_STOCK_XYEAR("PD-STOCK-XYEAR", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.E2021, Kind.CROSS_YEAR),
    PD_ITEMS_XYEAR("PD-ITEMS-XYEAR", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.E2019, Kind.CROSS_YEAR),
    AGENCY_NAME_FORM("AGENCY-NAME-FORM", Basis.PRACTICE, Severity.INFO, Severity.INFO, Scope.BOTH, Kind.CROSS_YEAR),
    TEXT_COPIED("TEXT-COPIED", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.BOTH, Kind.CROSS_YEAR),
    PARENT_SUM("PARENT-SUM", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.BOTH, Kind.AGGREGATE),
    PARENT_CHILD_MISSING("PARENT-CHILD-MISSING", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.BOTH,
            Kind.AGGREGATE);

    /** The rules, indexed by ordinal, without the copy {@code values()} makes. */
    static final BuiltInRule[] ALL = values();

    private enum Scope {
        BOTH, E2019, E2021
    }

    /** What a rule is given: one report, this year's and last year's, or a parent and its children. */
    enum Kind {
        SINGLE, CROSS_YEAR, AGGREGATE
    }

    private final RuleId id;
    private final Basis basis;
    private final Severity filing;
    private final Severity audit;
    private final Set<Edition> editions;
    private final Kind kind;

    BuiltInRule(String id, Basis basis, Severity filing, Severity audit, Scope scope, Kind kind) {
        this.id = RuleId.of(id);
        this.basis = basis;
        this.filing = filing;
        this.audit = audit;
        this.editions = switch (scope) {
            case BOTH -> Collections.unmodifiableSet(EnumSet.allOf(Edition.class));
            case E2019 -> Collections.unmodifiableSet(EnumSet.of(Edition.EDITION_2019));
            case E2021 -> Collections.unmodifiableSet(EnumSet.of(Edition.EDITION_2021));
        };
        this.kind = kind;
    }

    /** {@return the public id} */
    public RuleId id() {
        return id;
    }

    Basis basis() {
        return basis;
    }

    Severity defaultSeverity(Profile profile) {
        return profile == Profile.FILING ? filing : audit;
    }

    Set<Edition> editions() {
        return editions;
    }

    boolean isCrossYear() {
        return kind == Kind.CROSS_YEAR;
    }

    Kind kind() {
        return kind;
    }

    Msg description() {
        return Msg.of("rule." + id.value() + ".description");
    }

    static BuiltInRule byId(String id) {
        for (BuiltInRule rule : ALL) {
            if (rule.id.value().equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
