package dev.xxgk.testkit;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes a report's texts from its own figures, in the phrasings TEXT-TABLE reads, with numerals
 * of both kinds (Arabic, full-width, Chinese with 两 and 零), so that a property can check that
 * such texts raise nothing and that one figure changed raises exactly its finding.
 */
final class FactTexts {

    /**
     * One sentence stating a figure.
     *
     * @param path the path TEXT-TABLE reports a difference on
     * @param value the figure the table holds there (the sum, for a sum of cells)
     * @param template the sentence with {@code %s} where the figure goes
     */
    record Sentence(String path, long value, String template) {
        String write(RandomGenerator random, long figure) {
            return template.replace("%s", numeral(random, figure));
        }
    }

    private FactTexts() {
    }

    private static long count(AnnualReport report, String... codes) {
        long sum = 0;
        for (String code : codes) {
            sum += ((Count) report.cell(code)).value();
        }
        return sum;
    }

    private static String a(String code) {
        return "applications." + code + ".total";
    }

    private static String l(String group, String column) {
        return "reconsiderationAndLitigation." + group + "." + column;
    }

    /** Every sentence a report's figures make, one per fact. */
    static List<Sentence> sentences(AnnualReport report, RandomGenerator random) {
        List<Sentence> out = new ArrayList<>();
        String[] subjects = {"本机关", "我局", "全区", "", "2023年，本单位"};
        String subject = subjects[random.nextInt(subjects.length)];
        out.add(new Sentence(a("newRequests"), count(report, a("newRequests")), random.nextBoolean()
                ? subject + "共收到政府信息公开申请%s件。" : "全年新收%s件政府信息公开申请。"));
        out.add(new Sentence(a("carriedOver"), count(report, a("carriedOver")), "上年结转政府信息公开申请%s件。"));
        out.add(new Sentence(a("totalHandled"), count(report, a("totalHandled")),
                random.nextBoolean() ? "办结政府信息公开申请%s件。" : "全年共答复%s件。"));
        out.add(new Sentence(a("carriedForward"), count(report, a("carriedForward")),
                random.nextBoolean() ? "结转下年度继续办理%s件。" : "另有%s件顺延到下年度答复。"));
        long granted = count(report, a("granted"));
        long handled = count(report, a("totalHandled"));
        String share = handled > 0 ? "，占" + BigDecimal.valueOf(granted * 100).divide(BigDecimal.valueOf(handled), 2,
                RoundingMode.HALF_EVEN).toPlainString() + "%" : "";
        out.add(new Sentence(a("granted"), granted, random.nextBoolean() ? "予以公开%s件" + share + "。" : "%s件按要求予以公开。"));
        out.add(new Sentence(a("partiallyGranted"), count(report, a("partiallyGranted")), "部分公开的%s件。"));
        String[] withheld = {"stateSecret", "prohibitedByLaw", "securityOrStability", "thirdPartyRights", "internalAffairs",
            "processInformation", "enforcementFiles", "administrativeQuery"};
        out.add(new Sentence(a("withheld.stateSecret"), count(report, prefixed("withheld.", withheld)), "不予公开%s件。"));
        out.add(new Sentence(a("withheld.stateSecret"), count(report, a("withheld.stateSecret")), "其中属于国家秘密的%s件。"));
        out.add(new Sentence(a("withheld.enforcementFiles"), count(report, a("withheld.enforcementFiles")),
                "属于行政执法案卷%s件。"));
        String[] unavailable = {"notHeld", "needsCompilation", "unclearAfterCorrection"};
        out.add(new Sentence(a("unavailable.notHeld"), count(report, prefixed("unavailable.", unavailable)), "无法提供%s件。"));
        out.add(new Sentence(a("unavailable.notHeld"), count(report, a("unavailable.notHeld")), "其中本机关不掌握相关政府信息的%s件。"));
        String[] notProcessed = {"complaint", "duplicate", "publication", "excessive", "confirmation"};
        out.add(new Sentence(a("notProcessed.complaint"), count(report, prefixed("notProcessed.", notProcessed)),
                "不予处理%s件。"));
        out.add(new Sentence(a("notProcessed.duplicate"), count(report, a("notProcessed.duplicate")), "重复申请%s件。"));
        out.add(new Sentence("reconsiderationAndLitigation.reconsideration.total",
                count(report, l("reconsideration", "total")), "因政府信息公开被申请行政复议%s件。"));
        out.add(new Sentence("reconsiderationAndLitigation.litigationDirect.total",
                count(report, l("litigationDirect", "total"), l("litigationAfterReconsideration", "total")),
                "被提起行政诉讼%s件。"));
        out.add(new Sentence("reconsiderationAndLitigation.litigationDirect.pending",
                count(report, l("litigationDirect", "pending"), l("litigationAfterReconsideration", "pending")),
                "发生行政诉讼" + numeral(random, count(report, l("litigationDirect", "total"),
                        l("litigationAfterReconsideration", "total"))) + "件，其中尚未审结%s件。"));
        out.add(new Sentence("proactiveDisclosure.penalties.decisions", count(report, "proactiveDisclosure.penalties.decisions"),
                "全年作出行政处罚决定%s件。"));
        out.add(new Sentence("proactiveDisclosure.licensing.decisions", count(report, "proactiveDisclosure.licensing.decisions"),
                "办理行政许可%s件。"));
        if (report.edition() == Edition.EDITION_2021) {
            long issued = count(report, "proactiveDisclosure.normativeDocuments.issued");
            out.add(new Sentence("proactiveDisclosure.normativeDocuments.repealed",
                    count(report, "proactiveDisclosure.normativeDocuments.repealed"),
                    "本年度制发行政规范性文件" + numeral(random, issued) + "件，废止%s件。"));
            out.add(new Sentence("proactiveDisclosure.regulations.inForce",
                    count(report, "proactiveDisclosure.regulations.inForce"), "现行有效规章%s件。"));
        }
        return out;
    }

