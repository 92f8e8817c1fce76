package dev.xxgk.model;

import java.util.Objects;

/**
 * An official edition of the report's format.
 *
 * <p>Neither edition is ever converted into the other: a report is read, held, validated and
 * written in the edition it was made in.
 */
public enum Edition {

    /** 国办公开办函〔2019〕60号, 《中华人民共和国政府信息公开工作年度报告格式（试行）》: reports on 2019 and 2020. */
    EDITION_2019("2019", "国办公开办函〔2019〕60号", "中华人民共和国政府信息公开工作年度报告格式（试行）"),

    /** 国办公开办函〔2021〕30号, 《中华人民共和国政府信息公开工作年度报告格式》: reports on 2021 onward. */
    EDITION_2021("2021", "国办公开办函〔2021〕30号", "中华人民共和国政府信息公开工作年度报告格式");

    private final String code;
    private final String source;
    private final String title;

    Edition(String code, String source, String title) {
        this.code = code;
        this.source = source;
        this.title = title;
    }

    /**
     * The edition's code, the value of the {@code edition} field in every format.
     *
     * @return {@code "2019"} or {@code "2021"}
     */
    public String code() {
        return code;
    }

    /**
     * The document that published the edition.
     *
     * @return e.g. {@code 国办公开办函〔2021〕30号}
     */
    public String source() {
        return source;
    }

    /**
     * The title of the format the document published.
     *
     * @return e.g. {@code 中华人民共和国政府信息公开工作年度报告格式}
     */
    public String title() {
        return title;
    }

    /**
     * The edition official for reports on a year: 2019 up to 2020, 2021 from 2021 on.
     *
     * @param year the report year
     * @return the edition in force for that year
     */
    public static Edition forYear(int year) {
        return year <= 2020 ? EDITION_2019 : EDITION_2021;
    }

    /**
     * Reads an edition code.
     *
     * @param code {@code "2019"} or {@code "2021"}
     * @return the edition
     * @throws IllegalArgumentException if the code is neither
     */
    public static Edition parse(String code) {
        Objects.requireNonNull(code, "code");
        for (Edition edition : values()) {
            if (edition.code.equals(code)) {
                return edition;
            }
        }
        throw new IllegalArgumentException("edition must be \"2019\" or \"2021\", was \"" + code + "\"");
    }

    @Override
    public String toString() {
        return code;
    }
}
