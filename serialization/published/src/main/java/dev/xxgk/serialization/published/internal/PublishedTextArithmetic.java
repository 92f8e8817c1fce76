package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.published.internal.PublishedTextTables.Converted;
import dev.xxgk.serialization.published.internal.PublishedTextTables.Occurrence;
import dev.xxgk.serialization.published.internal.PublishedTextTables.Sink;
import dev.xxgk.serialization.published.internal.PublishedTextTables.Target;
import dev.xxgk.template.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts the rows read from a section's text into the report, and resolves the rows that carry more
 * or fewer numbers than the row has columns.
 *
 * <p>A damaged row has several readings: which of its numbers are extra, or which of its cells
 * lost their number. A reading is kept only if every relation of the template
 * ({@link dev.xxgk.template.Template#relations()}) whose cells are all filled holds, after the missing numbers the
 * relations determine have been worked out (a worked-out count must not be negative). The damaged
 * rows of a table are read together, since column sums tie them to each other. A row is filled
 * only when every reading kept gives it the same values; otherwise its cells stay blank. Either
 * way a note says what was found, what was done, and which relations decided.
 *
 * <p>A line of only tab- or pipe-separated cells (no label on it) with as many fields as the row
 * has cells, some of them empty, is read cell for cell, its empty fields as blank cells, if that
 * reading agrees with the arithmetic.
 */
final class PublishedTextArithmetic {

    private static final int MAX_MISMATCH = 3;
    private static final int MAX_PLACEMENTS = 1000;
    private static final int MAX_COMBINATIONS = 20_000;
    private static final String NON_NEGATIVE = "NON-NEGATIVE";

    private static final byte BLANK = 0;
    private static final byte KNOWN = 1;
    private static final byte UNKNOWN = 2;

    private final Sink sink;
    private final int[][] lefts;
    private final int[][] rights;
    private final String[] ruleIds;
    private final boolean[] signed;
    private final String[] solvedBy;

    PublishedTextArithmetic(PublishedTextTables.Shape shape, Sink sink) {
        this.sink = sink;
        this.lefts = shape.lefts;
        this.rights = shape.rights;
        this.ruleIds = shape.ruleIds;
        this.signed = shape.signed;
        this.solvedBy = new String[sink.values.length];
    }

    /** A damaged row under resolution: its readings and what they came to. */
    private static final class Damaged {
        final Occurrence occurrence;
        final PublishedTextToken[] aligned;
        boolean alignedInUse;
        List<CellValue[]> candidates;
        final Set<String> rules = new TreeSet<>();
        boolean tooDamaged;
        int survivors;
        CellValue[] outcome;
        CellValue[] other;
        CellValue[] undeterminedExample;
        boolean undetermined;

        Damaged(Occurrence occurrence, PublishedTextToken[] aligned) {
            this.occurrence = occurrence;
            this.aligned = aligned;
        }

        void reset() {
            survivors = 0;
            outcome = null;
            other = null;
            undeterminedExample = null;
            undetermined = false;
        }

        boolean resolved() {
            return survivors > 0 && other == null && !undetermined;
        }
    }

    void resolve(List<Occurrence> occurrences) {
        int n = sink.values.length;
        boolean[] set = new boolean[n];
        boolean[] conflict = new boolean[n];
        List<Damaged> damaged = new ArrayList<>();
        for (Map.Entry<Target, List<Occurrence>> entry : PublishedTextTables.byTarget(occurrences).entrySet()) {
            Target target = entry.getKey();
            for (Cell cell : target.cells) {
                sink.found[cell.index()] = true;
            }
            List<Occurrence> clean = new ArrayList<>();
            List<Occurrence> broken = new ArrayList<>();
            for (Occurrence o : entry.getValue()) {
                (o.values.size() == target.size() ? clean : broken).add(o);
            }
            if (!clean.isEmpty()) {
                for (Occurrence o : clean) {
                    apply(o, set, conflict);
                }
                for (Occurrence o : broken) {
                    sink.note(o.line, target.path,
                            "第" + o.line + "行“" + target.label + "”有" + o.values.size() + "个数字，本行有" + target.size()
                                    + "列（" + o.shown() + "）；该行已从第" + clean.get(0).line + "行完整读入，此处不用。",
                            "line " + o.line + ": row \"" + target.label + "\" has " + o.values.size() + " numbers for "
                                    + target.size() + " columns (" + o.shown() + "); not used, the row was read whole at line "
                                    + clean.get(0).line + ".");
                }
            } else {
                Occurrence first = broken.get(0);
                damaged.add(new Damaged(first, aligned(first)));
                for (Occurrence o : broken.subList(1, broken.size())) {
                    sink.note(o.line, target.path,
                            "第" + o.line + "行又出现“" + target.label + "”（" + o.shown() + "），数字个数也不对；只用第"
                                    + first.line + "行的一处。",
                            "line " + o.line + ": row \"" + target.label + "\" appears again (" + o.shown()
                                    + "), also with a wrong number of values; only line " + first.line + " is used.");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (conflict[i]) {
                set[i] = false;
            }
        }
        if (!damaged.isEmpty()) {
            resolveDamaged(damaged, set, conflict);
        }
        for (int i = 0; i < n; i++) {
            if (conflict[i]) {
                sink.values[i] = sink.values[i] instanceof Count ? Count.blank() : Money.blank();
            }
        }
    }

    private void apply(Occurrence o, boolean[] set, boolean[] conflict) {
        Target target = o.target;
        boolean noted = false;
        for (int c = 0; c < target.size(); c++) {
            Cell cell = target.cells.get(c);
            PublishedTextToken token = o.values.get(c);
            Converted converted = PublishedTextTables.convert(token, cell, o.headerUnits[c]);
            CellValue value;
            if (converted.ok()) {
                value = converted.value();
            } else {
                value = cell.blank();
                int line = o.valueLines.get(c) + 1;
                sink.note(line, cell.code(),
                        "第" + line + "行“" + cell.label() + "”的值“" + o.display(c) + "”" + converted.zh() + "，该单元格留空。",
                        "line " + line + ": the value \"" + o.display(c) + "\" of \"" + cell.label() + "\" "
                                + converted.en() + "; the cell is left blank.");
            }
            int i = cell.index();
            if (set[i] && !sink.values[i].equals(value)) {
                conflict[i] = true;
                if (!noted) {
                    noted = true;
                    sink.note(o.line, target.path,
                            "第" + o.line + "行再次读到“" + target.label + "”，数值不同（" + o.shown()
                                    + "）；数值不一致的单元格留空。",
                            "line " + o.line + ": row \"" + target.label + "\" is read again with other values ("
                                    + o.shown() + "); the cells that differ are left blank.");
                }
            } else {
                sink.values[i] = value;
                set[i] = true;
            }
        }
    }

    /** The cells of a line of only separated fields, as many as the row has cells; null if it is not one. */
    private static PublishedTextToken[] aligned(Occurrence o) {
        int k = o.target.size();
        if (!o.singleLine || o.values.size() >= k || o.lineTokens == null) {
            return null;
        }
        for (PublishedTextToken t : o.lineTokens) {
            if (t.type == PublishedTextToken.Type.TEXT) {
                return null;
            }
        }
        int last = o.values.get(o.values.size() - 1).field;
        if (last + 1 != k || o.lineTokens.size() != o.values.size()) {
            return null;
        }
        PublishedTextToken[] slots = new PublishedTextToken[k];
        for (PublishedTextToken t : o.values) {
            if (slots[t.field] != null) {
                return null;
            }
            slots[t.field] = t;
        }
        return slots;
    }

    private void resolveDamaged(List<Damaged> damaged, boolean[] set, boolean[] conflict) {
        for (Damaged d : damaged) {
            d.alignedInUse = d.aligned != null;
            d.candidates = d.alignedInUse ? alignedCandidate(d) : candidates(d);
        }
        joint(damaged, set);
        boolean again = false;
        for (Damaged d : damaged) {
            if (d.alignedInUse && !d.resolved()) {
                d.alignedInUse = false;
                d.candidates = candidates(d);
                again = true;
            }
        }
        if (again) {
            joint(damaged, set);
        }
        if (damaged.size() > 1 && damaged.stream().anyMatch(d -> d.survivors == 0 && !d.tooDamaged)) {
            for (Damaged d : damaged) {
                joint(List.of(d), set);
            }
        }
        for (Damaged d : damaged) {
            conclude(d, set);
        }
    }

    private List<CellValue[]> alignedCandidate(Damaged d) {
        Occurrence o = d.occurrence;
        CellValue[] slots = new CellValue[o.target.size()];
        for (int c = 0; c < slots.length; c++) {
            Cell cell = o.target.cells.get(c);
            PublishedTextToken token = d.aligned[c];
            if (token == null) {
                slots[c] = cell.blank();
            } else {
                Converted converted = PublishedTextTables.convert(token, cell, o.headerUnits[c]);
                if (!converted.ok()) {
                    return List.of();
                }
                slots[c] = converted.value();
            }
        }
        List<CellValue[]> list = new ArrayList<>();
        list.add(slots);
        return list;
    }

    /** Every placement of the row's numbers in its cells, checked against the row's own relations. */
    private List<CellValue[]> candidates(Damaged d) {
        Occurrence o = d.occurrence;
        int k = o.target.size();
        int v = o.values.size();
        int missing = Math.abs(k - v);
        int pool = Math.max(k, v);
        if (missing > MAX_MISMATCH || binomial(pool, missing) > MAX_PLACEMENTS) {
            d.tooDamaged = true;
            return List.of();
        }
        Set<List<CellValue>> distinct = new LinkedHashSet<>();
        int[] chosen = new int[missing];
        for (int i = 0; i < missing; i++) {
            chosen[i] = i;
        }
        long[] values = new long[sink.values.length];
        byte[] states = new byte[sink.values.length];
        while (true) {
            CellValue[] slots = place(o, chosen, v < k);
            if (slots != null) {
                Arrays.fill(states, BLANK);
                Arrays.fill(solvedBy, null);
                fill(o.target, slots, values, states);
                String violated = propagate(values, states);
                if (violated == null) {
                    distinct.add(Arrays.asList(read(o.target, slots, values, states)));
                    for (Cell cell : o.target.cells) {
                        if (solvedBy[cell.index()] != null) {
                            d.rules.add(solvedBy[cell.index()]);
                        }
                    }
                } else {
                    d.rules.add(violated);
                }
            }
            if (!next(chosen, pool)) {
                break;
            }
        }
        List<CellValue[]> list = new ArrayList<>();
        for (List<CellValue> c : distinct) {
            list.add(c.toArray(new CellValue[0]));
        }
        return list;
    }

    /**
     * The slots of one placement: with too few numbers, {@code chosen} are the cells left
     * unknown (null); with too many, the numbers left out. Null if a number does not fit its cell.
     */
    private static CellValue[] place(Occurrence o, int[] chosen, boolean tooFew) {
        int k = o.target.size();
        CellValue[] slots = new CellValue[k];
        int next = 0;
        int pick = 0;
        int slot = 0;
        int total = tooFew ? k : o.values.size();
        for (int i = 0; i < total; i++) {
            boolean isChosen = pick < chosen.length && chosen[pick] == i;
            if (isChosen) {
                pick++;
                if (tooFew) {
                    slots[slot++] = null;
                }
                if (!tooFew) {
                    next++;
                }
                continue;
            }
            Cell cell = o.target.cells.get(slot);
            Converted converted = PublishedTextTables.convert(o.values.get(next), cell, o.headerUnits[slot]);
            if (!converted.ok()) {
                return null;
            }
            slots[slot++] = converted.value();
            next++;
        }
        return slots;
    }

    private static boolean next(int[] chosen, int pool) {
        int m = chosen.length;
        for (int i = m - 1; i >= 0; i--) {
            if (chosen[i] < pool - m + i) {
                chosen[i]++;
                for (int j = i + 1; j < m; j++) {
                    chosen[j] = chosen[j - 1] + 1;
                }
                return true;
            }
        }
        return false;
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static void fill(Target target, CellValue[] slots, long[] values, byte[] states) {
        for (int c = 0; c < slots.length; c++) {
            int i = target.cells.get(c).index();
            if (slots[c] == null) {
                states[i] = UNKNOWN;
            } else if (slots[c] instanceof Count count && count.isPresent()) {
                states[i] = KNOWN;
                values[i] = count.value();
            } else {
                states[i] = BLANK;
            }
        }
    }

    /** The slots with the unknowns the relations worked out filled in; still unknown ones stay null. */
    private static CellValue[] read(Target target, CellValue[] slots, long[] values, byte[] states) {
        CellValue[] out = slots.clone();
        for (int c = 0; c < out.length; c++) {
            int i = target.cells.get(c).index();
            if (out[c] == null && states[i] == KNOWN) {
                out[c] = Count.of((int) values[i]);
            }
        }
        return out;
    }

    /**
     * Works out unknown cells from relations with exactly one unknown and no blank, and checks
     * every relation whose cells are all known.
     *
     * @return the id of a relation that does not hold, or null if all hold
     */
    private String propagate(long[] values, byte[] states) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < lefts.length; r++) {
                long balance = 0;
                int unknowns = 0;
                int unknown = -1;
                boolean unknownLeft = false;
                boolean blank = false;
                for (int side = 0; side < 2 && !blank; side++) {
                    boolean left = side == 0;
                    for (int i : left ? lefts[r] : rights[r]) {
                        if (states[i] == BLANK) {
                            blank = true;
                            break;
                        }
                        if (states[i] == UNKNOWN) {
                            unknowns++;
                            unknown = i;
                            unknownLeft = left;
                        } else {
                            balance += left ? values[i] : -values[i];
                        }
                    }
                }
                if (blank || unknowns > 1) {
                    continue;
                }
                if (unknowns == 0) {
                    if (balance != 0) {
                        return ruleIds[r];
                    }
                    continue;
                }
                long solved = unknownLeft ? -balance : balance;
                if (solved < 0 && !signed[unknown]) {
                    return NON_NEGATIVE;
                }
                if (solved > Integer.MAX_VALUE || solved < Integer.MIN_VALUE) {
                    return ruleIds[r];
                }
                values[unknown] = solved;
                states[unknown] = KNOWN;
                solvedBy[unknown] = ruleIds[r];
                changed = true;
            }
        }
        return null;
    }

    /** Tries every combination of the damaged rows' readings against the whole table. */
    private void joint(List<Damaged> damaged, boolean[] set) {
        int n = sink.values.length;
        long[] baseValues = new long[n];
        byte[] baseStates = new byte[n];
        for (int i = 0; i < n; i++) {
            if (set[i] && sink.values[i] instanceof Count count && count.isPresent()) {
                baseStates[i] = KNOWN;
                baseValues[i] = count.value();
            }
        }
        long combinations = 1;
        for (Damaged d : damaged) {
            d.reset();
            combinations *= Math.max(1, d.candidates.size());
            if (d.candidates.isEmpty()) {
                combinations = 0;
            }
            if (combinations > MAX_COMBINATIONS) {
                break;
            }
        }
        if (combinations == 0) {
            return;
        }
        if (combinations > MAX_COMBINATIONS) {
            if (damaged.size() > 1) {
                for (Damaged d : damaged) {
                    joint(List.of(d), set);
                }
            } else {
                damaged.get(0).tooDamaged = true;
            }
            return;
        }
        int[] pick = new int[damaged.size()];
        long[] values = new long[n];
        byte[] states = new byte[n];
        while (true) {
            System.arraycopy(baseValues, 0, values, 0, n);
            System.arraycopy(baseStates, 0, states, 0, n);
            Arrays.fill(solvedBy, null);
            for (int j = 0; j < damaged.size(); j++) {
                Damaged d = damaged.get(j);
                fill(d.occurrence.target, d.candidates.get(pick[j]), values, states);
            }
            String violated = propagate(values, states);
            if (violated != null) {
                for (Damaged d : damaged) {
                    if (d.candidates.size() > 1) {
                        d.rules.add(violated);
                    }
                }
            } else {
                for (int j = 0; j < damaged.size(); j++) {
                    Damaged d = damaged.get(j);
                    CellValue[] outcome = read(d.occurrence.target, d.candidates.get(pick[j]), values, states);
                    for (Cell cell : d.occurrence.target.cells) {
                        if (solvedBy[cell.index()] != null) {
                            d.rules.add(solvedBy[cell.index()]);
                        }
                    }
                    d.survivors++;
                    if (Arrays.asList(outcome).contains(null)) {
                        d.undetermined = true;
                        if (d.undeterminedExample == null) {
                            d.undeterminedExample = outcome;
                        }
                    }
                    if (d.outcome == null) {
                        d.outcome = outcome;
                    } else if (d.other == null && !Arrays.equals(d.outcome, outcome)) {
                        d.other = outcome;
                    }
                }
            }
            int j = damaged.size() - 1;
            while (j >= 0 && ++pick[j] == damaged.get(j).candidates.size()) {
                pick[j] = 0;
                j--;
            }
            if (j < 0) {
                break;
            }
        }
    }

    private void conclude(Damaged d, boolean[] set) {
        Occurrence o = d.occurrence;
        Target target = o.target;
        int k = target.size();
        String found = "第" + o.line + "行“" + target.label + "”有" + o.values.size() + "个数字，本行有" + k + "个单元格（"
                + o.shown() + "）";
        String foundEn = "line " + o.line + ": row \"" + target.label + "\" has " + o.values.size() + " numbers for " + k
                + " cells (" + o.shown() + ")";
        String rules = String.join(", ", d.rules);
        if (d.resolved()) {
            for (int c = 0; c < k; c++) {
                int i = target.cells.get(c).index();
                sink.values[i] = d.outcome[c];
                set[i] = true;
            }
            String shown = PublishedTextTables.show(d.outcome);
            if (d.alignedInUse) {
                int empty = k - o.values.size();
                sink.note(o.line, target.path,
                        found + "，分在" + k + "个以制表符或竖线分隔的栏中，其中" + empty + "栏为空：按栏读入，空栏为空单元格：" + shown
                                + "；与本表的勾稽关系不矛盾。",
                        foundEn + " in " + k + " tab- or pipe-separated fields, " + empty
                                + " of them empty: read field by field, the empty fields as blank cells: " + shown
                                + "; this agrees with the table's arithmetic.");
            } else if (rules.isEmpty()) {
                sink.note(o.line, target.path,
                        found + "：各种读法结果相同，读为 " + shown + "。",
                        foundEn + ": every reading gives the same values, read as " + shown + ".");
            } else {
                sink.note(o.line, target.path,
                        found + "：按本表的勾稽关系只有一种读法，读为 " + shown + "（依据 " + rules + "）。",
                        foundEn + ": the table's arithmetic admits one reading only, read as " + shown + " (decided by "
                                + rules + ").");
            }
            return;
        }
        String zh;
        String en;
        if (d.tooDamaged) {
            zh = "多出或缺少的数字太多，无法判断";
            en = "too many numbers are missing or extra to tell which is which";
        } else if (d.survivors == 0) {
            zh = "没有一种读法既合乎各单元格又与本表的勾稽关系相符" + (rules.isEmpty() ? "" : "（" + rules + "）");
            en = "no reading fits the row's cells and agrees with the table's arithmetic" + (rules.isEmpty() ? "" : " (" + rules + ")");
        } else if (d.undetermined) {
            zh = "本表的勾稽关系不能确定缺少的数字（如 " + PublishedTextTables.show(d.undeterminedExample) + "）";
            en = "the table's arithmetic does not determine the missing numbers (such as " + PublishedTextTables.show(d.undeterminedExample) + ")";
        } else {
            zh = "本表的勾稽关系容许不止一种读法（" + PublishedTextTables.show(d.outcome) + " 或 " + PublishedTextTables.show(d.other) + "）";
            en = "the table's arithmetic admits more than one reading (" + PublishedTextTables.show(d.outcome) + " or " + PublishedTextTables.show(d.other) + ")";
        }
        sink.note(o.line, target.path, found + "：" + zh + "，该行单元格留空。", foundEn + ": " + en + "; the row's cells are left blank.");
    }
}
