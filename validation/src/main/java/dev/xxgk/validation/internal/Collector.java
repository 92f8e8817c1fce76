package dev.xxgk.validation.internal;

import dev.xxgk.template.Cell;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.RuleId;
import dev.xxgk.template.ReportField;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.spi.LocalizedText;
import dev.xxgk.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.Objects;

/** The context given to the rules added through the SPI: collects their violations, for one call. */
final class Collector implements RuleContext {

    private final Profile profile;
    private final ArrayList<Violation> out;
    private RuleId ruleId;
    private Severity severity;

    Collector(Profile profile, ArrayList<Violation> out) {
        this.profile = profile;
        this.out = out;
    }

    /** Starts a rule; returns the number of violations so far, for {@link #rollBack}. */
    int start(RuleId id, Severity value) {
        this.ruleId = id;
        this.severity = value;
        return out.size();
    }

    /** Drops what a rule that failed had reported. */
    void rollBack(int mark) {
        while (out.size() > mark) {
            out.remove(out.size() - 1);
        }
    }

    ArrayList<Violation> violations() {
        return out;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public void report(Cell cell, String expected, String actual, LocalizedText message) {
        Objects.requireNonNull(cell, "cell");
        report(CellPath.of(cell), cell.label(), expected, actual, message);
    }

    @Override
    public void report(ReportField field, String expected, String actual, LocalizedText message) {
        Objects.requireNonNull(field, "field");
        report(CellPath.of(field), field.label(), expected, actual, message);
    }

    @Override
    public void report(CellPath path, String label, String expected, String actual, LocalizedText message) {
        out.add(Violation.of(ruleId, severity, path, label, expected, actual, message));
    }
}
