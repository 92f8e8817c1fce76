package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.codec.CellCodec;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks laid out otherwise than the writer lays them out, as offices and other programs make
 * them: each reads to the report it holds.
 */
class XlsxOtherLayoutsTest {

    private static Reading read(byte[] xlsx, String source) {
        return new XlsxFormat().reader().orElseThrow().read(new ByteArrayInputStream(xlsx), source);
    }

    /** The report without its texts, which these workbooks do not hold. */
    private static AnnualReport withoutTexts(AnnualReport report) {
        AnnualReport.Builder builder = report.toBuilder();
        for (ReportField field : ReportField.values()) {
            if (field.isText()) {
                builder.field(field, "");
            }
        }
        return builder.build();
    }

    /**
     * Every table on one sheet under its section's heading, header labels repeated in every
     * column they cover instead of merged, group labels repeated on every row, counts typed as
     * text, and section 三's （七）总计 row a formula over the outcome rows (its value cached, as a
     * spreadsheet saves it).
     */
    static byte[] oneSheet(AnnualReport report, boolean cached) {
        Template template = report.template();
        return Workbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("年报");
            int[] r = {0};
            Workbooks.row(sheet, r[0]++, report.agency() + report.year() + "年政府信息公开工作年度报告");
            if (report.publishedOn() != null) {
                Workbooks.row(sheet, r[0]++, "发布日期：" + report.publishedOn().getYear() + "年"
                        + report.publishedOn().getMonthValue() + "月" + report.publishedOn().getDayOfMonth() + "日");
            }
            for (Section section : List.of(Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS,
                    Section.RECONSIDERATION_AND_LITIGATION)) {
                r[0]++;
                Workbooks.row(sheet, r[0]++, section.heading());
                for (Table table : template.tables(section)) {
                    if (section == Section.RECONSIDERATION_AND_LITIGATION) {
                        List<Object> groups = new ArrayList<>();
                        List<Object> subgroups = new ArrayList<>();
                        List<Object> leaves = new ArrayList<>();
                        List<Object> values = new ArrayList<>();
                        for (Row row : table.rows()) {
                            for (Column column : table.columns()) {
                                groups.add(row.groupLabels().isEmpty() ? row.label() : row.groupLabels().get(0));
                                subgroups.add(row.groupLabels().isEmpty() ? row.label() : row.label());
                                leaves.add(column.label());
                                values.add(text(table.cell(row, column), report));
                            }
                        }
                        Workbooks.row(sheet, r[0]++, groups.toArray());
                        Workbooks.row(sheet, r[0]++, subgroups.toArray());
                        Workbooks.row(sheet, r[0]++, leaves.toArray());
                        Workbooks.row(sheet, r[0]++, values.toArray());
                        continue;
                    }
                    int labels = 0;
                    for (Row row : table.rows()) {
                        labels = Math.max(labels, row.groupLabels().size() + 1);
                    }
                    if (!table.caption().isEmpty()) {
                        Workbooks.row(sheet, r[0]++, table.caption());
                    }
                    int depth = 0;
                    for (Column column : table.columns()) {
                        depth = Math.max(depth, column.groupLabels().size() + 1);
                    }
                    for (int d = 0; d < depth; d++) {
                        Object[] header = new Object[labels + table.columns().size()];
                        header[0] = d == 0 ? table.heading() : null;
                        for (Column column : table.columns()) {
                            List<String> stack = new ArrayList<>(column.groupLabels());
                            stack.add(column.label());
                            header[labels + column.index()] = d < stack.size() ? stack.get(d) : (d == 0 ? null : stack.get(0));
                        }
                        Workbooks.row(sheet, r[0]++, header);
                    }
                    int firstData = r[0];
                    for (Row row : table.rows()) {
                        Object[] cells = new Object[labels + table.columns().size()];
                        for (int k = 0; k < row.groupLabels().size(); k++) {
                            cells[k] = row.groupLabels().get(k);
                        }
                        cells[row.groupLabels().size()] = row.label();
                        for (Column column : table.columns()) {
                            Cell cell = table.cell(row, column);
                            CellValue value = cell.get(report);
                            boolean outcome = section == Section.APPLICATIONS && row.index() >= 2
                                    && !row.code().endsWith("carriedForward");
                            boolean total = row.code().equals("applications.totalHandled");
                            if (total) {
                                String col = CellReference.convertNumToColString(labels + column.index());
                                cells[labels + column.index()] = "=SUM(" + col + (firstData + 3) + ":" + col + r[0] + ")";
                            } else if (outcome && value instanceof Count count && count.isPresent()) {
                                cells[labels + column.index()] = count.value();
                            } else {
                                cells[labels + column.index()] = text(cell, report);
                            }
                        }
                        Workbooks.row(sheet, r[0]++, cells);
                    }
                }
            }
            if (cached) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
        });
    }

    private static String text(Cell cell, AnnualReport report) {
        CellValue value = cell.get(report);
        return value.isBlank() ? "/" : CellCodec.cellText(cell, value);
    }

    @Test
    void allTablesOnOneSheetUnmergedWithNumbersAsTextAndAFormulaTotalReadEqual() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        Reading reading = read(oneSheet(report, true), "one-sheet.xlsx");
        assertEquals(withoutTexts(report), reading.report());
        assertTrue(reading.notes().stream().anyMatch(n -> n.id().equals("xlsx.texts-absent")), reading.notes().toString());
    }

    @Test
    void theOtherEditionAndBlanksAsPlaceholdersReadEqualToo() {
        AnnualReport report = PublishedReports.zhaoyuan2019()
                .withCell("reconsiderationAndLitigation.reconsideration.pending", Count.blank());
        assertEquals(Edition.EDITION_2019, report.edition());
        Reading reading = read(oneSheet(report, true), "one-sheet-2019.xlsx");
        assertEquals(withoutTexts(report), reading.report());
    }

    @Test
    void theFormulaTotalWithoutACachedValueIsAnErrorNamingItsCell() {
        AnnualReport report = PublishedReports.dongyingqu2023();
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(oneSheet(report, false), "one-sheet.xlsx"));
        assertTrue(e.path().startsWith("年报!D"), e.path());
        assertTrue(e.found().startsWith("=SUM(D"), e.found());
    }

    @Test
    void sheetsInAnotherOrderReadEqual() throws IOException {
        AnnualReport report = PublishedReports.dongyingqu2023();
        byte[] written = RoundTrip.write(new XlsxFormat(), report);
        byte[] reordered;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            workbook.setSheetOrder("表四", 1);
            workbook.setSheetOrder("表二", 3);
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            reordered = out.toByteArray();
        }
        Reading reading = read(reordered, "reordered.xlsx");
        assertEquals(report, reading.report());
    }

    private static Reading layoutCsvThroughLibreOffice(AnnualReport report, Path dir) throws IOException {
        Path csv = dir.resolve("layout-" + report.year() + ".csv");
        Files.write(csv, RoundTrip.write(ReportFormats.installed().byId("csv-layout"), report));
        LibreOffice.convert(csv, "xlsx", "CSV:44,34,76,1", dir);
        Path xlsx = dir.resolve("layout-" + report.year() + ".xlsx");
        return read(Files.readAllBytes(xlsx), xlsx.getFileName().toString());
    }

    /**
     * The layout CSV opened by LibreOffice and saved as a workbook: one sheet, group labels in the
     * first cell of their run with empty cells after them (section 四: 行政复议 over five columns,
     * 行政诉讼 over ten, split into 未经复议直接起诉 and 复议后起诉 over five each), numbers as
     * numbers, the date a date. Both editions read equal, with no note on the tables.
     */
    @Test
    void theLayoutCsvConvertedByLibreOfficeReadsEqual(@TempDir Path dir) throws IOException {
        LibreOffice.assumeInstalled();
        for (AnnualReport report : List.of(PublishedReports.dongyingqu2023(), PublishedReports.zhaoyuan2019())) {
            Reading reading = layoutCsvThroughLibreOffice(report, dir);
            assertEquals(report, reading.report(), reading.notes().stream().map(ReadingNote::id).toList().toString());
            assertTrue(reading.notes().stream().noneMatch(n -> n.id().startsWith("published.numbers-")
                    || n.id().equals("published.header-span-unknown")), reading.notes()::toString);
        }
    }
}
