package dev.xxgk.serialization.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in tests, as other programs and people lay them out. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] xlsx(Consumer<XSSFWorkbook> build) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            build.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a row's cells from the left: a Number as a number cell, a String starting with = as a formula, else text. */
    static void row(org.apache.poi.ss.usermodel.Sheet sheet, int r, Object... values) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof String s && s.startsWith("=")) {
                cell.setCellFormula(s.substring(1));
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
