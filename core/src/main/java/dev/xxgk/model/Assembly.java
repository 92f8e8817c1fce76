package dev.xxgk.model;

import dev.xxgk.template.Cell;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds sections from the flat array of cells in catalogue order. The order of the arguments
 * here is the template's; {@code TemplateTest} checks it cell by cell against the catalogue.
 */
final class Assembly {

    private Assembly() {
    }

    private static Count c(CellValue[] cells, int index) {
        return (Count) cells[index];
    }

    private static Money m(CellValue[] cells, int index) {
        return (Money) cells[index];
    }

    static ProactiveDisclosure proactiveDisclosure(Edition edition, CellValue[] v) {
        return switch (edition) {
            case EDITION_2019 -> new ProactiveDisclosure2019(
                    new PublishedDocuments(c(v, 0), c(v, 1), c(v, 2)),
                    new PublishedDocuments(c(v, 3), c(v, 4), c(v, 5)),
                    new ItemsAndDecisions(c(v, 6), c(v, 7), c(v, 8)),
                    new ItemsAndDecisions(c(v, 9), c(v, 10), c(v, 11)),
                    new ItemsAndDecisions(c(v, 12), c(v, 13), c(v, 14)),
                    new ItemsAndDecisions(c(v, 15), c(v, 16), c(v, 17)),
                    new FeeItems(c(v, 18), c(v, 19)),
                    new Procurement(c(v, 20), m(v, 21)));
            case EDITION_2021 -> new ProactiveDisclosure2021(
                    new DocumentStock(c(v, 0), c(v, 1), c(v, 2)),
                    new DocumentStock(c(v, 3), c(v, 4), c(v, 5)),
                    new Decisions(c(v, 6)),
                    new Decisions(c(v, 7)),
                    new Decisions(c(v, 8)),
                    new FeeIncome(m(v, 9)));
        };
    }

    static Applications applications(Edition edition, Template template, CellValue[] v) {
        int first = firstCell(template, Section.APPLICATIONS);
        int rowCount = edition == Edition.EDITION_2019 ? Applications2019.ROWS : Applications2021.ROWS;
        List<ApplicantCounts> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            int i = first + r * ApplicantCounts.SIZE;
            rows.add(new ApplicantCounts(c(v, i), c(v, i + 1), c(v, i + 2), c(v, i + 3), c(v, i + 4), c(v, i + 5),
                    c(v, i + 6)));
        }
        return edition == Edition.EDITION_2019 ? Applications2019.ofRows(rows) : Applications2021.ofRows(rows);
    }

    static ReconsiderationAndLitigation reconsiderationAndLitigation(Template template, CellValue[] v) {
        int i = firstCell(template, Section.RECONSIDERATION_AND_LITIGATION);
        return new ReconsiderationAndLitigation(
                new CaseOutcomes(c(v, i), c(v, i + 1), c(v, i + 2), c(v, i + 3), c(v, i + 4)),
                new CaseOutcomes(c(v, i + 5), c(v, i + 6), c(v, i + 7), c(v, i + 8), c(v, i + 9)),
                new CaseOutcomes(c(v, i + 10), c(v, i + 11), c(v, i + 12), c(v, i + 13), c(v, i + 14)));
    }

    private static int firstCell(Template template, Section section) {
        for (Cell cell : template.cells()) {
            if (cell.section() == section) {
                return cell.index();
            }
        }
        throw new IllegalStateException("no cell in " + section);
    }
}
