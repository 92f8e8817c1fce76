package dev.xxgk.validation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * How much of one text is another's: the Dice coefficient of the two texts' multisets of character
 * bigrams, {@code 2 |A ∩ B| / (|A| + |B|)}, after white space and punctuation are dropped and every
 * run of digits is made one {@code #} (a copied report changes its figures and its year, nothing
 * else). Texts shorter than {@link #MIN_LENGTH} characters so normalized compare as 0: a one-line
 * "没有其他需要报告的事项" is the same every year without being copied.
 */
final class TextSimilarity {

    /** The shortest normalized text that is compared. */
    static final int MIN_LENGTH = 60;

    private TextSimilarity() {
    }

    static double of(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.length() < MIN_LENGTH || y.length() < MIN_LENGTH) {
            return 0;
        }
        Map<Integer, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            bigrams.merge(bigram(x, i), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            Integer left = bigrams.get(bigram(y, i));
            if (left != null && left > 0) {
                common++;
                bigrams.put(bigram(y, i), left - 1);
            }
        }
        return 2.0 * common / ((x.length() - 1) + (y.length() - 1));
    }

    private static int bigram(String s, int i) {
        return (s.charAt(i) << 16) | s.charAt(i + 1);
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (!digits) {
                    out.append('#');
                }
                digits = true;
                continue;
            }
            digits = false;
            if (Character.isLetter(c) || Character.isIdeographic(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A share as a percentage with one decimal, rounded down: 0.8999 is {@code 89.9%}, never 90%. */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
    }
}
