package dev.xxgk.validation;

import dev.xxgk.model.Edition;
import dev.xxgk.template.RuleId;
import dev.xxgk.validation.spi.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A rule as one {@link ReportValidator} runs it: its id, where it comes from, its severity and
 * whether it is on, for a listing of the rules.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleInfo {

    private final RuleId id;
    private final Basis basis;
    private final Severity defaultSeverity;
    private final Severity severity;
    private final boolean enabled;
    private final Set<Edition> editions;
    private final RuleScope scope;
    private final boolean builtIn;
    private final LocalizedText description;

    private RuleInfo(RuleId id, Basis basis, Severity defaultSeverity, Severity severity, boolean enabled,
            Set<Edition> editions, RuleScope scope, boolean builtIn, LocalizedText description) {
        this.id = Objects.requireNonNull(id, "id");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.enabled = enabled;
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("a rule applies to at least one edition");
        }
        this.editions = Collections.unmodifiableSet(EnumSet.copyOf(editions));
        this.scope = Objects.requireNonNull(scope, "scope");
        this.builtIn = builtIn;
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * A rule's description; the engine builds these, a caller has no need to.
     *
     * @param id the rule id
     * @param basis where it comes from
     * @param defaultSeverity its severity in the validator's profile before overrides
     * @param severity its severity in the validator
     * @param enabled whether the validator runs it
     * @param editions the editions it applies to
     * @param scope what it compares: one report, two years, or a parent and its children
     * @param builtIn whether the engine defines it, rather than an extension
     * @param description what it checks
     * @return the description
     */
    public static RuleInfo of(RuleId id, Basis basis, Severity defaultSeverity, Severity severity, boolean enabled,
            Set<Edition> editions, RuleScope scope, boolean builtIn, LocalizedText description) {
        return new RuleInfo(id, basis, defaultSeverity, severity, enabled, editions, scope, builtIn, description);
    }

    /**
     * The rule's public id.
     *
     * @return e.g. {@code APP-BALANCE}
     */
    public RuleId id() {
        return id;
    }

    /**
     * Where the rule comes from.
     *
     * @return the basis
     */
    public Basis basis() {
        return basis;
    }

    /**
     * The rule's severity in the validator's profile, before any override.
     *
     * @return the default severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * The severity the rule's violations get in this validator.
     *
     * @return the effective severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Whether the validator runs the rule.
     *
     * @return false when switched off
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * The editions the rule applies to.
     *
     * @return the editions in the order of {@link Edition}, unmodifiable
     */
    public Set<Edition> editions() {
        return editions;
    }

    /**
     * Whether the rule compares this year's report with last year's, and so runs only in
     * {@link ReportValidator#validate(dev.xxgk.model.AnnualReport, dev.xxgk.model.AnnualReport)}.
     *
     * @return true for cross-year rules
     */
    public boolean isCrossYear() {
        return scope == RuleScope.CROSS_YEAR;
    }

    /**
     * What the rule compares.
     *
     * @return the scope
     */
    public RuleScope scope() {
        return scope;
    }

    /**
     * Whether the rule is one of the engine's own, rather than added through the SPI.
     *
     * @return true for the engine's rules
     */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /**
     * What the rule checks, in one sentence.
     *
     * @param locale the locale; Chinese for a locale whose language is {@code zh}, English otherwise
     * @return the description
     */
    public String description(Locale locale) {
        return description.in(Objects.requireNonNull(locale, "locale"));
    }

    /** {@return the id, basis, severity and the English description} */
    @Override
    public String toString() {
        return id + " [" + basis.code() + ", " + severity.code() + (enabled ? "" : ", off") + "] "
                + description(Locale.ROOT);
    }
}
