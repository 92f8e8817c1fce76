package dev.xxgk.model;

import java.util.Objects;

/**
 * Section 一, 总体情况: free text, and the five topics the 2021 edition names, each an optional
 * sub-text. An absent text is the empty string, never null.
 *
 * @param text the section's text as a whole (or its introduction, when the topics are given apart)
 * @param proactive 主动公开
 * @param onRequest 依申请公开
 * @param informationManagement 政府信息管理
 * @param platforms 政府信息公开平台建设
 * @param oversight 监督保障
 */
public record Overview(
        String text,
        String proactive,
        String onRequest,
        String informationManagement,
        String platforms,
        String oversight) {

    private static final Overview EMPTY = new Overview("", "", "", "", "", "");

    /**
     * Rejects null texts: an absent text is the empty string.
     *
     * @param text the section's text as a whole (or its introduction, when the topics are given apart)
     * @param proactive 主动公开
     * @param onRequest 依申请公开
     * @param informationManagement 政府信息管理
     * @param platforms 政府信息公开平台建设
     * @param oversight 监督保障
     */
    public Overview {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(proactive, "proactive");
        Objects.requireNonNull(onRequest, "onRequest");
        Objects.requireNonNull(informationManagement, "informationManagement");
        Objects.requireNonNull(platforms, "platforms");
        Objects.requireNonNull(oversight, "oversight");
    }

    /**
     * An overview of one text, with no topic given apart.
     *
     * @param text the text
     * @return the overview
     */
    public static Overview of(String text) {
        return new Overview(text, "", "", "", "", "");
    }

    /**
     * The overview with every text empty.
     *
     * @return the empty overview
     */
    public static Overview empty() {
        return EMPTY;
    }
}
