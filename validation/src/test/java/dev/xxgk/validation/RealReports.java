package dev.xxgk.validation;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every real report the project holds, with its tables and its texts as published: the three of
 * core's fixtures (figures written out by hand there, texts cut here out of the published text at
 * the section headings) and the three real PDFs of {@code real/} (figures from their truth files,
 * texts from their extraction).
 */
public final class RealReports {

    /** The six reports, by a short name. */
    public static Map<String, AnnualReport> all() {
        Map<String, AnnualReport> all = new LinkedHashMap<>();
        all.put("zhaoyuan2019", zhaoyuan2019());
        all.put("dongyingXzsp2020", dongyingXzsp2020());
        all.put("dongyingqu2023", dongyingqu2023());
        all.put("hongzequ2023", real("2023-hongzequ-zf"));
        all.put("hongzequ2024", real("2024-hongzequ-zf"));
        all.put("huaian2024", real("2024-huaian-szf"));
        return all;
    }

    private RealReports() {
    }

    public static AnnualReport zhaoyuan2019() {
        return withTexts(PublishedReports.zhaoyuan2019(), PublishedReports.text(PublishedReports.ZHAOYUAN_2019));
    }

    public static AnnualReport dongyingXzsp2020() {
        return withTexts(PublishedReports.dongyingXzsp2020(), PublishedReports.text(PublishedReports.DONGYING_XZSP_2020));
    }

    public static AnnualReport dongyingqu2023() {
        return withTexts(PublishedReports.dongyingqu2023(), PublishedReports.text(PublishedReports.DONGYINGQU_2023));
    }

    /** A report's sections 一, 五 and 六 cut out of its published text at their headings. */
    static AnnualReport withTexts(AnnualReport report, String text) {
        return report.toBuilder()
                .overview(Overview.of(between(text, "一、总体情况", "二、主动公开")))
                .problemsAndImprovements(between(text, "五、存在的主要问题", "六、其他需要报告"))
                .otherMatters(between(text, "六、其他需要报告", null))
                .build();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        if (start < 0) {
            throw new IllegalArgumentException("no heading " + from);
        }
        int end = to == null ? text.length() : text.indexOf(to, start);
        if (end < 0) {
            throw new IllegalArgumentException("no heading " + to + " after " + from);
        }
        return text.substring(start, end);
    }

    private static final Pattern CELL = Pattern.compile("\"([A-Za-z.]+)\"\\s*:\\s*(null|-?\\d+)");
    private static final Pattern FIELD = Pattern.compile("\"(agency|year)\"\\s*:\\s*\"?([^\",]+)\"?");

    /** One of {@code real/}: edition 2021, every cell of the truth file, blank where it is null or absent. */
    static AnnualReport real(String stem) {
        String truth = resource(stem + ".truth.json");
        String text = resource(stem + ".txt");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher f = FIELD.matcher(truth);
        while (f.find()) {
            fields.putIfAbsent(f.group(1), f.group(2));
        }
        AnnualReport.Builder builder = AnnualReport.builder(Edition.EDITION_2021).agency(fields.get("agency"))
                .year(Integer.parseInt(fields.get("year")));
        Template template = Template.of(Edition.EDITION_2021);
        for (Cell cell : template.cells()) {
            builder.cell(cell, cell.blank());
        }
        Matcher m = CELL.matcher(truth.substring(truth.indexOf("\"cells\"")));
        while (m.find()) {
            if (!m.group(2).equals("null") && template.findCell(m.group(1)).isPresent()) {
                builder.cell(m.group(1), Count.of(Integer.parseInt(m.group(2))));
            }
        }
        return withTexts(builder.build(), text);
    }

    private static String resource(String name) {
        try (InputStream in = RealReports.class.getResourceAsStream("real/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource real/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
