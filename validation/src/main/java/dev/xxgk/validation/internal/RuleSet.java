package dev.xxgk.validation.internal;

import dev.xxgk.XxgkException;
import dev.xxgk.model.Edition;
import dev.xxgk.template.RuleId;
import dev.xxgk.validation.AgencyLevel;
import dev.xxgk.validation.RuleScope;
import java.time.Clock;
import java.util.function.Function;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.RuleInfo;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.spi.ReportRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The rules one validator runs, with their severities: immutable, checked when built. */
public final class RuleSet {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private static List<ReportRule> discovered;

    /** A rule added through the SPI, with the settings it runs under. */
    static final class Extra {
        final ReportRule rule;
        final RuleId id;
        final Severity severity;
        final Set<Edition> editions;

        Extra(ReportRule rule, RuleId id, Severity severity, Set<Edition> editions) {
            this.rule = rule;
            this.id = id;
            this.severity = severity;
            this.editions = editions;
        }
    }

    final Profile profile;
    final boolean[] on = new boolean[BuiltInRule.ALL.length];
    final Severity[] severity = new Severity[BuiltInRule.ALL.length];
    final Extra[] single;
    final Extra[] cross;
    /** The clock PUBLISHED-FUTURE reads today's date from; null for the system's, read without allocating. */
    final Clock clock;
    /** The level of an agency, by its name, for PUBLISHED-LATE. */
    final Function<String, AgencyLevel> levels;
    /** The similarity at or above which TEXT-COPIED fires, in 0..1. */
    final double copiedThreshold;
    private final List<ReportRule> extraRules;
    private final List<RuleInfo> infos;

