package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.CellValue;
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
 * as they stand; the others are resolved by {@link PublishedTextArithmetic} or left blank.
 *
 * <p>One instance reads one section of one input; not thread-safe.
 */
final class PublishedTextTables {

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
        final PublishedTextLabels.Match match;
        final MoneyUnit[] headerUnits;
        List<PublishedTextToken> lineTokens;
        boolean singleLine = true;

        Occurrence(Target target, int line, PublishedTextLabels.Match match, MoneyUnit[] headerUnits) {
            this.target = target;
            this.line = line;
            this.match = match;
            this.headerUnits = headerUnits;
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

        Sink(Template template, List<ReadingNote> notes) {
            this.values = new CellValue[template.cells().size()];
            this.found = new boolean[values.length];
            for (Cell cell : template.cells()) {
                values[cell.index()] = cell.blank();
            }
            this.notes = notes;
        }

        void note(int line, String path, String zh, String en) {
            notes.add(new ReadingNote(ProseNote.PROSE, line > 0 ? Location.line(line) : Location.unknown(), path,
                    java.util.List.of(zh, en)));
        }
    }

    /** What the reader needs to know of one section of one edition, derived once from the catalogue. */
    static final class Shape {
        final List<Target> targets = new ArrayList<>();
        final PublishedTextLabels labels;
        final Target whole;
        final String[] headerLabels;
        final int[][] lefts;
        final int[][] rights;
        final String[] ruleIds;
        final boolean[] signed;

