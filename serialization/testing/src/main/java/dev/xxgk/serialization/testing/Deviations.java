package dev.xxgk.serialization.testing;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import dev.xxgk.serialization.spi.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/** Reports that keep a row of the other edition, as 淮安市洪泽区 2023 and 2024 print one, for the format tests. */
public final class Deviations {

    private Deviations() {
    }

    /**
     * 东营区 2023 (edition 2021) printed as 洪泽区 prints section 三: its three rows of （六） blank, and
     * their sum (8, of which 8 from natural persons) in the single 2019 row {@code （六）其他处理}.
     *
     * @return the report
     */
    public static AnnualReport dongyingquAsHongze() {
        AnnualReport.Builder builder = PublishedReports.dongyingqu2023().toBuilder();
        for (Cell cell : Template.of(Edition.EDITION_2021).cells()) {
            if (cell.row().code().startsWith("applications.otherHandling.")) {
                builder.cell(cell, cell.blank());
            }
        }
        Map<String, CellValue> cells = new LinkedHashMap<>();
        int[] values = {8, 0, 0, 0, 0, 0, 8};
        String[] columns = {"naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization",
            "legalServiceAgency", "otherOrganization", "total"};
        for (int i = 0; i < values.length; i++) {
            cells.put(columns[i], Count.of(values[i]));
        }
        return builder.deviation(TemplateDeviation.of(Edition.EDITION_2019, "applications.otherHandling", cells)).build();
    }

    /**
     * Asserts that a format's writer refuses a report with template deviations, naming its first
     * deviating row, and writes nothing: what every writer that has no place for such a row must do.
     *
     * @param format the format whose writer is tried
     * @param report a report with at least one deviation
     */
    public static void assertRefused(ReportFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class,
                () -> format.writer().orElseThrow().write(report, out));
        TemplateDeviation first = report.deviations().get(0);
        String expected = "deviations: the " + format.id() + " writer cannot write the row \"" + first.label()
                + "\" of edition " + first.edition().code() + " (" + first.path() + ")";
        Assertions.assertTrue(e.getMessage().startsWith(expected + " that the report keeps"), e.getMessage());
        Assertions.assertEquals(0, out.size(), "nothing written");
    }
}
