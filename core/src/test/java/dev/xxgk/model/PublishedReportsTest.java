package dev.xxgk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.template.Cell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three published reports, built from their real figures, read back cell by cell by code.
 * The expectations list the cells that are neither 0 nor filled alike; every other cell of the
 * edition must read 0.
 */
class PublishedReportsTest {

    private static void assertCells(AnnualReport report, Map<String, CellValue> special, Set<String> blank) {
        int checked = 0;
        for (Cell cell : report.template().cells()) {
            CellValue expected;
            if (blank.contains(cell.code())) {
                expected = cell.blank();
            } else {
                expected = special.getOrDefault(cell.code(), Count.of(0));
            }
            assertEquals(expected, report.cell(cell.code()), cell.code());
            checked++;
        }
        assertEquals(report.template().cells().size(), checked);
        for (String code : special.keySet()) {
            assertTrue(report.template().findCell(code).isPresent(), code);
        }
    }

    private static Count n(int value) {
        return Count.of(value);
    }

    @Test
    void zhaoyuan2019() {
        AnnualReport report = PublishedReports.zhaoyuan2019();
        assertEquals(Edition.EDITION_2019, report.edition());
        assertEquals("招远市人民政府办公室", report.agency());
        assertEquals(2019, report.year());
        assertEquals(null, report.publishedOn());
        assertCells(report, Map.ofEntries(
                Map.entry("proactiveDisclosure.normativeDocuments.newlyMade", n(4)),
                Map.entry("proactiveDisclosure.normativeDocuments.newlyPublished", n(4)),
                Map.entry("proactiveDisclosure.normativeDocuments.totalPublished", n(16)),
                Map.entry("proactiveDisclosure.otherServices.previousYearItems", n(2)),
                Map.entry("proactiveDisclosure.procurement.projects", n(1)),
                Map.entry("proactiveDisclosure.procurement.totalAmount",
                        Money.of(new BigDecimal("1500084"), MoneyUnit.YUAN)),
                Map.entry("applications.newRequests.naturalPerson", n(12)),
                Map.entry("applications.newRequests.total", n(12)),
                Map.entry("applications.granted.naturalPerson", n(3)),
                Map.entry("applications.granted.total", n(3)),
                Map.entry("applications.partiallyGranted.naturalPerson", n(5)),
                Map.entry("applications.partiallyGranted.total", n(5)),
                Map.entry("applications.unavailable.notHeld.naturalPerson", n(2)),
                Map.entry("applications.unavailable.notHeld.total", n(2)),
                Map.entry("applications.otherHandling.naturalPerson", n(2)),
                Map.entry("applications.otherHandling.total", n(2)),
                Map.entry("applications.totalHandled.naturalPerson", n(12)),
                Map.entry("applications.totalHandled.total", n(12))),
                Set.of());
    }

    @Test
    void dongyingXzsp2020() {
        AnnualReport report = PublishedReports.dongyingXzsp2020();
        assertEquals(Edition.EDITION_2019, report.edition());
        assertEquals("东营市行政审批服务局", report.agency());
        assertEquals(2020, report.year());
        assertCells(report, Map.ofEntries(
                Map.entry("proactiveDisclosure.normativeDocuments.newlyMade", n(1)),
                Map.entry("proactiveDisclosure.normativeDocuments.newlyPublished", n(1)),
                Map.entry("proactiveDisclosure.normativeDocuments.totalPublished", n(1)),
                Map.entry("proactiveDisclosure.licensing.previousYearItems", n(94)),
                Map.entry("proactiveDisclosure.licensing.change", n(25)),
                Map.entry("proactiveDisclosure.licensing.decisions", n(15592)),
                Map.entry("proactiveDisclosure.otherServices.previousYearItems", n(22)),
                Map.entry("proactiveDisclosure.otherServices.change", n(-5)),
                Map.entry("proactiveDisclosure.otherServices.decisions", n(45338)),
                Map.entry("proactiveDisclosure.procurement.projects", n(4)),
                Map.entry("proactiveDisclosure.procurement.totalAmount",
                        Money.of(new BigDecimal("608"), MoneyUnit.WAN_YUAN)),
                Map.entry("applications.newRequests.naturalPerson", n(3)),
                Map.entry("applications.newRequests.total", n(3)),
                Map.entry("applications.granted.naturalPerson", n(1)),
                Map.entry("applications.granted.total", n(1)),
                Map.entry("applications.unavailable.notHeld.naturalPerson", n(1)),
                Map.entry("applications.unavailable.notHeld.total", n(1)),
                Map.entry("applications.notProcessed.duplicate.naturalPerson", n(1)),
                Map.entry("applications.notProcessed.duplicate.total", n(1)),
                Map.entry("applications.totalHandled.naturalPerson", n(3)),
                Map.entry("applications.totalHandled.total", n(3))),
                Set.of("reconsiderationAndLitigation.reconsideration.upheld",
                        "reconsiderationAndLitigation.reconsideration.corrected",
                        "reconsiderationAndLitigation.reconsideration.other",
                        "reconsiderationAndLitigation.reconsideration.pending",
                        "reconsiderationAndLitigation.reconsideration.total"));
    }