    private static String[] prefixed(String prefix, String[] rows) {
        String[] codes = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            codes[i] = a(prefix + rows[i]);
        }
        return codes;
    }

    /**
     * The report with the sentences added to its texts (after what they hold, each text ended with
     * 。 first), sentence {@code changed} stating {@code figure} instead of its own value.
     */
    static AnnualReport withTexts(AnnualReport report, List<Sentence> sentences, RandomGenerator random, int changed,
            long figure) {
        StringBuilder[] texts = {new StringBuilder(report.overview().text()), new StringBuilder(report.overview().onRequest()),
            new StringBuilder(report.otherMatters())};
        for (StringBuilder text : texts) {
            text.append('。');
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            texts[random.nextInt(texts.length)].append(sentence.write(random, i == changed ? figure : sentence.value()));
        }
        Overview o = report.overview();
        return report.toBuilder()
                .overview(new Overview(texts[0].toString(), o.proactive(), texts[1].toString(), o.informationManagement(),
                        o.platforms(), o.oversight()))
                .otherMatters(texts[2].toString())
                .build();
    }

    /** A numeral: Arabic, full-width, or Chinese (两 for 2 one time in two). */
    static String numeral(RandomGenerator random, long n) {
        return switch (random.nextInt(3)) {
            case 0 -> Long.toString(n);
            case 1 -> Long.toString(n).chars().mapToObj(c -> String.valueOf((char) ('０' + (c - '0'))))
                    .reduce("", String::concat);
            default -> n == 2 && random.nextBoolean() ? "两" : chinese(n);
        };
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** A Chinese numeral below 10^8: 十五, 一百零五, 一千零一十, 一万零三百, 二十万. */
    static String chinese(long n) {
        if (n == 0) {
            return "零";
        }
        if (n >= 100_000_000) {
            throw new IllegalArgumentException("too large: " + n);
        }
        long high = n / 10_000;
        long low = n % 10_000;
        if (high == 0) {
            return section(low, true);
        }
        return section(high, true) + "万" + (low == 0 ? "" : (low < 1000 ? "零" : "") + section(low, false));
    }

    private static String section(long n, boolean leading) {
        StringBuilder out = new StringBuilder();
        long[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            long d = n / units[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(d == 1 && i == 2 && out.length() == 0 && leading)) {
                out.append(DIGITS.charAt((int) d));
            }
            out.append(names[i]);
        }
        return out.toString();
    }
}
