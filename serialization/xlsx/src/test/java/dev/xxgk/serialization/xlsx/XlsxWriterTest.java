package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workbook the writer writes: the official layout, opened back with POI. */
class XlsxWriterTest {

    private static final XlsxFormat FORMAT = new XlsxFormat();

    static XSSFWorkbook written(AnnualReport report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(RoundTrip.write(FORMAT, report)));
    }

    private static String text(XSSFSheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
        XSSFCell cell = sheet.getRow(at.getRow()) == null ? null : sheet.getRow(at.getRow()).getCell(at.getCol());
        if (cell == null) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    private static Set<String> merged(XSSFSheet sheet) {
        return sheet.getMergedRegions().stream().map(r -> r.formatAsString()).collect(Collectors.toSet());
    }

    @Test
    void bothFormatsAreInstalledUnderTheirIdsAndExtensions() {
        assertTrue(ReportFormats.installed().byId("xlsx") instanceof XlsxFormat);
        assertTrue(ReportFormats.installed().byId("xls") instanceof XlsFormat);
        assertEquals(List.of("xlsx"), FORMAT.fileExtensions());
        assertTrue(new XlsFormat().writer().isEmpty());
        assertTrue(new XlsFormat().reader().isPresent());
    }

    @Test
    void theWorkbookHasTheReportSheetThenOneSheetPerSection() throws IOException {
        try (XSSFWorkbook workbook = written(PublishedReports.dongyingqu2023())) {
            assertEquals(4, workbook.getNumberOfSheets());
            assertEquals(List.of("报告", "表二", "表三", "表四"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)));
            XSSFSheet report = workbook.getSheet("报告");
            assertEquals("东营市东营区人民政府办公室2023年政府信息公开工作年度报告", text(report, "A1"));
            assertEquals("报告格式", text(report, "A3"));
            assertEquals("2021", text(report, "B3"));
            assertEquals("报告机关", text(report, "A4"));
            assertEquals("东营市东营区人民政府办公室", text(report, "B4"));
            assertEquals("2023.0", text(report, "B5"));
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(report.getRow(5).getCell(1)));
            assertEquals(java.time.LocalDate.of(2024, 1, 26), report.getRow(5).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("一、总体情况", text(report, "A8"));
        }
    }

    @Test
    void theHeaderOfSectionThreeIsMergedAsTheTemplateMergesIt() throws IOException {
        try (XSSFWorkbook workbook = written(PublishedReports.dongyingqu2023())) {
            XSSFSheet sheet = workbook.getSheet("表三");
            Set<String> merged = merged(sheet);
            // heading over the three label columns and both header rows; 自然人 and 总计 down both rows
            assertTrue(merged.containsAll(Set.of("A1:J1", "A3:C4", "D3:D4", "E3:I3", "J3:J4")), merged.toString());
            assertEquals(Section.APPLICATIONS.heading(), text(sheet, "A1"));
            Table table = Template.of(Edition.EDITION_2021).tables(Section.APPLICATIONS).get(0);
            assertEquals(table.heading(), text(sheet, "A3"));
            assertEquals("自然人", text(sheet, "D3"));
            assertEquals("法人或其他组织", text(sheet, "E3"));
            List<Column> columns = table.columns();
            for (int j = 1; j <= 5; j++) {
                assertEquals(columns.get(j).label(), text(sheet, (char) ('D' + j) + "4"));
            }
            assertEquals("总计", text(sheet, "J3"));
            // rows: the first two span the three label columns, 三、本年度办理结果 spans its group down
            List<Row> rows = table.rows();
            assertEquals(rows.get(0).label(), text(sheet, "A5"));
            assertTrue(merged.contains("A5:C5"));
            assertEquals("三、本年度办理结果", text(sheet, "A7"));
            int last = 7 + rows.indexOf(Template.of(Edition.EDITION_2021).findCell("applications.totalHandled.total")
                    .orElseThrow().row()) - 2;
            assertTrue(merged.contains("A7:A" + last), merged.toString());
            assertEquals("（三）不予公开", text(sheet, "B9"));
            assertTrue(merged.contains("B9:B16"), merged.toString());
            assertEquals("1.属于国家秘密", text(sheet, "C9"));
            assertEquals("18.0", text(sheet, "D5"));
        }
    }

    @Test
    void sectionFourIsThreeHeaderRowsOverOneRowOfFifteenNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(PublishedReports.dongyingqu2023())) {
            XSSFSheet sheet = workbook.getSheet("表四");
            Set<String> merged = merged(sheet);
            assertTrue(merged.containsAll(Set.of("A3:E4", "F3:O3", "F4:J4", "K4:O4")), merged.toString());
            assertEquals("行政复议", text(sheet, "A3"));
            assertEquals("行政诉讼", text(sheet, "F3"));
            assertEquals("未经复议直接起诉", text(sheet, "F4"));
            assertEquals("复议后起诉", text(sheet, "K4"));
            assertEquals("结果维持", text(sheet, "A5"));
            assertEquals("总计", text(sheet, "O5"));
            assertEquals(5, sheet.getLastRowNum());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void sectionTwoHasEachBandsCaptionHeaderAndRows(Edition edition) throws IOException {
        AnnualReport report = dev.xxgk.testkit.ReportGenerator.valid(new java.util.SplittableRandom(7), edition);
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet sheet = workbook.getSheet("表二");
            int r = 2;
            for (Table table : Template.of(edition).tables(Section.PROACTIVE_DISCLOSURE)) {
                assertEquals(table.caption(), sheet.getRow(r).getCell(0).getStringCellValue());
                assertEquals("信息内容", sheet.getRow(r + 1).getCell(0).getStringCellValue());
                for (Column column : table.columns()) {
                    assertEquals(column.label(), sheet.getRow(r + 1).getCell(1 + column.index()).getStringCellValue());
                }
                r += 2;
                for (Row row : table.rows()) {
                    assertEquals(row.label(), sheet.getRow(r).getCell(0).getStringCellValue());
                    r++;
                }
            }
        }
    }

    @Test
    void countsAreIntegersBlanksAreEmptyCells() throws IOException {
        AnnualReport report = PublishedReports.dongyingqu2023()
                .withCell("applications.newRequests.naturalPerson", Count.blank());
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet sheet = workbook.getSheet("表三");
            XSSFCell blank = sheet.getRow(4).getCell(3);
            assertEquals(CellType.BLANK, blank.getCellType());
            XSSFCell count = sheet.getRow(4).getCell(9);
            assertEquals(CellType.NUMERIC, count.getCellType());
            assertEquals("0", count.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void headersAreFrozenColumnsFitTheirLabelsAndPagesFitTheirWidth() throws IOException {
        try (XSSFWorkbook workbook = written(PublishedReports.dongyingqu2023())) {
            XSSFSheet sheet = workbook.getSheet("表三");
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(4, pane.getHorizontalSplitPosition());
            assertEquals(3, pane.getVerticalSplitPosition());
            assertTrue(sheet.getFitToPage());
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(CellRangeAddress.valueOf("1:4").formatAsString(), sheet.getRepeatingRows().formatAsString());
            // 法律服务机构 is six CJK characters, twelve character widths
            assertTrue(sheet.getColumnWidth(7) >= 12 * 256, Integer.toString(sheet.getColumnWidth(7)));
            assertTrue(sheet.getColumnWidth(0) <= 255 * 256);
        }
    }

    @Test
    void aTextLongerThanACellHoldsGoesOnToTheRight() throws IOException {
        StringBuilder varied = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        while (varied.length() < 40_000) {
            varied.append((char) (0x4E00 + random.nextInt(3000)));
        }
        String longText = varied.toString();
        AnnualReport report = PublishedReports.dongyingqu2023().withOtherMatters(longText);
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet sheet = workbook.getSheet("报告");
            org.apache.poi.ss.usermodel.Row row = null;
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                if (r.getCell(0) != null && "六、其他需要报告的事项".equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertFalse(row == null);
            assertEquals(32_767, row.getCell(1).getStringCellValue().length());
            assertEquals(40_000 - 32_767, row.getCell(2).getStringCellValue().length());
            assertNull(row.getCell(3));
        }
    }
}
