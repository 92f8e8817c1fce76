package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.codec.TemplateDeviations;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.xlsx.internal.SheetLayout.Label;
import dev.xxgk.serialization.xlsx.internal.SheetLayout.Placed;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one report as a workbook in the official layout: a sheet {@value #REPORT_SHEET} with the
 * title, the header fields and the texts, then one sheet per section with tables
 * ({@code 表二}, {@code 表三}, {@code 表四}) laid out by {@link SheetLayout}.
 */
public final class XlsxWriter implements ReportWriter {

    /** The name of the sheet of the header fields and the texts. */
    public static final String REPORT_SHEET = "报告";

    /** The longest text one cell holds; a longer text goes on in the cells to its right. */
    public static final int CELL_LIMIT = 32_767;

    /** Sheet names of the sections with tables. */
    public static final Map<Section, String> SHEETS = new EnumMap<>(Map.of(
            Section.PROACTIVE_DISCLOSURE, "表二",
            Section.APPLICATIONS, "表三",
            Section.RECONSIDERATION_AND_LITIGATION, "表四"));

    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 8;

    @Override
    public void write(AnnualReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        // no sheet holds a row of another edition yet: refused, not dropped
        TemplateDeviations.requireNone(report, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            reportSheet(workbook, styles, report);
            for (Section section : Section.values()) {
                if (section.hasTables()) {
                    tableSheet(workbook, styles, report, SheetLayout.of(report.edition(), section));
                }
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static final java.util.regex.Pattern ESCAPE_LIKE = java.util.regex.Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    /**
     * A text as a cell holds it: the workbook format reads {@code _xHHHH_} as the character HHHH,
     * so a text that holds such a sequence has its underscore written as {@code _x005F_}.
     */
    static String cellString(String text) {
        return text.indexOf("_x") < 0 ? text : ESCAPE_LIKE.matcher(text).replaceAll("_x005F_$1");
    }

    /** The title a report's first sheet starts with, as agencies title their reports. */
    static String title(AnnualReport report) {
        return report.agency() + report.year() + "年政府信息公开工作年度报告";
    }

    private static void reportSheet(XSSFWorkbook workbook, Styles styles, AnnualReport report) {
        XSSFSheet sheet = workbook.createSheet(REPORT_SHEET);
        XSSFCell title = sheet.createRow(0).createCell(0);
        title.setCellValue(cellString(title(report)));
        title.setCellStyle(styles.heading);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        int row = 2;
        int labelWidth = MIN_WIDTH;
        for (ReportField field : ReportField.values()) {
            if (field == ReportField.OVERVIEW_TEXT) {
                row++;
            }
            XSSFRow line = sheet.createRow(row++);
            XSSFCell label = line.createCell(0);
            label.setCellValue(field.label());
            label.setCellStyle(styles.label);
            labelWidth = Math.max(labelWidth, displayWidth(field.label()));
            switch (field) {
                case YEAR -> {
                    XSSFCell value = line.createCell(1);
                    value.setCellValue(report.year());
                    value.setCellStyle(styles.count);
                }
                case PUBLISHED_ON -> {
                    XSSFCell value = line.createCell(1);
                    if (report.publishedOn() != null) {
                        value.setCellValue(report.publishedOn());
                        value.setCellStyle(styles.date);
                    } else {
                        value.setCellStyle(styles.text);
                    }
                }
                default -> {
                    String text = field.toText(report);
                    int column = 1;
                    // a cell holds at most CELL_LIMIT characters: a longer text goes on to the right
                    for (int start = 0; start < text.length() || column == 1; column++) {
                        int end = Math.min(text.length(), start + CELL_LIMIT);
                        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                            end--;
                        }
                        String piece = cellString(text.substring(start, end));
                        while (piece.length() > CELL_LIMIT) {
                            end -= piece.length() - CELL_LIMIT;
                            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                                end--;
                            }
                            piece = cellString(text.substring(start, end));
                        }
                        XSSFCell value = line.createCell(column);
                        if (end > start) {
                            value.setCellValue(piece);
                        }
                        value.setCellStyle(field.isText() ? styles.wrapped : styles.text);
                        start = end;
                    }
                }
            }
        }
        sheet.setColumnWidth(0, width(labelWidth));
        sheet.setColumnWidth(1, width(MAX_WIDTH + 20));
        printSetup(sheet, false);
    }

    private static void tableSheet(XSSFWorkbook workbook, Styles styles, AnnualReport report, SheetLayout layout) {
        XSSFSheet sheet = workbook.createSheet(SHEETS.get(layout.section()));
        XSSFRow[] rows = new XSSFRow[layout.rows()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = sheet.createRow(r);
        }
        int[] widths = new int[layout.width()];
        java.util.Arrays.fill(widths, MIN_WIDTH);
        for (Label label : layout.labels()) {
            CellStyle style = switch (label.kind()) {
                case HEADING -> styles.heading;
                case CAPTION -> styles.caption;
                case HEADER -> styles.header;
                case LABEL -> styles.label;
            };
            for (int r = label.firstRow(); r <= label.lastRow(); r++) {
                for (int c = label.firstColumn(); c <= label.lastColumn(); c++) {
                    XSSFCell cell = rows[r].createCell(c);
                    cell.setCellStyle(style);
                    if (r == label.firstRow() && c == label.firstColumn()) {
                        cell.setCellValue(label.text());
                    }
                }
            }
            if (label.merged()) {
                sheet.addMergedRegion(new CellRangeAddress(label.firstRow(), label.lastRow(), label.firstColumn(),
                        label.lastColumn()));
            }
            if (label.kind() == SheetLayout.Kind.HEADER || label.kind() == SheetLayout.Kind.LABEL) {
                int span = label.lastColumn() - label.firstColumn() + 1;
                int need = (displayWidth(label.text()) + span - 1) / span;
                for (int c = label.firstColumn(); c <= label.lastColumn(); c++) {
                    widths[c] = Math.max(widths[c], need);
                }
            }
        }
        for (Placed placed : layout.cells()) {
            XSSFCell cell = rows[placed.row()].createCell(placed.column());
            CellValue value = placed.cell().get(report);
            CellKind kind = placed.cell().kind();
            if (value.isBlank()) {
                cell.setCellStyle(styles.count);
            } else if (value instanceof Count count) {
                cell.setCellValue(count.value());
                cell.setCellStyle(styles.count);
            } else {
                Money money = (Money) value;
                writeMoney(cell, money, kind, styles);
            }
            widths[placed.column()] = Math.max(widths[placed.column()], displayWidth(value.toText()));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, width(Math.min(widths[c], MAX_WIDTH)));
        }
        sheet.createFreezePane(layout.labelColumns(), layout.headerRows());
        sheet.setRepeatingRows(new CellRangeAddress(0, layout.headerRows() - 1, -1, -1));
        printSetup(sheet, layout.width() > 8);
    }

    /**
     * Money as a number when a binary floating-point number holds it exactly, with a number format
     * that shows exactly its decimals and, for an amount with a unit, the unit; as text otherwise.
     */
    private static void writeMoney(XSSFCell cell, Money money, CellKind kind, Styles styles) {
        BigDecimal amount = money.amount();
        boolean exact = amount.precision() <= 15 && amount.scale() >= 0 && amount.scale() <= 10
                && new BigDecimal(Double.toString(amount.doubleValue())).compareTo(amount) == 0;
        String unit = kind == CellKind.MONEY ? money.unit().symbol() : "";
        if (exact) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(styles.money(amount.scale(), unit));
        } else {
            cell.setCellValue(kind == CellKind.MONEY ? money.toText() : amount.toPlainString());
            cell.setCellStyle(styles.text);
        }
    }

    private static void printSetup(XSSFSheet sheet, boolean landscape) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }

    /** The width of a text in character widths: a CJK or full-width character counts two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += c >= 0x1100 ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    private static int width(int characters) {
        return Math.min(255, characters + 2) * 256;
    }

    /** The workbook's cell styles, made once per workbook. */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        final CellStyle heading;
        final CellStyle caption;
        final CellStyle header;
        final CellStyle label;
        final CellStyle count;
        final CellStyle date;
        final CellStyle text;
        final CellStyle wrapped;
        private final Map<String, CellStyle> money = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            heading = workbook.createCellStyle();
            heading.setFont(big);
            heading.setAlignment(HorizontalAlignment.CENTER);
            caption = bordered();
            caption.setFont(bold);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            label = bordered();
            label.setWrapText(true);
            count = bordered();
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            count.setAlignment(HorizontalAlignment.RIGHT);
            date = bordered();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.LEFT);
            text = bordered();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            wrapped = bordered();
            wrapped.setDataFormat(workbook.createDataFormat().getFormat("@"));
            wrapped.setWrapText(true);
        }

        CellStyle money(int scale, String unit) {
            String format = (scale == 0 ? "0" : "0." + "0".repeat(scale)) + (unit.isEmpty() ? "" : "\"" + unit + "\"");
            return money.computeIfAbsent(format, f -> {
                CellStyle style = bordered();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                style.setAlignment(HorizontalAlignment.RIGHT);
                return style;
            });
        }

        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
