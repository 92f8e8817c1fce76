package dev.xxgk.validation.internal;

import dev.xxgk.model.Edition;
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

    APP_BALANCE("APP-BALANCE", Basis.OFFICIAL, Severity.ERROR, Severity.ERROR, Scope.BOTH, false),
    APP_OUTCOMES("APP-OUTCOMES", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, false),
    APP_ROW_TOTAL("APP-ROW-TOTAL", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, false),
    LIT_TOTAL("LIT-TOTAL", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, false),
    NON_NEGATIVE("NON-NEGATIVE", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.BOTH, false),
    BLANK_CELL("BLANK-CELL", Basis.OFFICIAL, Severity.ERROR, Severity.WARNING, Scope.BOTH, false),
    EDITION_YEAR("EDITION-YEAR", Basis.PRACTICE, Severity.WARNING, Severity.WARNING, Scope.BOTH, false),
    PD_PUBLISHED_TOTAL("PD-PUBLISHED-TOTAL", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.E2019, false),
    PD_ITEMS_NON_NEGATIVE("PD-ITEMS-NON-NEGATIVE", Basis.IMPLIED, Severity.ERROR, Severity.ERROR, Scope.E2019, false),
    PD_PROCUREMENT_ZERO("PD-PROCUREMENT-ZERO", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.E2019, false),
    PUBLISHED_EARLY("PUBLISHED-EARLY", Basis.IMPLIED, Severity.WARNING, Severity.WARNING, Scope.BOTH, false),
    PUBLISHED_LATE("PUBLISHED-LATE", Basis.PRACTICE, Severity.INFO, Severity.INFO, Scope.BOTH, false),
    APP_CARRY_XYEAR("APP-CARRY-XYEAR", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.BOTH, true),
    PD_STOCK_XYEAR("PD-STOCK-XYEAR", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.E2021, true),
    PD_ITEMS_XYEAR("PD-ITEMS-XYEAR", Basis.CROSS_REPORT, Severity.WARNING, Severity.WARNING, Scope.E2019, true);

    /** The rules, indexed by ordinal, without the copy {@code values()} makes. */
    static final BuiltInRule[] ALL = values();

    private enum Scope {
        BOTH, E2019, E2021
    }

    private final String id;
    private final Basis basis;
    private final Severity filing;
    private final Severity audit;
    private final Set<Edition> editions;
    private final boolean crossYear;

    BuiltInRule(String id, Basis basis, Severity filing, Severity audit, Scope scope, boolean crossYear) {
        this.id = id;
        this.basis = basis;
        this.filing = filing;
        this.audit = audit;
        this.editions = switch (scope) {
            case BOTH -> Collections.unmodifiableSet(EnumSet.allOf(Edition.class));
            case E2019 -> Collections.unmodifiableSet(EnumSet.of(Edition.EDITION_2019));
            case E2021 -> Collections.unmodifiableSet(EnumSet.of(Edition.EDITION_2021));
        };
        this.crossYear = crossYear;
    }

    /** {@return the public id} */
    public String id() {
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
        return crossYear;
    }

    Msg description() {
        return Msg.of("rule." + id + ".description");
    }

    static BuiltInRule byId(String id) {
        for (BuiltInRule rule : ALL) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
