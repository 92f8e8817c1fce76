package dev.xxgk.validation;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.internal.Engine;
import dev.xxgk.validation.internal.RuleSet;
import dev.xxgk.validation.spi.ReportRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 *         .disable("PUBLISHED-LATE")
 *         .severity("EDITION-YEAR", Severity.ERROR)
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
     * @throws dev.xxgk.XxgkException if a rule added through the SPI fails
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
     * @throws dev.xxgk.XxgkException if a rule added through the SPI fails
     */
    public ValidationResult validate(AnnualReport current, AnnualReport previous) {
        return Engine.validate(Objects.requireNonNull(current, "current"), Objects.requireNonNull(previous, "previous"),
                rules);
    }

    /**
     * A builder holding this validator's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder().profile(rules.profile()).discoverRules(false);
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
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Set<String> named = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final List<ReportRule> extra = new ArrayList<>();

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
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                disabled.add(Objects.requireNonNull(id, "ruleId"));
                named.add(id);
            }
            return this;
        }

        /**
         * Switches a rule back on.
         *
         * @param ruleId the rule's id
         * @return this builder
         */
        public Builder enable(String ruleId) {
            disabled.remove(Objects.requireNonNull(ruleId, "ruleId"));
            named.add(ruleId);
            return this;
        }

        /**
         * Changes the severity of a rule's violations, whatever the profile.
         *
         * @param ruleId the rule's id
         * @param value the severity
         * @return this builder
         */
        public Builder severity(String ruleId, Severity value) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(value, "severity"));
            named.add(ruleId);
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
            if (all.stream().noneMatch(r -> r instanceof dev.xxgk.validation.internal.TemplateDeviationRule)) {
                all.add(new dev.xxgk.validation.internal.TemplateDeviationRule());
            }
            if (discover) {
                for (ReportRule found : RuleSet.discovered()) {
                    if (all.stream().noneMatch(r -> r.getClass() == found.getClass())) {
                        all.add(found);
                    }
                }
            }
            return new ReportValidator(RuleSet.of(profile, named, disabled, severities, all));
        }
    }
}
