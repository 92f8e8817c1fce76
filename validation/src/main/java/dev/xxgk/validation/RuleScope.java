package dev.xxgk.validation;

/**
 * What a rule compares, and so which method of {@link ReportValidator} runs it.
 */
public enum RuleScope {

    /** One report: {@link ReportValidator#validate(dev.xxgk.model.AnnualReport)}. */
    SINGLE_REPORT,

    /**
     * This year's report with last year's:
     * {@link ReportValidator#validate(dev.xxgk.model.AnnualReport, dev.xxgk.model.AnnualReport)}.
     */
    CROSS_YEAR,

    /**
     * A parent's report (a county's summary) with its children's:
     * {@link ReportValidator#validateSum(dev.xxgk.model.AnnualReport, java.util.List, java.util.Collection)}.
     */
    PARENT_AND_CHILDREN
}
