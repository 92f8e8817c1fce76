package dev.xxgk.benchmarks.support;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.published.PublishedTextFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The reports the benchmarks run on: the three published reports of the core test jar, as model
 * values written out by hand and as the report their published text reads to (narrative text
 * included), and faulty copies of them.
 */
public final class Reports {

    private static final PublishedTextFormat TEXT = new PublishedTextFormat();
    private static final JsonFormat JSON = new JsonFormat();

    private Reports() {
    }

    /**
     * A report by the name the benchmarks' parameters use.
     *
     * <ul>
     *   <li>{@code valid-2019}: 招远市人民政府办公室 2019 (edition 2019), as published: the tables as
     *       the fixture writes them out, the texts as the published text reads.
     *   <li>{@code valid-2021}: 东营市东营区人民政府办公室 2023 (edition 2021), as published.
     *   <li>{@code faults-2019}, {@code faults-2021}: the same with one typo, 予以公开 总计 one more
     *       than its row adds up to, which breaks APP-ROW-TOTAL and APP-OUTCOMES.
     * </ul>
     *
     * @param name the name
     * @return the report
     * @throws IllegalArgumentException if the name is unknown
     */
    public static AnnualReport named(String name) {
        return switch (name) {
            case "valid-2019" -> withTexts(PublishedReports.zhaoyuan2019(), PublishedReports.ZHAOYUAN_2019);
            case "valid-2021" -> withTexts(PublishedReports.dongyingqu2023(), PublishedReports.DONGYINGQU_2023);
            case "faults-2019" -> typo(named("valid-2019"));
            case "faults-2021" -> typo(named("valid-2021"));
            default -> throw new IllegalArgumentException("no report named " + name);
        };
    }

    /** The fixture's tables with the texts of sections 一, 五 and 六 read from its published text. */
    private static AnnualReport withTexts(AnnualReport tables, String file) {
        AnnualReport read = fromPublishedText(file);
        return tables.toBuilder().overview(read.overview()).problemsAndImprovements(read.problemsAndImprovements())
                .otherMatters(read.otherMatters()).build();
    }

    private static AnnualReport typo(AnnualReport report) {
        String code = "applications.granted.total";
        return report.withCell(code, report.applications().granted().total().value() + 1);
    }

    /**
     * The report a published text reads to, with the text of its six sections.
     *
     * @param file a fixture file name of {@link PublishedReports}
     * @return the report
     */
    public static AnnualReport fromPublishedText(String file) {
        return TEXT.reader().orElseThrow()
                .read(new ByteArrayInputStream(PublishedReports.bytes(file)), file).report();
    }

    /**
     * A report as the SDK writes it in JSON, indented (the format's default).
     *
     * @param report the report
     * @return the UTF-8 bytes
     */
    public static byte[] json(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }

    /**
     * Fails a benchmark's setup when what it measures is not what it claims to measure.
     *
     * @param condition what must hold
     * @param message what went wrong
     * @throws IllegalStateException if the condition is false
     */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
