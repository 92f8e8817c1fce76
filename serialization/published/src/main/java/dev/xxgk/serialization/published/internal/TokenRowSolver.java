package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.published.internal.CellValues.Converted;
import dev.xxgk.template.Relation;
import dev.xxgk.template.RelationOutcome;
import dev.xxgk.template.RuleId;
import java.util.OptionalLong;
import dev.xxgk.serialization.published.internal.TokenRows.Occurrence;
import dev.xxgk.serialization.published.internal.TokenRows.Sink;
import dev.xxgk.serialization.published.internal.TokenRows.Target;
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
 * reading agrees with the arithmetic. A line with the row's label before such fields is read the
 * same way, and only that way: its empty fields are printed blanks, never numbers to work out.
 */
final class TokenRowSolver {

    private static final int MAX_MISMATCH = 3;
    private static final int MAX_PLACEMENTS = 1000;

    /** How many splits of run-together digits one row may have before it is left blank as too damaged. */
    private static final int MAX_SPLITS = 20_000;
    private static final int MAX_COMBINATIONS = 20_000;
    private static final RuleId NON_NEGATIVE = RuleId.of("NON-NEGATIVE");

    private static final byte BLANK = 0;
    private static final byte KNOWN = 1;
    private static final byte UNKNOWN = 2;

    private final Sink sink;
    private final List<Relation> relations;
    private final int[][] relationCells;
    private final boolean[] signed;
    private final RuleId[] solvedBy;

    TokenRowSolver(TokenRows.Shape shape, Sink sink) {
        this.sink = sink;
        this.relations = shape.relations;
        this.relationCells = shape.relationCells;
        this.signed = shape.signed;
        this.solvedBy = new RuleId[sink.values.length];
    }

    /** A damaged row under resolution: its readings and what they came to. */
    private static final class Damaged {
        final Occurrence occurrence;
        final PublishedTextToken[] aligned;
        boolean alignedInUse;
        List<CellValue[]> candidates;
        final Set<RuleId> rules = new TreeSet<>();
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
        for (Map.Entry<Target, List<Occurrence>> entry : TokenRows.byTarget(occurrences).entrySet()) {
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
                    sink.note(PipelineNote.ROW_NOT_USED, o.line, target.path, target.label, o.values.size(),
                            target.size(), o.shown(), clean.get(0).line);
                }
            } else {
                Occurrence first = broken.get(0);
                damaged.add(new Damaged(first, aligned(first)));
                for (Occurrence o : broken.subList(1, broken.size())) {
                    sink.note(PipelineNote.ROW_AGAIN_DAMAGED, o.line, target.path, target.label, o.shown(), first.line);
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
            Converted converted = CellValues.convert(token, cell, o.headerUnits[c]);
            CellValue value;
            if (converted.ok()) {
                value = converted.value();
            } else {
                value = cell.blank();
                sink.note(converted.problem(), o.valueLines.get(c), cell.code(), o.display(c), cell.label());
            }
            int i = cell.index();
            if (set[i] && !sink.values[i].equals(value)) {
                conflict[i] = true;
                if (!noted) {
                    noted = true;
                    sink.note(PipelineNote.ROW_READ_AGAIN, o.line, target.path, target.label, o.shown());
                }
            } else {
                sink.values[i] = value;
                set[i] = true;
            }
        }
    }

