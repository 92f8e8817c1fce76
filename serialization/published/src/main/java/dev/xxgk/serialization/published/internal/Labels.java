package dev.xxgk.serialization.published.internal;

import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of one section of one edition, and the one loose-label matcher of both alignment
 * stages: every match says {@link How} it was made, and every way but {@link How#EXACT} names the
 * note it is reported with.
 *
 * <ul>
 *   <li><b>Grids</b> ({@link #match(String, String)}): each label's <em>key</em> is its compact
 *       normal form with everything but letters and digits removed, so that {@code 1、属于国家秘密},
 *       {@code 1.属于国家秘密} and {@code 1．属于国家秘密} are one key. A printed label matches a row
 *       exactly (the printed text ends with the row's key, group labels choosing between rows of
 *       one label), or loosely: numbering left out or different, a label cut short, the tail of a
 *       label, one character wrong, a numbered label with characters left out or wrong.
 *   <li><b>Token rows</b> ({@link #matchText(CharSequence, int[], int)}): the compact label text
 *       read since the last row, with the positions where a cell, a line or a word began, matched
 *       at its end: exactly (the longest label it ends with), or from a cell start, loosely: the
 *       beginning of exactly one label, at least four characters and half the label long
 *       ({@code 2.其他法律行政法规禁止}); the end of exactly one label ({@code 规范性文件} for
 *       {@code 行政规范性文件}); a numbered label with characters missing or wrong.
 * </ul>
 *
 * Both measure a numbered label's characters left out or wrong with {@link #similar}.
 *
 * <p>Immutable and thread-safe; built once per edition and section.
 */
final class Labels {

    /** How a printed label was matched. */
    enum How {
        EXACT(null), NUMBERING(PipelineNote.LABEL_NUMBERING), TRUNCATED(PipelineNote.LABEL_TRUNCATED),
        TAIL(PipelineNote.LABEL_TAIL), TYPO(PipelineNote.LABEL_TYPO), NUMBERED_TYPO(PipelineNote.LABEL_NUMBERED_TYPO);

        /** The kind of note a loose match is reported with. */
        final PipelineNote kind;

        How(PipelineNote kind) {
            this.kind = kind;
        }
    }

    /** A row matched by a printed label. */
    record RowMatch(Row row, Table table, How how) {
    }

    /**
     * A row matched by the label text of a token row.
     *
     * @param index the row's index in {@link #rows()}
     * @param how how it was matched: exact, truncated, tail or numbered typo
     * @param text the text matched, as printed in compact form
     */
    record TextMatch(int index, How how, String text) {
    }

    /** The shortest text a loose match of token rows takes. */
    static final int MIN_PARTIAL = 4;

    final Section section;
    final List<Table> tables;
    private final List<Row> rows = new ArrayList<>();
    private final List<Table> rowTables = new ArrayList<>();
    private final List<String> rowKeys = new ArrayList<>();
    private final List<String> bareKeys = new ArrayList<>();
    private final List<List<String>> groupKeys = new ArrayList<>();
    /** The compact normal form of each row's label, for token rows' loops. */
    private final String[] labelArray;
    /** Column keys of the section, each with the columns that have it. */
    final Map<String, List<Column>> columns = new LinkedHashMap<>();
    /** Group labels of the section's columns and rows. */
    final List<String> groups = new ArrayList<>();

    Labels(Template template, Section section) {
        this.section = section;
        this.tables = template.tables(section);
        for (Table table : tables) {
            for (Row row : table.rows()) {
                rows.add(row);
                rowTables.add(table);
                String k = key(row.label());
                rowKeys.add(k);
                bareKeys.add(bare(k));
                List<String> g = new ArrayList<>();
                for (String group : row.groupLabels()) {
                    g.add(key(group));
                    groups.add(key(group));
                }
                groupKeys.add(g);
            }
            for (Column column : table.columns()) {
                columns.computeIfAbsent(key(column.label()), x -> new ArrayList<>()).add(column);
                column.groupLabels().forEach(g -> groups.add(key(g)));
            }
        }
        labelArray = rows.stream().map(r -> PublishedTextNormalizer.compact(r.label())).toArray(String[]::new);
    }

    /**
     * The key of a text: its compact normal form, letters and digits only.
     *
     * @param text a text
     * @return the key
     */
    static String key(String text) {
        String c = PublishedTextNormalizer.compact(text);
        StringBuilder out = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** A key without the numbering it starts with: 1, 一, 三一. */
    static String bare(String key) {
        int i = 0;
        while (i < key.length() && (key.charAt(i) >= '0' && key.charAt(i) <= '9' || "一二三四五六七八九十".indexOf(key.charAt(i)) >= 0)) {
            i++;
        }
        return i < key.length() && i <= 3 ? key.substring(i) : key;
    }

    /** The rows of the section, in order. */
    List<Row> rows() {
        return rows;
    }

    /** The table of a row. */
    Table table(Row row) {
        return rowTables.get(rows.indexOf(row));
    }

    /**
     * The row a printed label names.
     *
     * @param joined the keys of the row's label cells joined, left to right (group labels first)
     * @param last the key of the last label cell
     * @return the match, or null when no row, or more than one, fits
     */
    RowMatch match(String joined, String last) {
        if (joined.isEmpty()) {
            return null;
        }
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < rows.size(); i++) {
            String k = rowKeys.get(i);
            if (joined.endsWith(k)) {
                if (best < 0 || k.length() > rowKeys.get(best).length()) {
                    best = i;
                    tie = false;
                } else if (k.length() == rowKeys.get(best).length()) {
                    int a = groupScore(best, joined);
                    int b = groupScore(i, joined);
                    if (b > a) {
                        best = i;
                        tie = false;
                    } else if (a == b) {
                        tie = true;
                    }
                }
            }
        }
        if (best >= 0 && !tie) {
            return new RowMatch(rows.get(best), rowTables.get(best), How.EXACT);
        }
        if (tie) {
            return null;
        }
        String b = bare(last);
        RowMatch m = unique(i -> bareKeys.get(i).equals(b) && b.length() >= 4, How.NUMBERING, joined);
        if (m != null) {
            return m;
        }
        if (b.length() >= 4) {
            m = unique(i -> bareKeys.get(i).startsWith(b) && b.length() * 2 >= bareKeys.get(i).length(), How.TRUNCATED, joined);
            if (m != null) {
                return m;
            }
            m = unique(i -> bareKeys.get(i).endsWith(b), How.TAIL, joined);
            if (m != null) {
                return m;
            }
        }
        if (b.length() >= 5) {
            m = unique(i -> oneApart(bareKeys.get(i), b), How.TYPO, joined);
            if (m != null) {
                return m;
            }
        }
        // a numbered label printed with characters left out or wrong (2.其他法律行政止公开): the same
        // number, and the text is the label as the token-row stage's typo match takes it
        String number = last.substring(0, last.length() - b.length());
        if (!number.isEmpty() && b.length() >= 4) {
            return unique(i -> rowKeys.get(i).length() - bareKeys.get(i).length() == number.length()
                    && rowKeys.get(i).startsWith(number) && similar(b, bareKeys.get(i)), How.NUMBERED_TYPO, joined);
        }
        return null;
    }

    private int groupScore(int row, String joined) {
        int score = 0;
        for (String g : groupKeys.get(row)) {
            if (joined.contains(g) || joined.contains(bare(g))) {
                score++;
            }
        }
        return score;
    }

    private RowMatch unique(java.util.function.IntPredicate fits, How how, String joined) {
        int found = -1;
        int count = 0;
        int bestScore = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (fits.test(i)) {
                int score = groupScore(i, joined);
                if (score > bestScore) {
                    found = i;
                    bestScore = score;
                    count = 1;
                } else if (score == bestScore) {
                    count++;
                }
            }
        }
        return count == 1 ? new RowMatch(rows.get(found), rowTables.get(found), how) : null;
    }

    /** Whether two keys of the same length differ in exactly one character, or one has one more. */
    static boolean oneApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * The column key a header cell names.
     *
     * @param key the key of the header cell
     * @return the column key, or null
     */
    String column(String key) {
        if (key.isEmpty()) {
            return null;
        }
        if (columns.containsKey(key)) {
            return key;
        }
        String best = null;
        for (String k : columns.keySet()) {
            // 采购总金额万元 for 采购总金额; 本年收费金额 for 本年收费金额单位万元
            boolean fits = key.startsWith(k) && key.length() - k.length() <= 6 && unitRest(key.substring(k.length()))
                    || k.startsWith(key) && key.length() >= 4;
            if (fits && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best;
    }

    private static boolean unitRest(String rest) {
        String r = rest.replace("单位", "");
        return r.isEmpty() || r.equals("元") || r.equals("万元") || r.equals("件") || r.equals("个") || r.equals("项");
    }

    /** The row whose label a header cell is (section 四: 行政复议, 未经复议直接起诉, 复议后起诉), or null. */
    Row headerRow(String key) {
        if (key.isEmpty()) {
            return null;
        }
        Row found = null;
        for (int i = 0; i < rows.size(); i++) {
            if (rowKeys.get(i).equals(key)) {
                if (found != null) {
                    return null;
                }
                found = rows.get(i);
            }
        }
        return found;
    }

    /** Whether a key is a group label, a column or a row of the section, or a table heading word. */
    boolean known(String key) {
        return !key.isEmpty() && (columns.containsKey(key) || groups.contains(key) || rowKeys.contains(key)
                || column(key) != null);
    }

    private static int minPartial(String label) {
        return Math.max(MIN_PARTIAL, (label.length() + 1) / 2);
    }

    /**
     * The row whose label the label text of a token row ends with.
     *
     * @param text the compact text read since the last row
     * @param boundaries where cells, lines or words began in the text, ascending
     * @param count how many boundaries there are
     * @return the match, or null when no label, or more than one, fits
     */
    TextMatch matchText(CharSequence text, int[] boundaries, int count) {
        String[] labels = this.labelArray;
        int length = text.length();
        int best = -1;
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.length() <= length && endsWith(text, label)
                    && (best < 0 || label.length() > labels[best].length())) {
                best = i;
            }
        }
        if (best >= 0) {
            return new TextMatch(best, How.EXACT, labels[best]);
        }
        TextMatch truncated = partial(text, boundaries, count, true);
        if (truncated != null) {
            return truncated;
        }
        TextMatch tail = partial(text, boundaries, count, false);
        return tail != null ? tail : typo(text, boundaries, count);
    }

    /**
     * A numbered label printed with characters missing or wrong ({@code 2.其他法律行政止公开}): the
     * text from a cell start has the label's number and at least 60% of its characters, in order,
     * and no other label fits so.
     */
    private TextMatch typo(CharSequence text, int[] boundaries, int count) {
        String[] labels = this.labelArray;
        int found = -1;
        String matched = null;
        for (int b = 0; b < count; b++) {
            String piece = text.subSequence(boundaries[b], text.length()).toString();
            int number = numbering(piece);
            if (number == 0 || piece.length() < number + 4) {
                continue;
            }
            for (int i = 0; i < labels.length; i++) {
                String label = labels[i];
                if (numbering(label) != number || !label.startsWith(piece.substring(0, number))
                        || piece.length() * 10 < label.length() * 6 || piece.length() > label.length() + 3) {
                    continue;
                }
                if (similar(piece.substring(number), label.substring(number))) {
                    if (found >= 0 && found != i) {
                        return null;
                    }
                    found = i;
                    matched = piece;
                }
            }
            if (found >= 0) {
                return new TextMatch(found, How.NUMBERED_TYPO, matched);
            }
        }
        return null;
    }

    /** The length of a leading number and its dot ({@code 2.}), or 0. */
    private static int numbering(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && i < text.length() && text.charAt(i) == '.' ? i + 1 : 0;
    }

    /**
     * Whether a printed text is the label with characters left out or wrong, or with at most three
     * characters of something else inside it (a vertical group label extracted into the middle of
     * a wrapped label: {@code 2、申请人逾期未按收费通知要 他处理 求缴纳费用…}): their longest common
     * subsequence is at least 60% of the label and all but three characters of the text.
     */
    static boolean similar(String printed, String label) {
        int[] previous = new int[label.length() + 1];
        int[] current = new int[label.length() + 1];
        for (int i = 1; i <= printed.length(); i++) {
            for (int j = 1; j <= label.length(); j++) {
                current[j] = printed.charAt(i - 1) == label.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        int common = previous[label.length()];
        return common * 10 >= label.length() * 6 && common >= printed.length() - 3;
    }

    private TextMatch partial(CharSequence text, int[] boundaries, int count, boolean prefix) {
        String[] labels = this.labelArray;
        int length = text.length();
        int best = -1;
        int bestLength = 0;
        boolean tie = false;
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            int min = minPartial(label);
            for (int b = 0; b < count; b++) {
                int len = length - boundaries[b];
                if (len < min) {
                    break;
                }
                if (len >= label.length()) {
                    continue;
                }
                boolean fits = prefix ? startsLabel(text, boundaries[b], label) : endsLabel(text, boundaries[b], label);
                if (fits) {
                    if (len > bestLength) {
                        best = i;
                        bestLength = len;
                        tie = false;
                    } else if (len == bestLength) {
                        tie = true;
                    }
                    break;
                }
            }
        }
        if (best < 0 || tie) {
            return null;
        }
        return new TextMatch(best, prefix ? How.TRUNCATED : How.TAIL,
                text.subSequence(length - bestLength, length).toString());
    }

    private static boolean endsWith(CharSequence text, String label) {
        int offset = text.length() - label.length();
        for (int k = label.length() - 1; k >= 0; k--) {
            if (text.charAt(offset + k) != label.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLabel(CharSequence text, int from, String label) {
        for (int k = from; k < text.length(); k++) {
            if (text.charAt(k) != label.charAt(k - from)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsLabel(CharSequence text, int from, String label) {
        int offset = label.length() - (text.length() - from);
        for (int k = from; k < text.length(); k++) {
            if (text.charAt(k) != label.charAt(offset + k - from)) {
                return false;
            }
        }
        return true;
    }
}
