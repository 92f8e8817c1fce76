package dev.xxgk.validation;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.math.BigDecimal;

/** The smallest reports: every cell 0, which breaks no rule; tests change a few cells. */
final class Reports {

    static final String AGENCY = "某某县自然资源局";

    private Reports() {
    }

    /** A year official for the edition: 2020 for edition 2019, 2023 for edition 2021. */
    static int year(Edition edition) {
        return edition == Edition.EDITION_2019 ? 2020 : 2023;
    }

    /** A builder of a report of zeros: every count 0, every amount 0 (元, or 万元 where the column is). */
    static AnnualReport.Builder zero(Edition edition) {
        return zero(edition, year(edition));
    }

    static AnnualReport.Builder zero(Edition edition, int year) {
        // the texts every report has (TEXT-EMPTY), the 信息处理费 stated (FEE-STATEMENT), no figure in them (TEXT-TABLE)
        AnnualReport.Builder builder = AnnualReport.builder(edition).agency(AGENCY).year(year)
                .overview(dev.xxgk.model.Overview.of("本机关依法做好政府信息公开工作。"))
                .problemsAndImprovements("公开内容还不够全面，下一步将加强培训。")
                .otherMatters("本年度未收取信息处理费。");
        for (Cell cell : Template.of(edition).cells()) {
            builder.cell(cell, switch (cell.kind()) {
                case MONEY -> Money.of(BigDecimal.ZERO, MoneyUnit.YUAN);
                case MONEY_WAN_YUAN -> Money.ofWanYuan(BigDecimal.ZERO);
                case COUNT, SIGNED_COUNT -> Count.of(0);
            });
        }
        return builder;
    }

    /** Sets a row of section 三 to {@code n} 自然人 and a total of {@code total}, the other columns 0. */
    static AnnualReport.Builder row(AnnualReport.Builder builder, String row, int n, int total) {
        return builder.cell("applications." + row + ".naturalPerson", n).cell("applications." + row + ".total", total);
    }

    /** One request received and granted: the smallest report in which section 三 is not all 0. */
    static AnnualReport.Builder oneGranted(Edition edition) {
        AnnualReport.Builder builder = zero(edition);
        row(builder, "newRequests", 1, 1);
        row(builder, "granted", 1, 1);
        return row(builder, "totalHandled", 1, 1);
    }
}
