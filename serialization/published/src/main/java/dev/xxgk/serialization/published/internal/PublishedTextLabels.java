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
final class PublishedTextLabels {

    /** How a label was matched. */
    enum Kind { EXACT, TRUNCATED, TAIL }

    /** A match: the index of the label, how, and the text matched. */
    record Match(int index, Kind kind, String text) {
    }

    static final int MIN_PARTIAL = 4;

    private final String[] labels;

    PublishedTextLabels(String[] normalizedLabels) {
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
        return truncated != null ? truncated : partial(text, boundaries, count, false);
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