    private RuleSet(Profile profile, Set<RuleId> disabled, Map<RuleId, Severity> severities, List<ReportRule> extra,
            Clock clock, Function<String, AgencyLevel> levels, double copiedThreshold) {
        this.profile = profile;
        this.clock = clock;
        this.levels = levels;
        this.copiedThreshold = copiedThreshold;
        this.extraRules = List.copyOf(extra);
        Map<RuleId, ReportRule> byId = new TreeMap<>();
        for (ReportRule rule : extra) {
            String id = rule.id();
            String where = " (rule " + rule.getClass().getName() + ")";
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a rule id must be upper-case words of letters and digits joined by"
                        + " '-', such as SD-EXTRA-ROWS, was " + (id == null ? "null" : "\"" + id + "\"") + where);
            }
            if (BuiltInRule.byId(id) != null) {
                throw new IllegalArgumentException("rule id " + id + " is taken by a rule of the engine" + where);
            }
            ReportRule other = byId.put(RuleId.of(id), rule);
            if (other != null) {
                throw new IllegalArgumentException("rule id " + id + " is taken by " + other.getClass().getName() + where);
            }
            if (rule.defaultSeverity() == null || rule.basis() == null || rule.editions() == null
                    || rule.editions().isEmpty()) {
                throw new IllegalArgumentException("rule " + id + " must have a default severity, a basis and at least"
                        + " one edition" + where);
            }
        }

        List<RuleInfo> list = new ArrayList<>();
        List<Extra> singles = new ArrayList<>();
        List<Extra> crosses = new ArrayList<>();
        for (BuiltInRule.Kind kind : BuiltInRule.Kind.values()) {
            boolean crossYear = kind == BuiltInRule.Kind.CROSS_YEAR;
            RuleScope scope = switch (kind) {
                case SINGLE -> RuleScope.SINGLE_REPORT;
                case CROSS_YEAR -> RuleScope.CROSS_YEAR;
                case AGGREGATE -> RuleScope.PARENT_AND_CHILDREN;
            };
            for (BuiltInRule rule : BuiltInRule.ALL) {
                if (rule.kind() == kind) {
                    Severity byDefault = rule.defaultSeverity(profile);
                    on[rule.ordinal()] = !disabled.contains(rule.id());
                    severity[rule.ordinal()] = severities.getOrDefault(rule.id(), byDefault);
                    list.add(RuleInfo.of(rule.id(), rule.basis(), byDefault, severity[rule.ordinal()],
                            on[rule.ordinal()], rule.editions(), scope, true, rule.description()));
                }
            }
            if (kind == BuiltInRule.Kind.AGGREGATE) {
                continue;
            }
            for (ReportRule rule : byId.values()) {
                if (rule.isCrossYear() == crossYear) {
                    RuleId id = RuleId.of(rule.id());
                    Severity effective = severities.getOrDefault(id, rule.defaultSeverity());
                    boolean enabled = !disabled.contains(id);
                    Set<Edition> editions = Collections.unmodifiableSet(EnumSet.copyOf(rule.editions()));
                    list.add(RuleInfo.of(id, rule.basis(), rule.defaultSeverity(), effective, enabled, editions,
                            scope, false, rule::description));
                    if (enabled) {
                        (crossYear ? crosses : singles).add(new Extra(rule, id, effective, editions));
                    }
                }
            }
        }
        this.infos = List.copyOf(list);
        this.single = singles.toArray(new Extra[0]);
        this.cross = crosses.toArray(new Extra[0]);
    }

    /**
     * The rules of a validator.
     *
     * @param profile the profile
     * @param named every rule id the builder was given, all of which must exist
     * @param disabled the ids of the rules switched off
     * @param severities severity overrides by rule id
     * @param extra the rules added through the SPI
     * @param clock the clock of today's date, or null for the system's
     * @param levels the level of an agency by its name
     * @param copiedThreshold the similarity from which a text counts as copied
     * @return the rule set
     * @throws IllegalArgumentException if a named id is unknown or an added rule is malformed
     */
    public static RuleSet of(Profile profile, Set<RuleId> named, Set<RuleId> disabled, Map<RuleId, Severity> severities,
            List<ReportRule> extra, Clock clock, Function<String, AgencyLevel> levels, double copiedThreshold) {
        RuleSet set = new RuleSet(profile, disabled, severities, extra, clock, levels, copiedThreshold);
        Set<RuleId> known = new LinkedHashSet<>();
        set.infos.forEach(info -> known.add(info.id()));
        for (RuleId id : named) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown rule id \"" + id + "\"; the rules are " + known);
            }
        }
        return set;
    }

    /**
     * Every {@link ReportRule} provider found through {@link ServiceLoader}, looked for once.
     *
     * @return the rules, sorted by id
     * @throws XxgkException if a provider cannot be loaded
     */
    public static synchronized List<ReportRule> discovered() {
        if (discovered == null) {
            List<ReportRule> found = new ArrayList<>();
            try {
                for (ReportRule rule : ServiceLoader.load(ReportRule.class)) {
                    found.add(rule);
                }
            } catch (ServiceConfigurationError e) {
                throw new XxgkException("cannot load a rule provider of " + ReportRule.class.getName() + ": "
                        + e.getMessage(), e);
            }
            found.sort(Comparator.comparing(r -> String.valueOf(r.id())));
            discovered = List.copyOf(found);
        }
        return discovered;
    }

    /** {@return the profile} */
    public Profile profile() {
        return profile;
    }

    /** {@return every rule, in the order violations are listed} */
    public List<RuleInfo> infos() {
        return infos;
    }

    /** {@return the clock of today's date, or null for the system's} */
    public Clock clock() {
        return clock;
    }

    /** {@return the level of an agency by its name} */
    public Function<String, AgencyLevel> levels() {
        return levels;
    }

    /** {@return the similarity from which a text counts as copied} */
    public double copiedThreshold() {
        return copiedThreshold;
    }

    /** {@return the rules added through the SPI, as given} */
    public List<ReportRule> extraRules() {
        return extraRules;
    }

    @Override
    public String toString() {
        return "RuleSet[" + profile.code() + ", " + infos.stream().map(RuleInfo::id).toList() + "]";
    }
}
