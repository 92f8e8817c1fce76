package dev.xxgk.serialization.testing;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;

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
}
