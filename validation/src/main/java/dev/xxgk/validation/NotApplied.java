package dev.xxgk.validation;

import dev.xxgk.template.RuleId;
import dev.xxgk.validation.spi.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule that was asked to run but could not apply, and why: a cross-year rule given reports of
 * two agencies, of years that are not consecutive, or of editions it does not compare, or
 * {@code PARENT-SUM} given no child report. Such a rule reports nothing rather than a false alarm,
 * and says so here.
 *
 * <p>Equal when the rule ids and English reasons are equal. Immutable and thread-safe.
 */
public final class NotApplied {

    private final RuleId ruleId;
    private final LocalizedText reason;

    private NotApplied(RuleId ruleId, LocalizedText reason) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * A rule not applied.
     *
     * @param ruleId the rule's id
     * @param reason why it was not applied
     * @return the value
     */
    public static NotApplied of(RuleId ruleId, LocalizedText reason) {
        return new NotApplied(ruleId, reason);
    }

    /**
     * The id of the rule that was not applied.
     *
     * @return e.g. {@code PD-STOCK-XYEAR}
     */
    public RuleId ruleId() {
        return ruleId;
    }

    /**
     * Why the rule was not applied, in Chinese for a locale whose language is {@code zh}, in
     * English otherwise.
     *
     * @param locale the locale
     * @return the reason
     */
    public String reason(Locale locale) {
        return reason.in(Objects.requireNonNull(locale, "locale"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NotApplied other && ruleId.equals(other.ruleId)
                && reason(Locale.ROOT).equals(other.reason(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return ruleId.hashCode();
    }

    /** {@return the rule id and the English reason} */
    @Override
    public String toString() {
        return ruleId + " not applied: " + reason(Locale.ROOT);
    }
}
