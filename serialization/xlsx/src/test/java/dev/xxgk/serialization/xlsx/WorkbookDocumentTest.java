package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.serialization.xlsx.internal.WorkbookDocument;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook front end: what the pipeline is handed, cell by cell. */
class WorkbookDocumentTest {

    private static Document document(byte[] xlsx) {
        return XlsxFormat.readDocument(new ByteArrayInputStream(xlsx), "book.xlsx");
    }

    private static List<Grid> grids(Document document) {
        return document.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b).toList();
    }

    private static GridCell at(Grid grid, String ref) {
        for (var row : grid.rows()) {
            for (GridCell cell : row.cells()) {
                if (cell.location() instanceof Location.SheetCell c && c.cell().equals(ref)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + ref + " in the grid");
    }

    @Test
    void theWrittenWorkbookIsTheHeaderTheTitleAndOneGridPerSection() {
        Document document = document(RoundTrip.write(new XlsxFormat(), PublishedReports.dongyingqu2023()));
        assertEquals("book.xlsx", document.source());
        Map<String, String> meta = document.metadata().stream().collect(Collectors.toMap(MetaField::name, MetaField::value));
        assertEquals("东营市东营区人民政府办公室", meta.get("报告机关"));
        assertEquals("2023", meta.get("报告年度"));
        assertEquals("2024-01-26", meta.get("发布日期"));
        assertEquals("2021", meta.get("报告格式"));
        Block first = document.blocks().get(0);
        assertEquals(new Paragraph("东营市东营区人民政府办公室2023年政府信息公开工作年度报告", Location.cell("报告", "A1")), first);
        List<String> paragraphs = document.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
                .toList();
        assertTrue(paragraphs.containsAll(List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况")), paragraphs.toString());
        List<Grid> grids = grids(document);
        assertEquals(3, grids.size());
        assertTrue(grids.stream().allMatch(Grid::columnsKnown));
        Grid three = grids.get(1);
        assertEquals(Location.cell("表三", "A3"), three.location());
        assertEquals(27, three.rows().size());
        assertTrue(three.rows().stream().allMatch(r -> r.cells().size() == 10));
        // merged cells expanded: the copies carry the text, marked spanned
        assertEquals(new GridCell("自然人", Location.cell("表三", "D3"), false), at(three, "D3"));
        assertEquals(new GridCell("自然人", Location.cell("表三", "D4"), true), at(three, "D4"));
        assertEquals(new GridCell("法人或其他组织", Location.cell("表三", "I3"), true), at(three, "I3"));
        assertEquals(new GridCell("三、本年度办理结果", Location.cell("表三", "A20"), true), at(three, "A20"));
        assertEquals(GridCell.of("18", Location.cell("表三", "D5")), at(three, "D5"));
        Grid four = grids.get(2);
        assertEquals(4, four.rows().size());
        assertEquals(15, four.rows().get(3).cells().size());
    }

    @Test
    void cellsAreReadAsTypedWithMergedAreasExpanded() {
        byte[] xlsx = Workbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("表三");
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00\"万元\""));
            Workbooks.row(sheet, 0, "信息内容", "商业\n企业", "总计", "金额");
            Workbooks.row(sheet, 1, "规章", 0.1, "=B2+1", 12.5);
            sheet.getRow(1).getCell(3).setCellStyle(twoDecimals);
            Workbooks.row(sheet, 2, "行政许可", "１２", "/", "增 25");
            Workbooks.row(sheet, 3, "行政处罚", 1e15, "—", "无");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A3:A4"));
            org.apache.poi.ss.usermodel.FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
        });
        Grid grid = grids(document(xlsx)).get(0);
        assertEquals("商业企业", at(grid, "B1").text());
        assertEquals("0.1", at(grid, "B2").text());
        assertEquals("1.1", at(grid, "C2").text());
        assertEquals("12.50万元", at(grid, "D2").text());
        assertEquals("１２", at(grid, "B3").text());
        assertEquals("/", at(grid, "C3").text());
        assertEquals("增 25", at(grid, "D3").text());
        assertEquals("1000000000000000", at(grid, "B4").text());
        assertEquals("—", at(grid, "C4").text());
        assertEquals("无", at(grid, "D4").text());
        assertEquals(new GridCell("行政许可", Location.cell("表三", "A4"), true), at(grid, "A4"));
    }

    @Test
    void aFormulaWithoutCachedValueIsAnErrorNamingTheCell() {
        byte[] xlsx = Workbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("表三");
            Workbooks.row(sheet, 0, "信息内容", "总计");
            for (int r = 1; r < 11; r++) {
                Workbooks.row(sheet, r, "行" + r, r);
            }
            Workbooks.row(sheet, 11, "合计", null, "=SUM(B2:B11)");
        });
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> document(xlsx));
        assertEquals("表三!C12", e.path());
        assertEquals("=SUM(B2:B11)", e.found());
        assertTrue(e.getMessage().startsWith("book.xlsx: 表三!C12: a formula without a cached value"), e.getMessage());
    }

    @Test
    void aFormulaWhoseValueIsAnErrorIsAnErrorNamingTheCell() {
        byte[] xlsx = Workbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("表二");
            Workbooks.row(sheet, 0, "信息内容", 1, 0, "=B1/C1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> document(xlsx));
        assertEquals("表二!D1", e.path());
        assertEquals("#DIV/0!", e.found());
    }

    @Test
    void labelValueRowsBecomeMetadataAndTheTextsAreKeptExactly() throws Exception {
        String text = "  第一行\n\n\t第二行 “引号”, =SUM(A1) \r\n末行  ";
        byte[] xlsx = Workbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("封面");
            Workbooks.row(sheet, 0, "某某县自然资源局2022年政府信息公开工作年度报告");
            Workbooks.row(sheet, 2, "发布机构：", "某某县自然资源局");
            Workbooks.row(sheet, 3, "公开日期", "2023年1月30日");
            Workbooks.row(sheet, 4, "五、存在的主要问题及改进情况", text);
        });
        Document document = document(xlsx);
        // stated to the pipeline under the fields' own labels, whatever name the row gives them
        assertEquals(List.of(new MetaField("报告机关", "某某县自然资源局", Location.cell("封面", "B3")),
                new MetaField("发布日期", "2023年1月30日", Location.cell("封面", "B4"))), document.metadata());
        assertEquals(List.of(new Paragraph("某某县自然资源局2022年政府信息公开工作年度报告", Location.cell("封面", "A1"))),
                document.blocks());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var result = WorkbookDocument.read(workbook, "book.xlsx", "xlsx");
            assertEquals(text, result.fields().get(dev.xxgk.template.ReportField.PROBLEMS_AND_IMPROVEMENTS).text());
            assertFalse(result.notes().stream().anyMatch(n -> n.id().equals("xlsx.texts-absent")));
        }
    }

    @Test
    void theWriterKeepsTextsThatLookLikeTheFormatsEscapes() throws Exception {
        String text = "_x0041_ 与 _x005F_ 原样\r\n" + "长".repeat(10);
        byte[] xlsx = RoundTrip.write(new XlsxFormat(), PublishedReports.dongyingqu2023().withOtherMatters(text)
                .withAgency("_x0042_局"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var result = WorkbookDocument.read(workbook, "book.xlsx", "xlsx");
            assertEquals(text, result.fields().get(dev.xxgk.template.ReportField.OTHER_MATTERS).text());
            assertEquals("_x0042_局", result.fields().get(dev.xxgk.template.ReportField.AGENCY).text());
        }
    }

    @Test
    void aWorkbookWithoutTextsSaysSoAndHiddenSheetsAreLeftOutWithANote() throws Exception {
        byte[] xlsx = Workbooks.xlsx(workbook -> {
            Workbooks.row(workbook.createSheet("表"), 0, "信息内容", "本年制发件数");
            Workbooks.row(workbook.createSheet("旧表"), 0, "信息内容", "本年制发件数");
            workbook.setSheetHidden(1, true);
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var result = WorkbookDocument.read(workbook, "book.xlsx", "xlsx");
            assertEquals(1, grids(result.document()).size());
            assertEquals(List.of("xlsx.sheet-hidden", "xlsx.texts-absent"), result.notes().stream().map(n -> n.id()).toList());
            assertEquals("The hidden sheet \"旧表\" was not read.", result.notes().get(0).message(Locale.ENGLISH));
            assertEquals("隐藏的工作表“旧表”未读取。", result.notes().get(0).message(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void aMergeOverAWholeSheetIsExpandedOnlyOverTheUsedArea() {
        byte[] xlsx = Workbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("表");
            Workbooks.row(sheet, 0, "信息内容", "本年制发件数");
            Workbooks.row(sheet, 1, "规章", 3);
            sheet.addMergedRegion(CellRangeAddress.valueOf("C1:AZ100000"));
        });
        Grid grid = grids(document(xlsx)).get(0);
        assertEquals(2, grid.rows().size());
        assertEquals(2, grid.rows().get(0).cells().size());
    }
}
