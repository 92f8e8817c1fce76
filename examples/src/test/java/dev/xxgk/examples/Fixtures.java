package dev.xxgk.examples;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Overview;

/**
 * core's published reports with the texts they were published with: sections 一, 五 and 六 cut
 * out of the published text at their headings, as a report read from it holds them (TEXT-EMPTY
 * and FEE-STATEMENT check that they are there).
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static AnnualReport zhaoyuan2019() {
        return withTexts(PublishedReports.zhaoyuan2019(), PublishedReports.ZHAOYUAN_2019);
    }

    public static AnnualReport dongyingXzsp2020() {
        return withTexts(PublishedReports.dongyingXzsp2020(), PublishedReports.DONGYING_XZSP_2020);
    }

    public static AnnualReport dongyingqu2023() {
        return withTexts(PublishedReports.dongyingqu2023(), PublishedReports.DONGYINGQU_2023);
    }

    private static AnnualReport withTexts(AnnualReport report, String file) {
        String text = PublishedReports.text(file);
        return report.toBuilder()
                .overview(Overview.of(between(text, "一、总体情况", "二、主动公开")))
                .problemsAndImprovements(between(text, "五、存在的主要问题", "六、其他需要报告"))
                .otherMatters(between(text, "六、其他需要报告", null))
                .build();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = to == null ? text.length() : text.indexOf(to, start);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no section " + from + " in the published text");
        }
        return text.substring(start, end);
    }
}
