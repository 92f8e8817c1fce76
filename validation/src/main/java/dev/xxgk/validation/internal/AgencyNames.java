package dev.xxgk.validation.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names of one agency written in different forms: full-width or half-width letters and brackets,
 * zero-width characters and white space picked up by copying, traditional characters in some
 * copies; and one name written with and without the divisions it lies in
 * ({@code 淮安市洪泽区人民政府} and {@code 洪泽区人民政府}). Only these differences are forgiven; any other
 * difference is another agency.
 */
final class AgencyNames {

    /** Traditional characters seen in agency names, each followed by its simplified form. */
    private static final String TRADITIONAL = "區区縣县辦办廳厅務务審审衛卫農农業业發发開开東东營营華华國国資资環环廣广電电視视"
            + "體体經经濟济會会員员園园場场監监檢检驗验質质產产財财稅税勞劳動动設设鄉乡鎮镇處处應应災灾醫医療疗險险"
            + "統统計计紀纪黨党機机關关島岛灣湾陽阳長长張张龍龙鳳凤門门濱滨劉刘陳陈遼辽寧宁蘇苏黃黄澤泽貴贵廈厦漢汉"
            + "烏乌齊齐爾尔內内雲云後后興兴豐丰圖图書书館馆學学礦矿鐵铁運运輸输郵邮橋桥臺台萊莱棗枣濰潍邊边靈灵寶宝"
            + "蘭兰鄭郑銀银證证規规劃划測测繪绘氣气糧粮儲储備备聯联協协議议總总與与為为僑侨鹽盐倉仓號号灘滩邑邑"
            + "廠厂軍军條条例例這这個个們们來来時时說说對对實实現现從从還还進进過过點点種种樣样們们當当問问題题車车"
            + "馬马魚鱼鳥鸟飛飞單单雙双東东歐欧韓韩灣湾譯译語语諮咨詢询訊讯網网絡络線线館馆術术藝艺專专門门組组織织"
            + "轄辖屬属園园壩坝嶺岭崗岗縣县鄖郧閩闽贛赣滬沪疆疆勝胜愛爱賓宾權权責责維维護护審审査查";

    /**
     * The names of higher divisions a name can be prefixed with: one or more of a province, a
     * prefecture-level city, an autonomous region or prefecture, a league or a region.
     */
    private static final Pattern DIVISIONS = Pattern.compile("(?:\\p{IsHan}{2,10}?(?:省|市|自治区|特别行政区|自治州|州|盟|地区))+");

    /**
     * How a name that lies in a division must begin to be taken without it: a place of at least two
     * characters and the level of a county or a city ({@code 洪泽区}, {@code 昆山市}, {@code 某某县}); a
     * bare organ ({@code 人民政府}, {@code 城市管理局}, {@code 住房和城乡建设局}) is never taken as the
     * same agency as one of a named place.
     */
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{2,10}?(?:区|县|市|旗|自治县|自治旗|特区|林区)\\p{IsHan}.*");

    private AgencyNames() {
    }

    /**
     * The form a name is compared in: NFKC (full-width letters, digits and brackets made
     * half-width), every bracket made {@code (} or {@code )}, zero-width characters and white
     * space removed, traditional characters made simplified.
     */
    static String normalize(String name) {
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                    || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            switch (c) {
                case '(', '[', '{', '〔', '【', '〖', '［', '｛', '《', '<' -> out.append('(');
                case ')', ']', '}', '〕', '】', '〗', '］', '｝', '》', '>' -> out.append(')');
                default -> {
                    int t = TRADITIONAL.indexOf(c);
                    out.append(t >= 0 && t % 2 == 0 ? TRADITIONAL.charAt(t + 1) : c);
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether two names are of one agency: equal once {@linkplain #normalize normalized}, or one is
     * the other with the {@linkplain #divisionPrefix names of the divisions} it lies in.
     */
    static boolean sameAgency(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String na = normalize(a);
        String nb = normalize(b);
        return na.equals(nb) || divisionPrefix(na, nb) != null;
    }

    /**
     * The divisions one of two normalized names adds in front of the other
     * ({@code 淮安市} for {@code 淮安市洪泽区人民政府} and {@code 洪泽区人民政府}), or {@code null} when
     * neither is the other with higher divisions in front, or when the shorter does not begin with a
     * place of its own (see {@link #PLACE}).
     */
    static String divisionPrefix(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() == shorter.length() || !longer.endsWith(shorter)) {
            return null;
        }
        String prefix = longer.substring(0, longer.length() - shorter.length());
        return DIVISIONS.matcher(prefix).matches() && PLACE.matcher(shorter).matches() ? prefix : null;
    }

    /**
     * The two names with the part where they differ marked by 【】: {@code 东营市【东营区】人民政府办公室}
     * and {@code 东营市【河口区】人民政府办公室}; an empty mark 【】 where one name has what the other lacks.
     */
    static String[] markDifference(String a, String b) {
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return new String[] {mark(a, prefix, suffix), mark(b, prefix, suffix)};
    }

    private static String mark(String s, int prefix, int suffix) {
        return s.substring(0, prefix) + "【" + s.substring(prefix, s.length() - suffix) + "】" + s.substring(s.length() - suffix);
    }
}
