package dev.xxgk.template;

import java.util.List;

/** The six sections of the report, in the template's order. */
public enum Section {

    /** 一、总体情况. */
    OVERVIEW("overview", "一", "总体情况", List.of()),

    /** 二、主动公开政府信息情况. */
    PROACTIVE_DISCLOSURE("proactiveDisclosure", "二", "主动公开政府信息情况", List.of()),

    /** 三、收到和处理政府信息公开申请情况. */
    APPLICATIONS("applications", "三", "收到和处理政府信息公开申请情况", List.of()),

    /** 四、政府信息公开行政复议、行政诉讼情况. */
    RECONSIDERATION_AND_LITIGATION("reconsiderationAndLitigation", "四", "政府信息公开行政复议、行政诉讼情况",
            List.of("因政府信息公开工作被申请行政复议、提起行政诉讼情况")),

    /** 五、存在的主要问题及改进情况. */
    PROBLEMS_AND_IMPROVEMENTS("problemsAndImprovements", "五", "存在的主要问题及改进情况", List.of()),

    /** 六、其他需要报告的事项. */
    OTHER_MATTERS("otherMatters", "六", "其他需要报告的事项", List.of());

    private final String code;
    private final String number;
    private final String title;
    private final List<String> titleVariants;

    Section(String code, String number, String title, List<String> titleVariants) {
        this.code = code;
        this.number = number;
        this.title = title;
        this.titleVariants = titleVariants;
    }

    /**
     * The section's code, the first segment of the codes of its cells.
     *
     * @return e.g. {@code applications}
     */
    public String code() {
        return code;
    }

    /**
     * The section's number as the template prints it.
     *
     * @return 一 to 六
     */
    public String number() {
        return number;
    }

    /**
     * The section's title without its number.
     *
     * @return e.g. 总体情况
     */
    public String title() {
        return title;
    }

    /**
     * The official heading.
     *
     * @return e.g. 一、总体情况
     */
    public String heading() {
        return number + "、" + title;
    }

    /**
     * Every title the section is known to be published under, the official one first.
     *
     * @return the titles, without numbers
     */
    public List<String> titles() {
        if (titleVariants.isEmpty()) {
            return List.of(title);
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(title), titleVariants.stream()).toList();
    }

    /**
     * Whether the section holds tables of numbers (二, 三 and 四) rather than text.
     *
     * @return true for the sections with tables
     */
    public boolean hasTables() {
        return this == PROACTIVE_DISCLOSURE || this == APPLICATIONS || this == RECONSIDERATION_AND_LITIGATION;
    }
}