        Shape(Template template, Section section) {
            List<String> rowLabels = new ArrayList<>();
            List<String> header = new ArrayList<>();
            Target wholeTarget = null;
            for (Table table : template.tables(section)) {
                int columns = table.columns().size();
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = table.rows().get(r);
                    List<Cell> cells = table.cells().subList(r * columns, (r + 1) * columns);
                    targets.add(new Target(row.code(), row.fullLabel(), cells));
                    rowLabels.add(PublishedTextNormalizer.compact(row.label()));
                    header.add(PublishedTextNormalizer.compact(row.label()));
                    row.groupLabels().forEach(g -> header.add(PublishedTextNormalizer.compact(g)));
                }
                if (section == Section.RECONSIDERATION_AND_LITIGATION) {
                    wholeTarget = new Target(section.code(), section.heading(), table.cells());
                }
            }
            this.labels = new PublishedTextLabels(rowLabels.toArray(new String[0]));
            this.whole = wholeTarget;
            this.headerLabels = header.stream().filter(h -> !h.isEmpty()).distinct().toArray(String[]::new);
            List<Relation> relations = template.relations().stream()
                    .filter(r -> r.anchor().section() == section).toList();
            lefts = new int[relations.size()][];
            rights = new int[relations.size()][];
            ruleIds = new String[relations.size()];
            for (int i = 0; i < relations.size(); i++) {
                lefts[i] = relations.get(i).left().stream().mapToInt(Cell::index).toArray();
                rights[i] = relations.get(i).right().stream().mapToInt(Cell::index).toArray();
                ruleIds[i] = relations.get(i).ruleId().value();
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
    private final boolean[] skip;
    private final Sink sink;
    private final Shape shape;
    private final List<Target> targets;
    private final PublishedTextLabels labels;
    private final Target whole;
    private final StringBuilder context = new StringBuilder();
    private int[] boundaries = new int[16];
    private int boundaryCount;
    private final List<Occurrence> occurrences = new ArrayList<>();

    PublishedTextTables(Template template, Section section, String[] lines, boolean[] skip, Sink sink) {
        this.template = template;
        this.section = section;
        this.lines = lines;
        this.skip = skip;
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
        Occurrence pending = null;
        for (int li = from; li < to; li++) {
            if (skip[li]) {
                continue;
            }
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
                    } else if (pending.valueLines.get(pending.valueLines.size() - 1) != li) {
                        pending.singleLine = false;
                    }
                    pending.values.add(token);
                    pending.valueLineTexts.add(line);
                    pending.valueLines.add(li);
                }
            }
            if (pending != null && (pending.target == null || pending.values.size() >= pending.target.size())) {
                close(pending, own);
                pending = null;
            }
        }
        if (pending != null) {
            close(pending, own);
        }
        new PublishedTextArithmetic(shape, sink).resolve(occurrences);
        noteMissing();
        return (int) occurrences.stream().filter(o -> o.target != null).count();
    }

    private void appendContext(String text) {
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
        PublishedTextLabels.Match match = null;
        if (oneLine()) {
            boolean labelOnThisLine = first > 0 && tokens.get(first - 1).type == PublishedTextToken.Type.TEXT;
            if (labelOnThisLine) {
                match = labels.match(context, boundaries, boundaryCount);
                if (match != null && match.kind() == PublishedTextLabels.Kind.EXACT) {
                    target = targets.get(match.index());
                } else {
                    match = null;
                }
            } else if (!lineHasText && headerSeen()) {
                target = whole;
            }
        } else {
            match = labels.match(context, boundaries, boundaryCount);
            if (match != null) {
                target = targets.get(match.index());
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
        Occurrence occurrence = new Occurrence(target, li + 1, match, units);
        occurrence.lineTokens = tokens;
        return occurrence;
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
        if (occurrence.target != null) {
            occurrences.add(occurrence);
            PublishedTextLabels.Match match = occurrence.match;
            if (match != null && match.kind() == PublishedTextLabels.Kind.TAIL) {
                String label = labels.label(match.index());
                sink.note(occurrence.line, occurrence.target.path,
                        "第" + occurrence.line + "行的行名称“" + match.text() + "”不是" + template.edition().code()
                                + "年版格式的标签；本表只有“" + label + "”以此结尾，按此读入。",
                        "line " + occurrence.line + ": the row label \"" + match.text() + "\" is no label of edition "
                                + template.edition().code() + "; read as \"" + label
                                + "\", the only label of the table that ends so.");
            }
        } else if (own) {
            sink.note(occurrence.line, section.code(),
                    "第" + occurrence.line + "行的" + occurrence.values.size() + "个数字（" + occurrence.shown()
                            + "）前没有本表的行名称，未读入。",
                    "line " + occurrence.line + ": " + occurrence.values.size() + " number(s) (" + occurrence.shown()
                            + ") follow no row label of the table; not read.");
        }
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
            sink.note(0, section.code(),
                    "未找到" + section.heading() + "的表格，其单元格均为空。",
                    "the table of " + section.heading() + " was not found: its cells are blank.");
            return;
        }
        for (Target target : missing) {
            sink.note(0, target.path,
                    "未找到“" + target.label + "”一行，其单元格为空。",
                    "row \"" + target.label + "\" was not found: its cells are blank.");
        }
    }

    /** A value converted for a cell, or why it cannot be. */
    record Converted(CellValue value, String zh, String en) {
        boolean ok() {
            return value != null;
        }
    }

    /** Converts a token to the kind of value a cell holds. */
    static Converted convert(PublishedTextToken token, Cell cell, MoneyUnit headerUnit) {
        if (token.type == PublishedTextToken.Type.PLACEHOLDER) {
            return new Converted(cell.blank(), null, null);
        }
        CellKind kind = cell.kind();
        if (kind.isCount()) {
            if (token.unit != null) {
                return new Converted(null, "是金额，但该列是数量", "is an amount of money, the column holds a count");
            }
            if (token.fraction != null) {
                return new Converted(null, "不是整数", "is not a whole number");
            }
            try {
                return new Converted(Count.parse((token.negative ? "-" : "") + token.digits), null, null);
            } catch (IllegalArgumentException e) {
                // the tokenizer gives ASCII digits only, so the count is out of range
                return new Converted(null, "超出数量范围", "is too large for a count");
            }
        }
        if (token.digits.length() + (token.fraction == null ? 0 : token.fraction.length()) > PublishedTextToken.MAX_DIGITS) {
            return new Converted(null, "数字过长", "has too many digits");
        }
        BigDecimal amount = Money.parseAmount((token.negative ? "-" : "") + token.digits
                + (token.fraction == null ? "" : "." + token.fraction));
        if (kind == CellKind.MONEY_WAN_YUAN) {
            if (token.unit == MoneyUnit.YUAN) {
                return new Converted(null, "单位为元，但该列以万元计（不做换算）",
                        "is in 元, the column is in 万元 (amounts are never converted)");
            }
            return new Converted(Money.ofWanYuan(amount), null, null);
        }
        MoneyUnit unit = token.unit != null ? token.unit : headerUnit;
        if (unit == null) {
            return new Converted(null, "没有注明单位（元或万元）", "has no unit (元 or 万元)");
        }
        return new Converted(Money.of(amount, unit), null, null);
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
