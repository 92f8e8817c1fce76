package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.serialization.ReportFormatException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The text of a cell as the person who filled it typed it, exactly: a text as it is; a number as
 * its exact decimal value ({@code 0.1}, never {@code 0.1000000000000000055}), with the unit and
 * the decimals its number format prints ({@code 0.00"万元"} shows {@code 12.50万元}) but never
 * rounded to them; a date as {@code yyyy-MM-dd}; a formula as its cached value. A formula without
 * a cached value, or a cell holding an error such as {@code #DIV/0!}, is a
 * {@link ReportFormatException} naming the cell: no number is made up for it.
 */
public final class CellText {

    private CellText() {
    }

    /**
     * The text of a cell.
     *
     * @param cell the cell, or null for a cell the sheet does not hold
     * @param where the cell's name for errors, e.g. {@code 表三!C12}
     * @param source the input, for errors
     * @param format the format id, for errors
     * @return the text, empty for an empty cell
     * @throws ReportFormatException for a formula without a cached value or an error value
     */
    public static String of(Cell cell, String where, String source, String format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                throw new ReportFormatException(format, source, 0, 0, where, "=" + cell.getCellFormula(),
                        "a formula without a cached value: the workbook was saved by a program that does not compute"
                                + " formulas; open it in a spreadsheet and save it again, or type the value (expected a value)",
                        null);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case BLANK, _NONE -> "";
            case ERROR -> throw new ReportFormatException(format, source, 0, 0, where, error(cell),
                    cell.getCellType() == CellType.FORMULA
                            ? "a formula whose value is an error (expected a value): =" + cell.getCellFormula()
                            : "an error value (expected a value)",
                    null);
            case FORMULA -> throw new IllegalStateException("a cached value is never a formula");
        };
    }

    private static String error(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            if (date != null) {
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
            }
        }
        String format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
        return decorate(exact(value), format == null ? "General" : format);
    }

    /**
     * The exact decimal a number cell holds: the shortest decimal that reads back as the same
     * binary number, which is what was typed.
     *
     * @param value the number
     * @return the decimal, without exponent and without trailing zeros after the point
     */
    static String exact(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (decimal.scale() < 0) {
            decimal = decimal.setScale(0);
        }
        return decimal.toPlainString();
    }

    /**
     * Pads the decimals the number format prints ({@code 0.00} shows {@code 12.50}) and adds the
     * unit it prints ({@code 0"元"}, {@code 0.00"万元"}, {@code 0\元}); drops nothing: a value with
     * more decimals than the format shows keeps them.
     */
    static String decorate(String number, String format) {
        String section = firstSection(format);
        StringBuilder literal = new StringBuilder();
        int decimals = -1;
        boolean afterPoint = false;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int end = section.indexOf('"', i + 1);
                end = end < 0 ? section.length() : end;
                literal.append(section, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < section.length()) {
                literal.append(section.charAt(++i));
            } else if (c == '[') {
                int end = section.indexOf(']', i + 1);
                i = end < 0 ? section.length() : end;
            } else if (c == '.') {
                afterPoint = true;
                decimals = 0;
            } else if (afterPoint && (c == '0' || c == '#' || c == '?')) {
                if (c == '0') {
                    decimals++;
                }
            } else if (c == '%' || c == 'E' || c == 'e') {
                // a percentage or scientific format prints another number than the value: read the value
                return number;
            }
        }
        String text = number;
        if (decimals > 0) {
            int point = text.indexOf('.');
            int have = point < 0 ? 0 : text.length() - point - 1;
            if (have < decimals) {
                text = (point < 0 ? text + "." : text) + "0".repeat(decimals - have);
            }
        }
        String unit = literal.toString().strip();
        if (unit.equals("元") || unit.equals("万元")) {
            return text + unit;
        }
        return text;
    }

    private static String firstSection(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == ';' && !quoted) {
                return format.substring(0, i);
            }
        }
        return format;
    }
}
