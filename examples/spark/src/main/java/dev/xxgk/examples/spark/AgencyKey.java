package dev.xxgk.examples.spark;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The key on which the job joins a report with the same agency's report of the year before: the
 * agency's name with the differences of form removed, so that names differing only in form are
 * one agency.
 *
 * <p>Removed or unified: width and compatibility forms (NFKC: {@code （}, full-width digits and
 * Latin letters), white space of every kind (including {@code U+3000}), zero-width and other
 * format characters ({@code U+200B}, {@code U+FEFF}, …), and the kind of bracket (
 * {@code （）〔〕【】［］｛｝〈〉《》「」} and their ASCII forms all become {@code ()}). Nothing else:
 * traditional and simplified characters, or two names that differ in a word, stay different
 * agencies.
 *
 * <p>This is the job's own small key, until the agency identity rule of the rule engine (issue 15,
 * branch {@code rules}) is public: then {@link #of(String)} should call it, so that the join and the
 * engine's cross-year rules agree on who is the same agency. Until then the engine compares names
 * without white space only, so a pair joined here on a difference of width or bracket comes back
 * from the engine as cross-year rules not applied, with the engine's reason: never silently.
 */
public final class AgencyKey {

    private AgencyKey() {
    }

    /**
     * The join key of an agency's name.
     *
     * @param agency the agency's name as the report gives it
     * @return the key; two names of the same agency that differ only in form have the same key
     */
    public static String of(String agency) {
        Objects.requireNonNull(agency, "agency");
        String nfkc = Normalizer.normalize(agency, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                return;
            }
            key.appendCodePoint(bracket(c));
        });
        return key.toString();
    }

    private static int bracket(int c) {
        return switch (c) {
            case '(', '[', '{', '〔', '【', '〈', '《', '「', '『', '〖', '〘' -> '(';
            case ')', ']', '}', '〕', '】', '〉', '》', '」', '』', '〗', '〙' -> ')';
            default -> c;
        };
    }
}
