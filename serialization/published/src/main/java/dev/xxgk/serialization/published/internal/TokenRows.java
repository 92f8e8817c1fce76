package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.CellValue;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Column;
import dev.xxgk.template.Relation;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the tables of one section of published text, row by row by label: label text is gathered
 * until numbers begin, the row is the one whose label that text ends with, and the numbers up to
 * the next text are the row's. Rows that carry as many numbers as the row has columns are read
 * as they stand; the others are resolved by {@link TokenRowSolver} or left blank.
 *
 * <p>One instance reads one section of one input; not thread-safe.
 */
final class TokenRows {

    /** A row as printed: a row of the catalogue, or for section 四 also the one printed row of 15. */
    static final class Target {
        final String path;
        final String label;
        final List<Cell> cells;

        Target(String path, String label, List<Cell> cells) {
            this.path = path;
            this.label = label;
            this.cells = cells;
        }

        int size() {
            return cells.size();
        }
    }

    /** A printed row found in the text: its target and its values. */
    static final class Occurrence {
        final Target target;
        final int line;
        final List<PublishedTextToken> values = new ArrayList<>();
        final List<String> valueLineTexts = new ArrayList<>();
        final List<Integer> valueLines = new ArrayList<>();
        final Labels.TextMatch match;
        final MoneyUnit[] headerUnits;
        List<PublishedTextToken> lineTokens;
        boolean singleLine = true;
        /** A row of the other edition's template whose label the numbers follow, when no row of this one fits. */
        Target otherEdition;
        /** Whether the target is a sub-table row of section 四 named last of several in the header. */
        boolean subTableGuess;

        Occurrence(Target target, int line, Labels.TextMatch match, MoneyUnit[] headerUnits) {
            this.target = target;
            this.line = line;
            this.match = match;
            this.headerUnits = headerUnits;
        }

        /** The same figures read for another row (its cells have no money, so no header units). */
        Occurrence retarget(Target other) {
            Occurrence o = new Occurrence(other, line, match, new MoneyUnit[other.size()]);
            o.values.addAll(values);
            o.valueLineTexts.addAll(valueLineTexts);
            o.valueLines.addAll(valueLines);
            o.lineTokens = lineTokens;
            o.singleLine = singleLine;
            return o;
        }

        String display(int value) {
            return values.get(value).display(valueLineTexts.get(value));
        }

        String shown() {
            StringBuilder out = new StringBuilder();
            for (int v = 0; v < values.size(); v++) {
                out.append(v == 0 ? "" : " ").append(display(v));
            }
            return out.toString();
        }
    }

    /** Where the values of a whole input are gathered, and its notes. */
    static final class Sink {
        final CellValue[] values;
        final boolean[] found;
        final List<ReadingNote> notes;
        /** The rows printed that the edition's template does not have, with their figures. */
        final List<TemplateDeviation> deviations = new ArrayList<>();

        Sink(Template template, List<ReadingNote> notes) {
            this.values = new CellValue[template.cells().size()];
            this.found = new boolean[values.length];
            for (Cell cell : template.cells()) {
                values[cell.index()] = cell.blank();
            }
            this.notes = notes;
        }

        void note(PipelineNote kind, int line, String path, Object... arguments) {
            notes.add(ReadingNote.of(kind, line > 0 ? Location.line(line) : Location.unknown(), path, arguments));
        }
    }

    /** What the reader needs to know of one section of one edition, derived once from the catalogue. */
    static final class Shape {
        final List<Target> targets = new ArrayList<>();
        final Labels labels;
        final Target whole;
        final String[] headerLabels;
        /** The template's relations among the section's cells, evaluated by {@link Relation#evaluate(long[])}. */
        final List<Relation> relations;
        /** The cells of each relation (both sides), by index, so that the solver's loop allocates nothing. */
        final int[][] relationCells;
        final boolean[] signed;

