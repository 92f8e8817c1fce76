package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.MoneyUnit;
import java.util.List;

/**
 * A piece of one line of published text inside a table: label text, a number, or a placeholder
 * for an empty cell. {@link #tokenize} splits a line; cells may be separated by tabs, pipes or
 * spaces, and numbers may be glued to the labels around them.
 *
 * <p>Numbers are ASCII or full-width digits, with an optional sign ({@code -8}, {@code +3}, or
 * the words {@code 增 25} / {@code 减 5}), an optional fraction, ASCII thousands separators
 * ({@code 15,592}) and an optional money unit ({@code 608（万元）}, {@code 1500084 元}). Digits
 * followed by {@code .} or {@code 、} and no further digit are an item number of a label
 * ({@code 1.属于国家秘密}) and stay text. Placeholders are a cell of only {@code /}, only dashes
 * (up to three) or {@code 无}.
 */
public final class PublishedTextToken {

    /** What a token is. */
    public enum Type {
        /** Label or other text, normalized and without spaces. */
        TEXT,
        /** A number. */
        NUMBER,
        /** A placeholder for an empty cell. */
        PLACEHOLDER
    }

    /** Longest run of digits read as a number; longer runs are kept but never become a value. */
    static final int MAX_DIGITS = 30;

    private static final String INCREASE = "增";
    private static final String DECREASE = "减";

    final Type type;
    final int field;
    final int rawStart;
    int rawEnd;
    /** For text: whether it starts a cell (after a line start, tab, pipe, space or number). */
    final boolean boundary;
    String text;
    boolean negative;
    boolean signed;
    String digits;
    String fraction;
    MoneyUnit unit;

    private PublishedTextToken(Type type, int field, int rawStart, int rawEnd, boolean boundary) {
        this.type = type;
        this.field = field;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.boundary = boundary;
    }

    /**
     * The token as written in its line, for notes.
     *
     * @param line the line the token was read from
     * @return the text
     */
    String display(String line) {
        return PublishedTextNormalizer.collapseSpaces(line.substring(rawStart, rawEnd));
    }

