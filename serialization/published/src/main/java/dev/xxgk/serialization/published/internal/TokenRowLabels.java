package dev.xxgk.serialization.published.internal;

/**
 * Finds which row label a run of label text ends with. The text is the normalized text read since
 * the last row, with the positions where a cell, a line or a word began; the label is matched at
 * its end, where the numbers begin.
 *
 * <ul>
 *   <li>{@link Kind#EXACT}: the text ends with a label (the longest wins).
 *   <li>{@link Kind#TRUNCATED}: the text from a cell start is the beginning of exactly one label,
 *       at least four characters and half the label long ({@code 2.其他法律行政法规禁止}).
 *   <li>{@link Kind#TAIL}: the text from a cell start is the end of exactly one label, as long
 *       ({@code 规范性文件} for {@code 行政规范性文件}).
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class TokenRowLabels {

    /** How a label was matched. */
    enum Kind { EXACT, TRUNCATED, TAIL, TYPO }

    /** A match: the index of the label, how, and the text matched. */
    record Match(int index, Kind kind, String text) {
    }

    static final int MIN_PARTIAL = 4;

    private final String[] labels;

    TokenRowLabels(String[] normalizedLabels) {
        this.labels = normalizedLabels.clone();
    }

    String label(int index) {
        return labels[index];
    }

    private static int minPartial(String label) {
        return Math.max(MIN_PARTIAL, (label.length() + 1) / 2);
    }

    /**
     * The label the text ends with.
     *
     * @param text the normalized text
     * @param boundaries where cells began in the text, ascending
     * @param count how many boundaries there are
     * @return the match, or null when no label, or more than one, fits
     */
    Match match(CharSequence text, int[] boundaries, int count) {
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
            return new Match(best, Kind.EXACT, labels[best]);
        }
        Match truncated = partial(text, boundaries, count, true);
        if (truncated != null) {
            return truncated;
        }
        Match tail = partial(text, boundaries, count, false);
        return tail != null ? tail : typo(text, boundaries, count);
    }

    /**
     * A numbered label printed with characters missing or wrong ({@code 2.其他法律行政止公开}): the
     * text from a cell start has the label's number and at least 60% of its characters, in order,
     * and no other label fits so.
     */
    private Match typo(CharSequence text, int[] boundaries, int count) {
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
                return new Match(found, Kind.TYPO, matched);
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

    private Match partial(CharSequence text, int[] boundaries, int count, boolean prefix) {
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
        return new Match(best, prefix ? Kind.TRUNCATED : Kind.TAIL,
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
