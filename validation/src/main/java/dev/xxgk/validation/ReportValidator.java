package dev.xxgk.validation;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.template.RuleId;
import dev.xxgk.validation.internal.Engine;
import dev.xxgk.validation.internal.RuleSet;
import dev.xxgk.validation.spi.ReportRule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule engine: checks a report, or this year's report against last year's, and returns every
 * violation it finds.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard(Profile.AUDIT).validate(report);
 * for (Violation v : result.violations()) {
 *     System.out.println(v.path() + " " + v.message(Locale.SIMPLIFIED_CHINESE));
 * }
 *
 * ReportValidator strict = ReportValidator.builder()
 *         .profile(Profile.FILING)
 *         .disable(RuleId.of("PUBLISHED-LATE"))
 *         .severity(RuleId.of("EDITION-YEAR"), Severity.ERROR)
 *         .build();
 * ValidationResult both = strict.validate(report2024, report2023);
 * }</pre>
 *
 * <p>The rules are the minimum catalogue of TEMPLATE.md and the further checks listed in
 * {@code docs/rules.md}, each under its public id, plus every {@link ReportRule} found through
 * {@link java.util.ServiceLoader} (unless the builder is told not to look) and every rule added to
 * the builder. Sums are computed in {@code long}, so no sum of counts can overflow. Validating a
 * report that breaks no rule allocates nothing and returns {@link ValidationResult#empty()}.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ReportValidator {

    private final RuleSet rules;

    private ReportValidator(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * The validator of profile {@link Profile#FILING} with every rule at its default severity,
     * including the rules found through {@link java.util.ServiceLoader}.
     *
     * @return the shared validator
     * @throws dev.xxgk.XxgkException if a rule provider cannot be loaded or clashes with another rule
     */
    public static ReportValidator standard() {
        return standard(Profile.FILING);
    }

    /**
     * The validator of a profile with every rule at its default severity, including the rules
     * found through {@link java.util.ServiceLoader}. Built once per profile and shared.
     *
     * @param profile the profile
     * @return the shared validator
     * @throws dev.xxgk.XxgkException if a rule provider cannot be loaded or clashes with another rule
     */
    public static ReportValidator standard(Profile profile) {
        return Standard.of(Objects.requireNonNull(profile, "profile"));
    }

    /**
     * A builder, starting from profile {@link Profile#FILING}, every rule on at its default
     * severity, and rule discovery through {@link java.util.ServiceLoader} on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The validator's profile.
     *
     * @return the profile
     */
    public Profile profile() {
        return rules.profile();
    }

    /**
     * Every rule the validator knows, in the order violations are listed: the engine's own in
     * catalogue order, then the added rules by id. Rules switched off are listed too.
     *
     * @return the rules, unmodifiable
     */
    public List<RuleInfo> rules() {
        return rules.infos();
    }

    /**
     * Checks one report with every single-report rule that is on. Cross-year rules need last
     * year's report and do not run here.
     *
     * @param report the report
     * @return the violations; {@link ValidationResult#empty()} when there are none
     * @throws NullPointerException if the report is null
     */
    public ValidationResult validate(AnnualReport report) {
        return Engine.validate(Objects.requireNonNull(report, "report"), rules);
    }

    /**
     * Checks this year's report with every single-report rule, and against last year's report
     * with every cross-year rule. A cross-year rule that cannot apply (the reports are of
     * different agencies, of years that are not consecutive, or of editions the rule does not
     * compare) reports nothing and is listed in {@link ValidationResult#notApplied()}. Last year's
     * report is not itself checked.
     *
     * @param current this year's report
     * @param previous the same agency's report on the year before
     * @return the violations, all on cells or fields of {@code current}
     * @throws NullPointerException if a report is null
     */
    public ValidationResult validate(AnnualReport current, AnnualReport previous) {
        return Engine.validate(Objects.requireNonNull(current, "current"), Objects.requireNonNull(previous, "previous"),
                rules);
    }

    /**
     * Checks a parent's report (a county's summary) against the sum of its children's reports
     * (its departments' and townships'), with the rules of scope {@link RuleScope#PARENT_AND_CHILDREN}:
     * {@code PARENT-CHILD-MISSING} for each expected child not given, and {@code PARENT-SUM} for
     * each cell that is not the children's sum (or, with children missing, is less than the sum of
     * those given). A cell blank in the parent or in a child is not compared. The single-report
     * rules do not run here.
     *
     * @param parent the parent's report
     * @param children the children's reports, each of the parent's edition and year
     * @param expectedChildren the agencies the parent sums (names compared as {@code AGENCY-NAME-FORM}
     *     does); empty when not known
     * @return the violations, on cells of the parent
     * @throws IllegalArgumentException if a child is of another edition or year than the parent
     * @see dev.xxgk.validation.aggregate.Aggregation#sum
     */
    public ValidationResult validateSum(AnnualReport parent, List<AnnualReport> children,
            Collection<String> expectedChildren) {
        return Engine.validateSum(Objects.requireNonNull(parent, "parent"), List.copyOf(children),
                List.copyOf(expectedChildren), rules);
    }

    /**
     * A builder holding this validator's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().profile(rules.profile()).discoverRules(false)
                .copiedTextThreshold(rules.copiedThreshold()).agencyLevel(rules.levels());
        if (rules.clock() != null) {
            builder.clock(rules.clock());
        }
        for (RuleInfo info : rules.infos()) {
            if (!info.isEnabled()) {
                builder.disable(info.id());
            }
            if (info.severity() != info.defaultSeverity()) {
                builder.severity(info.id(), info.severity());
            }
        }
        rules.extraRules().forEach(builder::addRule);
        return builder;
    }

    @Override
    public String toString() {
        return "ReportValidator[" + rules.profile() + ", " + rules.infos().size() + " rules]";
    }

    /** The shared standard validators, built on first use. */
    private static final class Standard {
        private static final Map<Profile, ReportValidator> BY_PROFILE = new EnumMap<>(Profile.class);

        static synchronized ReportValidator of(Profile profile) {
            return BY_PROFILE.computeIfAbsent(profile, p -> builder().profile(p).build());
        }
    }

    /**
     * Configures a {@link ReportValidator}. Mutable, for one thread; the validator it builds is
     * immutable. Rule ids are checked when {@link #build()} is called, so a rule added later can
     * be configured earlier.
     */
    public static final class Builder {

        private Profile profile = Profile.FILING;
        private boolean discover = true;
        private final Set<RuleId> disabled = new LinkedHashSet<>();
        private final Set<RuleId> named = new LinkedHashSet<>();
        private final Map<RuleId, Severity> severities = new LinkedHashMap<>();
        private final List<ReportRule> extra = new ArrayList<>();
        private Clock clock;
        private Function<String, AgencyLevel> levels = AgencyLevel::of;
        private double copiedThreshold = 0.9;

        private Builder() {
        }

        /**
         * Sets the profile, which decides the default severity of {@code BLANK-CELL}.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * Switches rules off.
         *
         * @param ruleIds the ids of the rules
         * @return this builder
         */
        public Builder disable(RuleId... ruleIds) {
            for (RuleId id : ruleIds) {
                disabled.add(Objects.requireNonNull(id, "ruleId"));
                named.add(id);
            }
            return this;
        }

        /**
         * Switches rules off, by the ids as printed.
         *
         * @param ruleIds the ids of the rules, such as {@code "PUBLISHED-LATE"}
         * @return this builder
         * @throws IllegalArgumentException if a text is not of the form of a rule id
         */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                disable(RuleId.of(Objects.requireNonNull(id, "ruleId")));
            }
            return this;
        }

        /**
         * Switches a rule back on.
         *
         * @param ruleId the rule's id
         * @return this builder
         */
        public Builder enable(RuleId ruleId) {
            disabled.remove(Objects.requireNonNull(ruleId, "ruleId"));
            named.add(ruleId);
            return this;
        }

        /**
         * Switches a rule back on, by its id as printed.
         *
         * @param ruleId the rule's id
         * @return this builder
         * @throws IllegalArgumentException if the text is not of the form of a rule id
         */
        public Builder enable(String ruleId) {
            return enable(RuleId.of(Objects.requireNonNull(ruleId, "ruleId")));
        }

        /**
         * Changes the severity of a rule's violations, whatever the profile.
         *
         * @param ruleId the rule's id
         * @param value the severity
         * @return this builder
         */
        public Builder severity(RuleId ruleId, Severity value) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(value, "severity"));
            named.add(ruleId);
            return this;
        }

        /**
         * Changes the severity of a rule's violations, by its id as printed.
         *
         * @param ruleId the rule's id
         * @param value the severity
         * @return this builder
         * @throws IllegalArgumentException if the text is not of the form of a rule id
         */
        public Builder severity(String ruleId, Severity value) {
            return severity(RuleId.of(Objects.requireNonNull(ruleId, "ruleId")), value);
        }

        /**
         * Sets the clock {@code PUBLISHED-FUTURE} reads the day of validation from. By default
         * the system's clock, in Beijing time.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how {@code PUBLISHED-LATE} tells a department (deadline 31 January) from a
         * government (31 March), by the agency's name. By default {@link AgencyLevel#of(String)}.
         *
         * @param value the level of an agency by its name; must not return null
         * @return this builder
         */
        public Builder agencyLevel(Function<String, AgencyLevel> value) {
            Function<String, AgencyLevel> given = Objects.requireNonNull(value, "agencyLevel");
            this.levels = name -> Objects.requireNonNull(given.apply(name), "agency level of " + name);
            return this;
        }

        /**
         * Sets the similarity from which {@code TEXT-COPIED} calls a text copied from last year's;
         * 0.9 by default.
         *
         * @param value a share in (0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the value is not in (0, 1]
         */
        public Builder copiedTextThreshold(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("copiedTextThreshold must be in (0, 1], was " + value);
            }
            this.copiedThreshold = value;
            return this;
        }

        /**
         * Adds a rule, such as a province's own check.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder addRule(ReportRule rule) {
            extra.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Whether to add every {@link ReportRule} found through {@link java.util.ServiceLoader}.
         *
         * @param value true (the default) to look for them
         * @return this builder
         */
        public Builder discoverRules(boolean value) {
            this.discover = value;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         * @throws IllegalArgumentException if a rule id given to {@link #disable}, {@link #enable}
         *     or {@link #severity} is unknown, or an added rule's id is malformed or taken
         * @throws dev.xxgk.XxgkException if a rule provider cannot be loaded
         */
        public ReportValidator build() {
            List<ReportRule> all = new ArrayList<>(extra);
            if (discover) {
                for (ReportRule found : RuleSet.discovered()) {
                    if (all.stream().noneMatch(r -> r.getClass() == found.getClass())) {
                        all.add(found);
                    }
                }
            }
            return new ReportValidator(RuleSet.of(profile, named, disabled, severities, all, clock, levels,
                    copiedThreshold));
        }
    }
}