    @Test
    void dongyingqu2023() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        assertEquals(Edition.EDITION_2021, report.edition());
        assertEquals("东营市东营区人民政府办公室", report.agency());
        assertEquals(2023, report.year());
        assertEquals(LocalDate.of(2024, 1, 26), report.publishedOn());
        assertCells(report, Map.ofEntries(
                Map.entry("proactiveDisclosure.normativeDocuments.issued", n(1)),
                Map.entry("proactiveDisclosure.normativeDocuments.inForce", n(7)),
                Map.entry("proactiveDisclosure.fees.amountWanYuan", Money.ofWanYuan(BigDecimal.ZERO)),
                Map.entry("applications.newRequests.naturalPerson", n(18)),
                Map.entry("applications.newRequests.total", n(18)),
                Map.entry("applications.granted.naturalPerson", n(2)),
                Map.entry("applications.granted.total", n(2)),
                Map.entry("applications.partiallyGranted.naturalPerson", n(5)),
                Map.entry("applications.partiallyGranted.total", n(5)),
                Map.entry("applications.withheld.stateSecret.naturalPerson", n(2)),
                Map.entry("applications.withheld.stateSecret.total", n(2)),
                Map.entry("applications.unavailable.notHeld.naturalPerson", n(1)),
                Map.entry("applications.unavailable.notHeld.total", n(1)),
                Map.entry("applications.otherHandling.noCorrection.naturalPerson", n(1)),
                Map.entry("applications.otherHandling.noCorrection.total", n(1)),
                Map.entry("applications.otherHandling.other.naturalPerson", n(7)),
                Map.entry("applications.otherHandling.other.total", n(7)),
                Map.entry("applications.totalHandled.naturalPerson", n(18)),
                Map.entry("applications.totalHandled.total", n(18))),
                Set.of());
    }

    @Test
    void typedAccessAgreesWithAccessByCode() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        Applications2021 applications = (Applications2021) report.applications();
        assertEquals(report.cell("applications.otherHandling.other.total"), applications.otherHandling().other().total());
        assertEquals(report.cell("applications.withheld.stateSecret.naturalPerson"),
                applications.withheld().stateSecret().naturalPerson());
        ProactiveDisclosure2021 proactive = (ProactiveDisclosure2021) report.proactiveDisclosure();
        assertEquals(report.cell("proactiveDisclosure.normativeDocuments.inForce"), proactive.normativeDocuments().inForce());
    }

    @Test
    void theFixtureTextsAreBundled() {
        assertTrue(PublishedReports.text(PublishedReports.ZHAOYUAN_2019).contains("招远市人民政府办公室"));
        assertTrue(PublishedReports.text(PublishedReports.DONGYING_XZSP_2020).contains("东营市行政审批服务局"));
        assertTrue(PublishedReports.text(PublishedReports.DONGYINGQU_2023).contains("东营市东营区人民政府办公室"));
    }
}