    /**
     * The cells of a line of tab- or pipe-separated fields whose last fields are the row's cells,
     * one field per cell, some of them empty (an empty field is a blank cell, never a lost number);
     * null if the line is not one. A line without a label must have exactly as many fields as the
     * row has cells; a line with the row's label must have it in fields before the cells. The pipes
     * that frame a Markdown table row ({@code | a | b |}) are not fields.
     */
    private static PublishedTextToken[] aligned(Occurrence o) {
        int k = o.target.size();
        if (!o.singleLine || o.values.size() >= k || o.lineTokens == null || o.valueLineTexts.isEmpty()) {
            return null;
        }
        String line = withoutSpacesAtEnds(o.valueLineTexts.get(0));
        int separators = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '|' || c == '\uFF5C') {
                separators++;
            }
        }
        if (separators == 0) {
            return null;
        }
        boolean framedStart = !line.isEmpty() && (line.charAt(0) == '|' || line.charAt(0) == '\uFF5C');
        boolean framedEnd = framedStart && line.length() > 1
                && (line.charAt(line.length() - 1) == '|' || line.charAt(line.length() - 1) == '\uFF5C');
        int first = framedStart ? 1 : 0;
        int last = separators - (framedEnd ? 1 : 0);
        int firstCell = last - k + 1;
        boolean labelled = false;
        for (PublishedTextToken t : o.lineTokens) {
            labelled |= t.type == PublishedTextToken.Type.TEXT;
        }
        if (labelled ? firstCell <= first : firstCell != first) {
            return null;
        }
        int values = 0;
        PublishedTextToken[] slots = new PublishedTextToken[k];
        for (PublishedTextToken t : o.lineTokens) {
            if (t.type == PublishedTextToken.Type.TEXT) {
                if (t.field >= firstCell) {
                    return null;
                }
                continue;
            }
            if (t.field < firstCell || t.field > last || slots[t.field - firstCell] != null) {
                return null;
            }
            slots[t.field - firstCell] = t;
            values++;
        }
        return values == o.values.size() ? slots : null;
    }

    /** The line without the spaces at its ends; tabs are kept (they stand between empty cells). */
    private static String withoutSpacesAtEnds(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) != '\t' && PublishedTextNormalizer.isSpace(line.charAt(from))) {
            from++;
        }
        while (to > from && line.charAt(to - 1) != '\t' && PublishedTextNormalizer.isSpace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    /** Whether the row's label is printed on the line of its field-separated cells. */
    private static boolean labelledLine(Occurrence o) {
        for (PublishedTextToken t : o.lineTokens) {
            if (t.type == PublishedTextToken.Type.TEXT) {
                return true;
            }
        }
        return false;
    }

    private void resolveDamaged(List<Damaged> damaged, boolean[] set, boolean[] conflict) {
        for (Damaged d : damaged) {
            d.alignedInUse = d.aligned != null;
            d.candidates = d.alignedInUse ? alignedCandidate(d) : candidates(d);
        }
        joint(damaged, set);
        boolean again = false;
        for (Damaged d : damaged) {
            // a labelled row whose empty fields are printed blanks keeps them blank: no other placement is tried
            if (d.alignedInUse && !d.resolved() && !labelledLine(d.occurrence)) {
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
                Converted converted = CellValues.convert(token, cell, o.headerUnits[c]);
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
        // figures printed with no separator are one more way to read a row with too few numbers:
        // tried alongside the readings with numbers missing, so that only a unique reading is kept
        List<CellValue[]> merged = v < k ? mergedDigits(d) : null;
        int missing = Math.abs(k - v);
        int pool = Math.max(k, v);
        if (missing > MAX_MISMATCH || binomial(pool, missing) > MAX_PLACEMENTS) {
            if (merged != null) {
                return merged;
            }
            d.tooDamaged = true;
            return List.of();
        }
        Set<List<CellValue>> distinct = new LinkedHashSet<>();
        if (merged != null) {
            for (CellValue[] m : merged) {
                distinct.add(Arrays.asList(m));
            }
        }
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
                RuleId violated = propagate(values, states);
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
     * The readings of a row whose figures were printed with no separator ({@code 180000018} for
     * 18|0|0|0|0|0|18): every split of the digits of its numbers, in order, into exactly as many
     * numbers as the row has cells (no number with a leading zero but 0 itself, none of more than
     * nine digits), kept when the row's relations hold. A split is never made across two numbers
     * the text separates. Null when the row's numbers cannot be such (signs, fractions, units, too
     * few digits), when no split holds, or when there are more than {@link #MAX_SPLITS} splits to try.
     */
    private List<CellValue[]> mergedDigits(Damaged d) {
        Occurrence o = d.occurrence;
        int k = o.target.size();
        int digits = 0;
        for (PublishedTextToken t : o.values) {
            if (t.type != PublishedTextToken.Type.NUMBER || t.negative || t.signed || t.fraction != null || t.unit != null) {
                return null;
            }
            digits += t.digits.length();
        }
        for (Cell cell : o.target.cells) {
            if (!cell.kind().isCount()) {
                return null;
            }
        }
        if (digits < k) {
            return null;
        }
        Splits splits = new Splits(d, new long[sink.values.length], new byte[sink.values.length]);
        if (!splits.from(0, 0, 0, new CellValue[k]) || splits.distinct.isEmpty()) {
            return null;
        }
        List<CellValue[]> list = new ArrayList<>();
        for (List<CellValue> c : splits.distinct) {
            list.add(c.toArray(new CellValue[0]));
        }
        return list;
    }

    /**
     * The splits of one row's run-together digits, depth first: a part with a leading zero ends the
     * parts tried from that digit on (every longer one has it too), so only splits that are numbers
     * are counted against {@link #MAX_SPLITS}; each is checked against the row's relations.
     */
    private final class Splits {
        private final Damaged d;
        private final Occurrence o;
        private final long[] values;
        private final byte[] states;
        private final Set<List<CellValue>> distinct = new LinkedHashSet<>();
        private int tried;

        Splits(Damaged d, long[] values, byte[] states) {
            this.d = d;
            this.o = d.occurrence;
            this.values = values;
            this.states = states;
        }

        /**
         * Splits the digits of token {@code t} from {@code at} on into the slots from {@code slot};
         * false when over budget.
         */
        boolean from(int t, int at, int slot, CellValue[] slots) {
            if (t == o.values.size()) {
                return slot != slots.length || check(slots);
            }
            String digits = o.values.get(t).digits;
            int tokensLeft = o.values.size() - t - 1;
            for (int end = at + 1; end <= digits.length() && end - at <= 9; end++) {
                if (end - at > 1 && digits.charAt(at) == '0') {
                    break;
                }
                boolean tokenDone = end == digits.length();
                // each token after this one needs a slot of its own, and so does the rest of this one
                int slotsLeft = slots.length - slot - 1;
                if (slotsLeft < tokensLeft) {
                    break;
                }
                if (!tokenDone && slotsLeft == tokensLeft) {
                    continue;
                }
                slots[slot] = Count.of(Integer.parseInt(digits, at, end, 10));
                if (!(tokenDone ? from(t + 1, 0, slot + 1, slots) : from(t, end, slot + 1, slots))) {
                    return false;
                }
            }
            return true;
        }

        private boolean check(CellValue[] slots) {
            if (++tried > MAX_SPLITS) {
                return false;
            }
            Arrays.fill(states, BLANK);
            Arrays.fill(solvedBy, null);
            fill(o.target, slots, values, states);
            RuleId violated = propagate(values, states);
            if (violated == null) {
                distinct.add(List.of(slots.clone()));
            } else {
                d.rules.add(violated);
            }
            return true;
        }
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
            Converted converted = CellValues.convert(o.values.get(next), cell, o.headerUnits[slot]);
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
    private RuleId propagate(long[] values, byte[] states) {
        int n = values.length;
        long[] figures = scratch.length == n ? scratch : (scratch = new long[n]);
        for (int i = 0; i < n; i++) {
            figures[i] = states[i] == KNOWN ? values[i] : Relation.BLANK;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0, size = relations.size(); r < size; r++) {
                Relation relation = relations.get(r);
                int unknowns = 0;
                int unknown = -1;
                boolean blank = false;
                for (int i : relationCells[r]) {
                    if (states[i] == BLANK) {
                        blank = true;
                        break;
                    }
                    if (states[i] == UNKNOWN && i != unknown) {
                        unknowns++;
                        unknown = i;
                    }
                }
                if (blank || unknowns > 1) {
                    continue;
                }
                if (unknowns == 0) {
                    RelationOutcome outcome = relation.evaluate(figures);
                    if (outcome.isBroken()) {
                        return relation.ruleId();
                    }
                    continue;
                }
                OptionalLong solution = relation.solve(figures);
                if (solution.isEmpty()) {
                    continue; // the unknown cell is on both sides: the relation does not determine it
                }
                long solved = solution.getAsLong();
                if (solved < 0 && !signed[unknown]) {
                    return NON_NEGATIVE;
                }
                if (solved > Integer.MAX_VALUE || solved < Integer.MIN_VALUE) {
                    return relation.ruleId();
                }
                values[unknown] = solved;
                figures[unknown] = solved;
                states[unknown] = KNOWN;
                solvedBy[unknown] = relation.ruleId();
                changed = true;
            }
        }
        return null;
    }

    private long[] scratch = new long[0];

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
            RuleId violated = propagate(values, states);
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
        Object[] found = {target.label, o.values.size(), k, o.shown()};
        String rules = String.join(", ", d.rules.stream().map(RuleId::value).toList());
        if (d.resolved()) {
            for (int c = 0; c < k; c++) {
                int i = target.cells.get(c).index();
                sink.values[i] = d.outcome[c];
                set[i] = true;
            }
            String shown = TokenRows.show(d.outcome);
            if (d.alignedInUse) {
                note(PipelineNote.ROW_BY_FIELDS, o, found, k - o.values.size(), shown);
            } else if (rules.isEmpty()) {
                note(PipelineNote.ROW_SAME_EVERY_WAY, o, found, shown);
            } else {
                note(PipelineNote.ROW_RESOLVED, o, found, shown, rules);
            }
            return;
        }
        if (d.tooDamaged) {
            note(PipelineNote.ROW_TOO_DAMAGED, o, found);
        } else if (d.survivors == 0) {
            note(PipelineNote.ROW_NO_READING, o, found, rules.isEmpty() ? "-" : rules);
        } else if (d.undetermined) {
            note(PipelineNote.ROW_UNDETERMINED, o, found, TokenRows.show(d.undeterminedExample));
        } else {
            note(PipelineNote.ROW_AMBIGUOUS, o, found, TokenRows.show(d.outcome), TokenRows.show(d.other));
        }
    }

    private void note(PipelineNote kind, Occurrence o, Object[] found, Object... more) {
        Object[] arguments = Arrays.copyOf(found, found.length + more.length);
        System.arraycopy(more, 0, arguments, found.length, more.length);
        sink.note(kind, o.line, o.target.path, arguments);
    }
}
