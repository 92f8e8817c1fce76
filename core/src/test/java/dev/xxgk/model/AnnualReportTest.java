package dev.xxgk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnualReportTest {

    private static AnnualReport minimal(Edition edition) {
        return AnnualReport.builder(edition).agency("某机关").year(2023).build();
    }

    /**
     * A report with every cell filled, each with a value of its own (the published reports are in
     * xxgk-fixtures, which depends on this module).
     */
    static AnnualReport filled(Edition edition, String agency, int year, LocalDate publishedOn) {
        AnnualReport.Builder builder = AnnualReport.builder(edition).agency(agency).year(year).publishedOn(publishedOn);
        int n = 1;
        for (Cell cell : Template.of(edition).cells()) {
            builder.cell(cell, cell.kind().isMoney() ? money(builder, cell, n) : Count.of(n));
            n++;
        }
        return builder.build();
    }

    // an amount in the unit the cell's column is in: the builder refuses the other
    private static Money money(AnnualReport.Builder builder, Cell cell, int n) {
        for (MoneyUnit unit : MoneyUnit.values()) {
            Money amount = Money.of(BigDecimal.valueOf(n, 1), unit);
            try {
                builder.cell(cell, amount);
                return amount;
            } catch (IllegalArgumentException wrongUnit) {
                // the next unit
            }
        }
        throw new AssertionError(cell.code() + " takes no amount");
    }

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 26);

    @Test
    void aBuilderLeavesEveryCellBlankAndEveryTextEmpty() {
        AnnualReport report = minimal(Edition.EDITION_2021);
        report.template().cells().forEach(cell -> assertEquals(true, cell.get(report).isBlank(), cell.code()));
        assertEquals(Overview.empty(), report.overview());
        assertEquals("", report.problemsAndImprovements());
        assertEquals(Applications.blank(Edition.EDITION_2021), report.applications());
        assertEquals(ProactiveDisclosure.blank(Edition.EDITION_2021), report.proactiveDisclosure());
        assertEquals(ReconsiderationAndLitigation.blank(), report.reconsiderationAndLitigation());
    }

    @Test
    void constructorsRejectOnlyStructuralImpossibilities() {
        AnnualReport report = minimal(Edition.EDITION_2019);
        assertEquals("year must be in 2008..2100, was 12345",
                assertThrows(IllegalArgumentException.class, () -> report.withYear(12345)).getMessage());
        assertEquals("agency must not be blank",
                assertThrows(IllegalArgumentException.class, () -> report.withAgency(" ")).getMessage());
        assertEquals("agency", assertThrows(NullPointerException.class, () -> report.withAgency(null)).getMessage());
        assertEquals("applications must be of edition 2019, was of edition 2021",
                assertThrows(IllegalArgumentException.class,
                        () -> report.withApplications(Applications.blank(Edition.EDITION_2021))).getMessage());
        assertEquals("proactiveDisclosure must be of edition 2019, was of edition 2021",
                assertThrows(IllegalArgumentException.class,
                        () -> report.withProactiveDisclosure(ProactiveDisclosure2021.blank())).getMessage());
        // a report that does not add up, with a negative count, is still a report
        AnnualReport wrong = report.withCell("applications.granted.total", -1).withCell("applications.newRequests.total", 99);
        assertEquals(Count.of(-1), wrong.cell("applications.granted.total"));
    }

    @Test
    void withCellChangesOneCellAndNothingElse() {
        AnnualReport report = filled(Edition.EDITION_2021, "东营市东营区人民政府办公室", 2023, PUBLISHED)
                .withCell("applications.withheld.thirdPartyRights.commercialEnterprise", 0);
        AnnualReport changed = report.withCell("applications.withheld.thirdPartyRights.commercialEnterprise", 4);
        assertNotEquals(report, changed);
        for (var cell : report.template().cells()) {
            if (!cell.code().equals("applications.withheld.thirdPartyRights.commercialEnterprise")) {
                assertEquals(cell.get(report), cell.get(changed), cell.code());
            }
        }
        assertEquals(Count.of(4), changed.cell("applications.withheld.thirdPartyRights.commercialEnterprise"));
        assertEquals(report, changed.withCell("applications.withheld.thirdPartyRights.commercialEnterprise", 0));
        assertEquals(report, report.toBuilder().build());
        assertEquals(report.hashCode(), report.toBuilder().build().hashCode());
    }

    @Test
    void cellsRefuseValuesOfTheWrongKind() {
        AnnualReport report = minimal(Edition.EDITION_2021);
        assertEquals("applications.granted.total holds a count, was given Money 5元",
                assertThrows(IllegalArgumentException.class,
                        () -> report.withCell("applications.granted.total", Money.parse("5元"))).getMessage());
        assertEquals("proactiveDisclosure.fees.amountWanYuan is in 万元, was given 5元",
                assertThrows(IllegalArgumentException.class,
                        () -> report.withCell("proactiveDisclosure.fees.amountWanYuan", Money.parse("5元"))).getMessage());
        assertEquals("edition 2021 has no cell \"applications.otherHandling.total\"",
                assertThrows(IllegalArgumentException.class,
                        () -> report.withCell("applications.otherHandling.total", 1)).getMessage());
        assertEquals(Money.ofWanYuan(new BigDecimal("1.50")),
                report.withCell("proactiveDisclosure.fees.amountWanYuan", Money.parse("1.50万元"))
                        .cell("proactiveDisclosure.fees.amountWanYuan"));
    }

    @Test
    void theApplicationsBuilderKnowsEachEditionsRows() {
        Applications.Builder builder2021 = Applications.builder(Edition.EDITION_2021);
        assertEquals("applications.otherHandling exists only in edition 2019, this is edition 2021",
                assertThrows(IllegalStateException.class, () -> builder2021.otherHandling(1, 0, 0, 0, 0, 0, 1)).getMessage());
        Applications.Builder builder2019 = Applications.builder(Edition.EDITION_2019);
        assertThrows(IllegalStateException.class, () -> builder2019.otherHandling(OtherHandling.zero()));
        Applications2019 apps = (Applications2019) builder2019.otherHandling(2, 0, 0, 0, 0, 0, 2)
                .carriedForward(1, 0, 0, 0, 0, 0, 1).build();
        assertEquals(ApplicantCounts.of(2, 0, 0, 0, 0, 0, 2), apps.otherHandling());
        assertEquals(ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1), apps.row(22));
        assertThrows(IndexOutOfBoundsException.class, () -> apps.row(23));
        assertThrows(IndexOutOfBoundsException.class, () -> apps.row(-1));
    }

    @Test
    void fieldsReadAndWriteTheirText() {
        AnnualReport report = filled(Edition.EDITION_2021, "东营市东营区人民政府办公室", 2023, PUBLISHED).withOverview(new Overview("总", "一", "二", "三", "四", "五"));
        AnnualReport.Builder builder = AnnualReport.builder(Edition.EDITION_2021);
        for (ReportField field : ReportField.values()) {
            builder.field(field, field.toText(report));
        }
        AnnualReport copy = builder.applications(report.applications())
                .proactiveDisclosure(report.proactiveDisclosure())
                .reconsiderationAndLitigation(report.reconsiderationAndLitigation())
                .build();
        assertEquals(report, copy);
        assertEquals("2024-01-26", ReportField.PUBLISHED_ON.toText(report));
        assertEquals("", ReportField.PUBLISHED_ON.toText(report.withPublishedOn(null)));
        assertEquals("publishedOn must be a date yyyy-MM-dd, was \"2024-1-26\"",
                assertThrows(IllegalArgumentException.class,
                        () -> builder.field(ReportField.PUBLISHED_ON, "2024-1-26")).getMessage());
        assertEquals("edition is 2021 in this builder, was 2019",
                assertThrows(IllegalArgumentException.class, () -> builder.field(ReportField.EDITION, "2019")).getMessage());
        assertEquals(LocalDate.of(2024, 1, 26), copy.publishedOn());
    }

    @Test
    void rowsAreBuiltByNameAndTheEditionIsGivenOnce() {
        ApplicantCounts row = ApplicantCounts.builder().naturalPerson(3).commercialEnterprise(1).total(4).build();
        assertEquals(new ApplicantCounts(Count.of(3), Count.of(1), Count.blank(), Count.blank(), Count.blank(),
                Count.blank(), Count.of(4)), row);
        AnnualReport once = AnnualReport.builder(Edition.EDITION_2021).agency("某县人民政府办公室").year(2023)
                .applications(rows -> rows.newRequests(row))
                .build();
        AnnualReport twice = AnnualReport.builder(Edition.EDITION_2021).agency("某县人民政府办公室").year(2023)
                .applications(Applications.builder(Edition.EDITION_2021).newRequests(row).build())
                .build();
        assertEquals(twice, once);
        assertEquals(Count.of(4), once.cell("applications.newRequests.total"));
        assertTrue(once.cell("applications.granted.total").isBlank());
    }

    @Test
    void toStringIsOneShortLine() {
        AnnualReport report = filled(Edition.EDITION_2021, "东营市东营区人民政府办公室", 2023, PUBLISHED);
        String text = report.toString();
        int cells = report.template().cells().size();
        assertEquals("AnnualReport[2021, 东营市东营区人民政府办公室, 2023, published " + report.publishedOn() + ", " + cells
                + " of " + cells + " cells filled]", text);
        AnnualReport blank = AnnualReport.builder(Edition.EDITION_2019).agency("某县").year(2019).build();
        assertEquals("AnnualReport[2019, 某县, 2019, 0 of " + blank.template().cells().size() + " cells filled]",
                blank.toString());
        AnnualReport blanks = filled(Edition.EDITION_2019, "东营市行政审批服务局", 2020, null)
                .withCell("reconsiderationAndLitigation.reconsideration.total", Count.blank());
        assertEquals("AnnualReport[2019, 东营市行政审批服务局, 2020, " + (blanks.template().cells().size() - 1) + " of "
                + blanks.template().cells().size() + " cells filled]", blanks.toString());
    }
}