    /**
     * Splits a line into tokens.
     *
     * @param line the line as written
     * @param out where the tokens are added
     * @return the number of fields of the line: 1 plus the number of tabs and pipes
     */
    static int tokenize(String line, List<PublishedTextToken> out) {
        int start = out.size();
        int field = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (isFieldSeparator(c)) {
                field++;
                i++;
            } else if (PublishedTextNormalizer.isSpace(c)) {
                i++;
            } else {
                int j = i;
                while (j < n && !isFieldSeparator(line.charAt(j)) && !PublishedTextNormalizer.isSpace(line.charAt(j))) {
                    j++;
                }
                chunk(line, i, j, field, out);
                i = j;
            }
        }
        merge(out, start);
        return field + 1;
    }

    private static boolean isFieldSeparator(char c) {
        return c == '\t' || c == '|' || c == '\uFF5C';
    }

    private static char at(String line, int i) {
        return PublishedTextNormalizer.normalize(line.charAt(i));
    }

    private static boolean isDigit(char normalized) {
        return normalized >= '0' && normalized <= '9';
    }

    private static boolean isPlaceholder(String line, int from, int to) {
        int length = to - from;
        char first = at(line, from);
        if (first != '/' && first != '-' && first != '\\') {
            return length == 1 && first == '无';
        }
        if (length > 3) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (at(line, i) != first) {
                return false;
            }
        }
        return true;
    }

    private static void chunk(String line, int from, int to, int field, List<PublishedTextToken> out) {
        if (isPlaceholder(line, from, to)) {
            out.add(new PublishedTextToken(Type.PLACEHOLDER, field, from, to, true));
            return;
        }
        StringBuilder text = new StringBuilder();
        int textStart = from;
        boolean textBoundary = true;
        int p = from;
        while (p < to) {
            if (startsNumber(line, p, from, to)) {
                int q = p;
                boolean negative = false;
                boolean signed = false;
                char c = at(line, q);
                if (c == '-' || c == '+') {
                    negative = c == '-';
                    signed = true;
                    q++;
                }
                int digitsStart = q;
                while (q < to && isDigit(at(line, q))) {
                    q++;
                }
                int firstGroup = q - digitsStart;
                StringBuilder digits = new StringBuilder(q - digitsStart + 8);
                for (int k = digitsStart; k < q; k++) {
                    digits.append(at(line, k));
                }
                boolean grouped = false;
                while (firstGroup <= 3 && q + 3 < to && line.charAt(q) == ',' && isDigit(at(line, q + 1))
                        && isDigit(at(line, q + 2)) && isDigit(at(line, q + 3))
                        && (q + 4 >= to || !isDigit(at(line, q + 4)))) {
                    for (int k = q + 1; k <= q + 3; k++) {
                        digits.append(at(line, k));
                    }
                    q += 4;
                    grouped = true;
                }
                String fraction = null;
                if (q + 1 < to && at(line, q) == '.' && isDigit(at(line, q + 1))) {
                    int f = q + 1;
                    while (f < to && isDigit(at(line, f))) {
                        f++;
                    }
                    StringBuilder fr = new StringBuilder(f - q);
                    for (int k = q + 1; k < f; k++) {
                        fr.append(at(line, k));
                    }
                    fraction = fr.toString();
                    q = f;
                }
                if (!signed && !grouped && fraction == null && q < to
                        && (at(line, q) == '.' || line.charAt(q) == '、' || at(line, q) == '%')) {
                    // an item number such as 1.属于国家秘密, or a percentage: part of the text
                    if (text.length() == 0) {
                        textStart = p;
                    }
                    for (int k = p; k <= q; k++) {
                        text.append(at(line, k));
                    }
                    p = q + 1;
                    continue;
                }
                flushText(text, textStart, p, field, textBoundary, out);
                PublishedTextToken number = new PublishedTextToken(Type.NUMBER, field, p, q, true);
                number.negative = negative;
                number.signed = signed;
                number.digits = digits.toString();
                number.fraction = fraction;
                int unitLength = unitAt(line, q, to, number);
                q += unitLength;
                number.rawEnd = q;
                out.add(number);
                textBoundary = true;
                textStart = q;
                p = q;
            } else {
                if (text.length() == 0) {
                    textStart = p;
                }
                text.append(at(line, p));
                p++;
            }
        }
        flushText(text, textStart, to, field, textBoundary, out);
    }

    private static boolean startsNumber(String line, int p, int from, int to) {
        char c = at(line, p);
        if (isDigit(c)) {
            return true;
        }
        if ((c == '-' || c == '+') && p + 1 < to && isDigit(at(line, p + 1))) {
            return p == from || !isDigit(at(line, p - 1));
        }
        return false;
    }

    private static void flushText(StringBuilder text, int start, int end, int field, boolean boundary,
            List<PublishedTextToken> out) {
        if (text.length() > 0) {
            PublishedTextToken token = new PublishedTextToken(Type.TEXT, field, start, end, boundary);
            token.text = text.toString();
            out.add(token);
            text.setLength(0);
        }
    }

    /** The length of a money unit written at {@code q} (glued to the number), 0 if none. */
    private static int unitAt(String line, int q, int to, PublishedTextToken number) {
        if (q >= to) {
            return 0;
        }
        for (int u = 0; u < UNITS_LONGEST_FIRST.length; u++) {
            for (String form : UNIT_FORMS[u]) {
                if (q + form.length() <= to && matches(line, q, form)) {
                    number.unit = UNITS_LONGEST_FIRST[u];
                    return form.length();
                }
            }
        }
        return 0;
    }

    private static final MoneyUnit[] UNITS_LONGEST_FIRST = unitsLongestFirst();

    /** Each unit as written after a number: in brackets, then bare. */
    private static final String[][] UNIT_FORMS = unitForms();

    private static MoneyUnit[] unitsLongestFirst() {
        MoneyUnit[] units = MoneyUnit.values().clone();
        java.util.Arrays.sort(units, (a, b) -> Integer.compare(b.symbol().length(), a.symbol().length()));
        return units;
    }

    private static String[][] unitForms() {
        String[][] forms = new String[UNITS_LONGEST_FIRST.length][];
        for (int u = 0; u < forms.length; u++) {
            String symbol = UNITS_LONGEST_FIRST[u].symbol();
            forms[u] = new String[] {"(" + symbol + ")", symbol};
        }
        return forms;
    }

    private static boolean matches(String line, int at, String normalized) {
        for (int k = 0; k < normalized.length(); k++) {
            if (at(line, at + k) != normalized.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Joins 增/减 to the number after them, and a unit written apart to the number before it. */
    private static void merge(List<PublishedTextToken> tokens, int start) {
        for (int i = start; i < tokens.size() - 1; i++) {
            PublishedTextToken a = tokens.get(i);
            PublishedTextToken b = tokens.get(i + 1);
            if (a.type == Type.TEXT && b.type == Type.NUMBER && !b.signed
                    && (a.text.equals(INCREASE) || a.text.equals(DECREASE))) {
                PublishedTextToken number = new PublishedTextToken(Type.NUMBER, a.field, a.rawStart, b.rawEnd, true);
                number.negative = a.text.equals(DECREASE);
                number.signed = true;
                number.digits = b.digits;
                number.fraction = b.fraction;
                number.unit = b.unit;
                tokens.set(i, number);
                tokens.remove(i + 1);
            } else if (a.type == Type.NUMBER && a.unit == null && b.type == Type.TEXT) {
                for (int u = 0; u < UNITS_LONGEST_FIRST.length; u++) {
                    String paren = UNIT_FORMS[u][0];
                    String bare = UNIT_FORMS[u][1];
                    String form = b.text.startsWith(paren) ? paren : b.text.startsWith(bare) ? bare : null;
                    if (form != null) {
                        a.unit = UNITS_LONGEST_FIRST[u];
                        if (form.length() == b.text.length()) {
                            a.rawEnd = b.rawEnd;
                            tokens.remove(i + 1);
                        } else {
                            PublishedTextToken rest = new PublishedTextToken(Type.TEXT, b.field,
                                    b.rawStart + form.length(), b.rawEnd, true);
                            rest.text = b.text.substring(form.length());
                            tokens.set(i + 1, rest);
                        }
                        break;
                    }
                }
            }
        }
    }
}
