package dev.xxgk.template;

import dev.xxgk.model.AnnualReport;

/**
 * The fields of a report that are not cells of a table: the header and the texts, in the order
 * every format writes them. Their codes are the same in both editions.
 */
public enum ReportField {

    /** {@code edition}: 2019 or 2021. */
    EDITION("edition", "报告格式"),

    /** {@code agency}: the reporting agency's full name. */
    AGENCY("agency", "报告机关"),

    /** {@code year}: the report (statistics) year. */
    YEAR("year", "报告年度"),

    /** {@code publishedOn}: the publication date, optional. */
    PUBLISHED_ON("publishedOn", "发布日期"),

    /** {@code overview.text}: 一、总体情况. */
    OVERVIEW_TEXT("overview.text", Section.OVERVIEW.heading()),

    /** {@code overview.proactive}: （一）主动公开. */
    OVERVIEW_PROACTIVE("overview.proactive", "（一）主动公开"),

    /** {@code overview.onRequest}: （二）依申请公开. */
    OVERVIEW_ON_REQUEST("overview.onRequest", "（二）依申请公开"),

    /** {@code overview.informationManagement}: （三）政府信息管理. */
    OVERVIEW_INFORMATION_MANAGEMENT("overview.informationManagement", "（三）政府信息管理"),

    /** {@code overview.platforms}: （四）政府信息公开平台建设. */
    OVERVIEW_PLATFORMS("overview.platforms", "（四）政府信息公开平台建设"),

    /** {@code overview.oversight}: （五）监督保障. */
    OVERVIEW_OVERSIGHT("overview.oversight", "（五）监督保障"),

    /** {@code problemsAndImprovements}: 五、存在的主要问题及改进情况. */
    PROBLEMS_AND_IMPROVEMENTS("problemsAndImprovements", Section.PROBLEMS_AND_IMPROVEMENTS.heading()),

    /** {@code otherMatters}: 六、其他需要报告的事项. */
    OTHER_MATTERS("otherMatters", Section.OTHER_MATTERS.heading());

    private final String code;
    private final String label;

    ReportField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * The section whose text the field holds, by its code's first segment.
     *
     * @return e.g. {@link Section#OVERVIEW} for {@code overview.platforms}; empty for the header
     *     fields ({@code edition}, {@code agency}, {@code year}, {@code publishedOn})
     */
    public java.util.Optional<Section> section() {
        for (Section section : Section.values()) {
            if (code.equals(section.code()) || code.startsWith(section.code() + ".")) {
                return java.util.Optional.of(section);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The field's code.
     *
     * @return e.g. {@code overview.platforms}
     */
    public String code() {
        return code;
    }

    /**
     * The field's Chinese label.
     *
     * @return e.g. （四）政府信息公开平台建设
     */
    public String label() {
        return label;
    }

    /**
     * Whether the field is free text (a section or a topic of section 一).
     *
     * @return true for the texts, false for the header fields
     */
    public boolean isText() {
        return ordinal() >= OVERVIEW_TEXT.ordinal();
    }

    /**
     * The field's value in a report, as every text format writes it: the edition code, the year
     * in decimal, the date as ISO {@code yyyy-MM-dd} (empty when absent), or the text itself.
     *
     * @param report the report
     * @return the text, never null
     */
    public String toText(AnnualReport report) {
        return switch (this) {
            case EDITION -> report.edition().code();
            case AGENCY -> report.agency();
            case YEAR -> Integer.toString(report.year());
            case PUBLISHED_ON -> report.publishedOn() == null ? "" : report.publishedOn().toString();
            case OVERVIEW_TEXT -> report.overview().text();
            case OVERVIEW_PROACTIVE -> report.overview().proactive();
            case OVERVIEW_ON_REQUEST -> report.overview().onRequest();
            case OVERVIEW_INFORMATION_MANAGEMENT -> report.overview().informationManagement();
            case OVERVIEW_PLATFORMS -> report.overview().platforms();
            case OVERVIEW_OVERSIGHT -> report.overview().oversight();
            case PROBLEMS_AND_IMPROVEMENTS -> report.problemsAndImprovements();
            case OTHER_MATTERS -> report.otherMatters();
        };
    }

    /**
     * Finds a field by code.
     *
     * @param code a code
     * @return the field, or empty if no field has that code
     */
    public static java.util.Optional<ReportField> ofCode(String code) {
        for (ReportField field : values()) {
            if (field.code.equals(code)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }
}