        Shape(Template template, Section section) {
            List<String> header = new ArrayList<>();
            Target wholeTarget = null;
            for (Table table : template.tables(section)) {
                int columns = table.columns().size();
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = table.rows().get(r);
                    List<Cell> cells = table.cells().subList(r * columns, (r + 1) * columns);
                    targets.add(new Target(row.code(), row.fullLabel(), cells));
                    header.add(PublishedTextNormalizer.compact(row.label()));
                    row.groupLabels().forEach(g -> header.add(PublishedTextNormalizer.compact(g)));
                }
                if (section == Section.RECONSIDERATION_AND_LITIGATION) {
                    wholeTarget = new Target(section.code(), section.heading(), table.cells());
                }
            }
            this.labels = new Labels(template, section);
            this.whole = wholeTarget;
            this.headerLabels = header.stream().filter(h -> !h.isEmpty()).distinct().toArray(String[]::new);
            relations = template.relations().stream().filter(r -> r.anchor().section() == section).toList();
            relationCells = new int[relations.size()][];
            for (int r = 0; r < relations.size(); r++) {
                relationCells[r] = relations.get(r).cells().stream().mapToInt(Cell::index).toArray();
            }
            signed = new boolean[template.cells().size()];
            for (Cell cell : template.cells()) {
                signed[cell.index()] = cell.kind() == CellKind.SIGNED_COUNT;
            }
        }
    }

    private static final Map<Edition, Map<Section, Shape>> SHAPES = shapes();

    private static Map<Edition, Map<Section, Shape>> shapes() {
        Map<Edition, Map<Section, Shape>> shapes = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            Map<Section, Shape> sections = new EnumMap<>(Section.class);
            for (Section section : Section.values()) {
                if (section.hasTables()) {
                    sections.put(section, new Shape(Template.of(edition), section));
                }
            }
            shapes.put(edition, sections);
        }
        return shapes;
    }

    private static final int MAX_CONTEXT = 240;

    private final Template template;
    private final Section section;
    private final String[] lines;
    private final int[] lineNumbers;
    private final Sink sink;
    private final Shape shape;
    private final List<Target> targets;
    private final Labels labels;
    private final Target whole;
    private final StringBuilder context = new StringBuilder();
    private int[] boundaries = new int[16];
    private int boundaryCount;
    private final List<Occurrence> occurrences = new ArrayList<>();

    TokenRows(Template template, Section section, String[] lines, int[] lineNumbers, Sink sink) {
        this.template = template;
        this.section = section;
        this.lines = lines;
        this.lineNumbers = lineNumbers;
        this.sink = sink;
        this.shape = SHAPES.get(template.edition()).get(section);
        this.targets = shape.targets;
        this.labels = shape.labels;
        this.whole = shape.whole;
    }

    /** Whether the section's table is printed as one row of all its cells (section 四). */
    private boolean oneLine() {
        return whole != null;
    }

    /**
     * Reads the lines {@code from} (inclusive) to {@code to} (exclusive) and resolves what was
     * read into the sink.
     *
     * @param own whether the lines are the section's own (under its heading): only then are
     *     numbers outside every row noted
     * @return the number of printed rows found by their label
     */
    int read(int from, int to, boolean own) {
        readTo = to;
        Occurrence pending = null;
        for (int li = from; li < to; li++) {
            currentLine = li;
            String line = lines[li];
            List<PublishedTextToken> tokens = new ArrayList<>();
            PublishedTextToken.tokenize(line, tokens);
            boolean lineHasText = false;
            for (PublishedTextToken t : tokens) {
                lineHasText |= t.type == PublishedTextToken.Type.TEXT;
            }
            for (int ti = 0; ti < tokens.size(); ti++) {
                PublishedTextToken token = tokens.get(ti);
                if (token.type == PublishedTextToken.Type.TEXT) {
                    if (pending != null) {
                        close(pending, own);
                        pending = null;
                    }
                    appendContext(token.text);
                } else {
                    if (pending == null) {
                        pending = open(li, tokens, ti, lineHasText);
                    } else if (pending.valueLines.get(pending.valueLines.size() - 1) != lineNumbers[li]) {
                        pending.singleLine = false;
                    }
                    pending.values.add(token);
                    pending.valueLineTexts.add(line);
                    pending.valueLines.add(lineNumbers[li]);
                }
            }
            if (pending != null && (pending.target == null || pending.values.size() >= pending.target.size())
                    && !(pending.target != null && !pending.singleLine && numbersOnly(li + 1, to))) {
                // figures printed one or a few to a line run on while no text comes: all of them are
                // the row's (too many is damage for the solver), not the first few with the rest
                // left over as figures without a row
                close(pending, own);
                pending = null;
            }
        }
        if (pending != null) {
            close(pending, own);
        }
        placeOrphans(to);
        new TokenRowSolver(shape, sink).resolve(occurrences);
        noteMissing();
        return (int) occurrences.stream().filter(o -> o.target != null).count();
    }

    private int readTo;

    /** Whether line {@code li} holds figures and no text. */
    private boolean numbersOnly(int li, int to) {
        if (li >= to) {
            return false;
        }
        List<PublishedTextToken> tokens = new ArrayList<>();
        PublishedTextToken.tokenize(lines[li], tokens);
        if (tokens.isEmpty()) {
            return false;
        }
        for (PublishedTextToken t : tokens) {
            if (t.type == PublishedTextToken.Type.TEXT) {
                return false;
            }
        }
        return true;
    }

    /** 1、 for 1.: the numbering of a row label, however printed. */
    private static String labelText(String raw) {
        String text = raw;
        if (text.length() > 1 && text.indexOf('、') > 0) {
            StringBuilder b = new StringBuilder(text);
            for (int i = 1; i < b.length(); i++) {
                if (b.charAt(i) == '、' && b.charAt(i - 1) >= '0' && b.charAt(i - 1) <= '9') {
                    b.setCharAt(i, '.');
                }
            }
            text = b.toString();
        }
        return text;
    }

    private void appendContext(String raw) {
        String text = labelText(raw);
        if (boundaryCount == boundaries.length) {
            boundaries = Arrays.copyOf(boundaries, boundaryCount * 2);
        }
        boundaries[boundaryCount++] = context.length();
        context.append(text);
        if (context.length() > 2 * MAX_CONTEXT) {
            int cut = context.length() - MAX_CONTEXT;
            context.delete(0, cut);
            int kept = 0;
            for (int i = 0; i < boundaryCount; i++) {
                if (boundaries[i] >= cut) {
                    boundaries[kept++] = boundaries[i] - cut;
                }
            }
            boundaryCount = kept;
        }
    }

    private void resetContext() {
        context.setLength(0);
        boundaryCount = 0;
    }

    private Occurrence open(int li, List<PublishedTextToken> tokens, int first, boolean lineHasText) {
        Target target = null;
        Labels.TextMatch match = null;
        if (oneLine()) {
            boolean labelOnThisLine = first > 0 && tokens.get(first - 1).type == PublishedTextToken.Type.TEXT;
            if (labelOnThisLine) {
                match = labels.matchText(context, boundaries, boundaryCount);
                if (match != null && match.how() == Labels.How.EXACT) {
                    target = targets.get(match.index());
                } else {
                    match = null;
                }
            } else if (!lineHasText && headerSeen()) {
                subTableGuessed = false;
                Target sub = subTable();
                target = sub != null ? sub : whole;
            }
        } else {
            match = labels.matchText(context, boundaries, boundaryCount);
            if (match != null) {
                target = targets.get(match.index());
            }
        }
        Target other = null;
        if (target == null && !oneLine()) {
            // a row of the other edition's template, printed instead of this edition's rows
            Shape otherShape = SHAPES.get(otherEdition()).get(section);
            Labels.TextMatch m = otherShape.labels.matchText(context, boundaries, boundaryCount);
            if (m != null && m.how() == Labels.How.EXACT && labels.matchText(context, boundaries, boundaryCount) == null) {
                other = otherShape.targets.get(m.index());
            }
        }
        MoneyUnit[] units = null;
        if (target != null) {
            units = new MoneyUnit[target.size()];
            for (int c = 0; c < target.size(); c++) {
                Cell cell = target.cells.get(c);
                if (cell.kind() == CellKind.MONEY) {
                    units[c] = headerUnit(cell.column());
                }
            }
        }
        Occurrence occurrence = new Occurrence(target, lineNumbers[li], match, units);
        occurrence.subTableGuess = oneLine() && subTableGuessed && target != whole;
        occurrence.otherEdition = other;
        occurrence.lineTokens = tokens;
        return occurrence;
    }

    /**
     * The row of section 四 whose sub-table the header just read belongs to: exactly one row named
     * by a text of its own since the last row (its heading, {@code ### 行政诉讼（复议后起诉）}, the
     * group label before it allowed), or null when none or several are (the one-row layout's header
     * names all three) — unless the last one named is followed by exactly one sub-table's header: a
     * sub-table before it was printed without figures.
     */
    private Target subTable() {
        Target found = null;
        Target last = null;
        int lastAt = -1;
        boolean several = false;
        for (int b = 0; b < boundaryCount; b++) {
            int end = b + 1 < boundaryCount ? boundaries[b + 1] : context.length();
            String key = Labels.key(context.substring(boundaries[b], end));
            if (key.isEmpty()) {
                continue;
            }
            for (Target target : targets) {
                Row row = target.cells.get(0).row();
                String label = Labels.key(row.label());
                String groups = row.groupLabels().stream().map(Labels::key).collect(Collectors.joining());
                if (key.equals(label) || key.equals(groups + label)) {
                    several |= found != null && found != target;
                    found = target;
                    last = target;
                    lastAt = end;
                }
            }
        }
        if (!several) {
            // one row named, but followed by the headers of more than one sub-table: the name is a
            // group label of a one-table header (| 行政复议 | | … | 行政诉讼 | … | over the 15 column
            // labels), not a sub-table's heading
            return found != null && occurrences(Labels.key(context.substring(lastAt)), subTableHeader()) > 1 ? null : found;
        }
        // a sub-table printed with no figures (| | | | | |) leaves its heading in the texts: the row
        // is the one named last when only one row's header (its five column labels) follows it
        if (last != null && Labels.key(context.substring(lastAt)).equals(subTableHeader())) {
            subTableGuessed = true;
            return last;
        }
        return null;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** Whether the last sub-table row was taken as the one named last of several (see {@link #subTable()}). */
    private boolean subTableGuessed;

    /** The key of one sub-table's header in section 四: its five column labels in order. */
    private String subTableHeader() {
        StringBuilder header = new StringBuilder();
        for (Cell cell : targets.get(0).cells) {
            header.append(cell.column().label());
        }
        return Labels.key(header.toString());
    }

    private boolean headerSeen() {
        for (String label : shape.headerLabels) {
            if (context.indexOf(label) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A unit printed in the column's header, such as 采购总金额（万元）. */
    private MoneyUnit headerUnit(Column column) {
        String label = PublishedTextNormalizer.compact(column.label());
        int at = context.lastIndexOf(label);
        if (at < 0) {
            return null;
        }
        String after = context.substring(at + label.length(), Math.min(context.length(), at + label.length() + 12));
        for (MoneyUnit unit : MoneyUnit.values()) {
            if (after.startsWith("(" + unit.symbol() + ")") || after.startsWith("(单位:" + unit.symbol() + ")")) {
                return unit;
            }
        }
        return null;
    }

    private void close(Occurrence occurrence, boolean own) {
        resetContext();
        if (occurrence.subTableGuess && occurrence.values.size() == whole.size()) {
            // the header named every group, the last one's labels after it: the one row of 15
            occurrence = occurrence.retarget(whole);
        }
        if (occurrence.target != null) {
            occurrences.add(occurrence);
            Labels.TextMatch match = occurrence.match;
            if (match != null && match.how() != Labels.How.EXACT) {
                // every loose match is noted: a label cut short, its tail, characters left out or wrong
                sink.note(match.how().kind, occurrence.line, occurrence.target.path, match.text(),
                        occurrence.target.cells.get(0).row().label());
            }
        } else if (occurrence.otherEdition != null && deviation(occurrence)) {
            return;
        } else if (own) {
            orphans.add(occurrence);
            orphanEnds.add(currentLine);
        }
    }

    /** Numbers outside every row, and the index of the line each ended on; placed or noted at the end. */
    private final List<Occurrence> orphans = new ArrayList<>();
    private final List<Integer> orphanEnds = new ArrayList<>();
    private int currentLine;

    /**
     * Numbers on a line of their own just above a label line that has none (a row whose figures
     * were printed, or extracted, above its label) are that row's, when the label is exactly one
     * row's, that row has no figures anywhere else, the label line is followed by text or nothing,
     * and the numbers are exactly as many as the row's cells. Every other orphan stays outside
     * every row with a note.
     */
    private void placeOrphans(int to) {
        for (int k = 0; k < orphans.size(); k++) {
            Occurrence orphan = orphans.get(k);
            int end = orphanEnds.get(k);
            Target target = orphan.singleLine ? labelAlone(end + 1, to, true) : null;
            if (target != null && target.size() == orphan.values.size() && !oneLine()
                    && occurrences.stream().noneMatch(o -> o.target == target)) {
                Occurrence placed = new Occurrence(target, orphan.line, null, new MoneyUnit[target.size()]);
                placed.values.addAll(orphan.values);
                placed.valueLineTexts.addAll(orphan.valueLineTexts);
                placed.valueLines.addAll(orphan.valueLines);
                placed.lineTokens = orphan.lineTokens;
                int at = 0;
                while (at < occurrences.size() && occurrences.get(at).line <= orphan.line) {
                    at++;
                }
                occurrences.add(at, placed);
                sink.note(PipelineNote.NUMBERS_ABOVE_LABEL, orphan.line, target.path, orphan.shown(),
                        target.label);
            } else {
                sink.note(PipelineNote.NUMBERS_WITHOUT_ROW, orphan.line, section.code(), orphan.values.size(),
                        orphan.shown());
                unsettle(orphan, end, to);
            }
        }
    }

    /**
     * A row's label alone on its line between two lines of as many figures as its cells: whether the
     * figures above or below are the row's cannot be told (a table printed figures-above-labels
     * would give each row the figures of the row below), so the row read with those below is left
     * blank with a note.
     */
    private void unsettle(Occurrence orphan, int end, int to) {
        Occurrence above = orphan;
        int aboveEnd = end;
        // a table printed figures-above-labels gives every label of the run the figures of the row
        // below: each label alone between two such lines is as undecided as the first
        while (above != null) {
            Target target = above.singleLine && aboveEnd + 2 < to ? labelAlone(aboveEnd + 1, to, false) : null;
            if (target == null || target.size() != above.values.size() || oneLine()) {
                return;
            }
            int below = lineNumbers[aboveEnd + 2];
            Occurrence removed = null;
            for (int o = 0; o < occurrences.size(); o++) {
                Occurrence read = occurrences.get(o);
                if (read.target == target && !read.valueLines.isEmpty() && read.valueLines.get(0) == below) {
                    occurrences.remove(o);
                    sink.note(PipelineNote.FIGURES_ABOVE_OR_BELOW, read.line, target.path, target.label, above.shown(),
                            read.shown());
                    removed = read;
                    break;
                }
            }
            above = removed != null && removed.singleLine ? removed : null;
            aboveEnd = aboveEnd + 2;
        }
    }

    /** The row whose label alone is printed on line {@code li} (text only, followed by text or nothing), or null. */
    private Target labelAlone(int li, int to, boolean alone) {
        if (li >= to) {
            return null;
        }
        List<PublishedTextToken> tokens = new ArrayList<>();
        PublishedTextToken.tokenize(lines[li], tokens);
        StringBuilder text = new StringBuilder();
        int[] bounds = new int[tokens.size() + 1];
        int count = 0;
        for (PublishedTextToken t : tokens) {
            if (t.type != PublishedTextToken.Type.TEXT) {
                return null;
            }
            bounds[count++] = text.length();
            text.append(labelText(t.text));
        }
        if (count == 0) {
            return null;
        }
        if (alone && li + 1 < to) {
            List<PublishedTextToken> next = new ArrayList<>();
            PublishedTextToken.tokenize(lines[li + 1], next);
            if (!next.isEmpty() && next.get(0).type != PublishedTextToken.Type.TEXT) {
                return null;
            }
        }
        Labels.TextMatch m = labels.matchText(text, bounds, count);
        return m != null && m.how() == Labels.How.EXACT ? targets.get(m.index()) : null;
    }

    private Edition otherEdition() {
        return template.edition() == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
    }

    /** Keeps a row of the other edition as printed, if its numbers are exactly its cells. */
    private boolean deviation(Occurrence o) {
        Target other = o.otherEdition;
        if (o.values.size() != other.size()) {
            return false;
        }
        if (o.singleLine && labelAlone(currentLine + 1, readTo, false) != null) {
            // the figures stand above a label of this edition's rows alone on its line: they may be
            // that row's, printed above it, as well as the other edition's row's
            return false;
        }
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int c = 0; c < other.size(); c++) {
            Cell cell = other.cells.get(c);
            CellValues.Converted converted = CellValues.convert(o.values.get(c), cell, null);
            if (!converted.ok()) {
                return false;
            }
            cells.put(cell.column().code(), converted.value());
        }
        Row row = other.cells.get(0).row();
        sink.deviations.add(new TemplateDeviation(row.code(), row.label(), otherEdition(), cells));
        sink.note(PipelineNote.ROW_OF_OTHER_EDITION, o.line, row.code(), row.label(), otherEdition().code(),
                template.edition().code(), o.shown());
        return true;
    }

    private void noteMissing() {
        List<Target> missing = new ArrayList<>();
        for (Target target : targets) {
            if (!sink.found[target.cells.get(0).index()]) {
                missing.add(target);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (missing.size() == targets.size()) {
            sink.note(PipelineNote.TABLE_NOT_FOUND, 0, section.code(), section.heading());
            return;
        }
        for (Target target : missing) {
            sink.note(PipelineNote.ROW_NOT_FOUND, 0, target.path, target.label);
        }
    }

    /** Short form of a row's values for notes: {@code /} for a blank cell, {@code ?} for one not worked out. */
    static String show(CellValue[] values) {
        return Arrays.stream(values).map(v -> v == null ? "?" : v.isBlank() ? "/" : v.toText())
                .collect(Collectors.joining(" "));
    }

    /** Groups occurrences by target, in the order of the first occurrence of each. */
    static Map<Target, List<Occurrence>> byTarget(List<Occurrence> occurrences) {
        Map<Target, List<Occurrence>> map = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            map.computeIfAbsent(o.target, t -> new ArrayList<>()).add(o);
        }
        return map;
    }
}
