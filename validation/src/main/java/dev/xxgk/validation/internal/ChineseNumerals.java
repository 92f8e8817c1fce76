package dev.xxgk.validation.internal;

/**
 * Numbers as report texts write them: Arabic digits ({@code 123}) or Chinese numerals
 * ({@code 一百二十三}, {@code 两}, {@code 十五}, {@code 三千零五}, {@code 一万二千}). Full-width digits
 * are made ASCII before.
 */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    /**
     * The value of a numeral.
     *
     * @param text Arabic digits or a Chinese numeral, nothing else
     * @return the value, or -1 if the text is not a well-formed numeral below 10^12
     */
    static long parse(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 12 ? -1 : Long.parseLong(text);
        }
        long total = 0;
        long section = 0;
        long number = -1;
        int lastUnit = 100_000;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (number > 0) {
                    return -1; // 二三: two digits with no unit between
                }
                number = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10_000) {
                section += Math.max(number, 0);
                if (section == 0 || total > 0) {
                    return -1;
                }
                total = section * 10_000;
                section = 0;
                number = -1;
                lastUnit = 100_000;
                continue;
            }
            if (unit >= lastUnit) {
                return -1; // 十百: units must fall
            }
            if (number < 0) {
                if (unit != 10 || section != 0 || i != 0 && text.charAt(i - 1) != '万') {
                    return -1; // only 十 may stand without its digit, and only first: 十五
                }
                number = 1;
            }
            if (number == 0) {
                return -1;
            }
            section += number * unit;
            number = -1;
            lastUnit = unit;
        }
        return total + section + Math.max(number, 0);
    }
}
