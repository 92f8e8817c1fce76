package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.template.ReportField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The workbook front end of the reading pipeline: the sheets of a workbook as the neutral
 * {@link Document}, and the header fields and texts its label/value rows state.
 *
 * <p>Sheets are read in order, hidden sheets left out with a note. On each sheet the cells are
 * read as typed ({@link CellText}), merged areas expanded (the copies {@linkplain GridCell#spanned()
 * spanned}), and the rows split where a row is empty:
 *
 * <ul>
 *   <li>a <em>field row</em>, whose first cell is the label of a header field or of a text
 *       ({@code 报告机关}, {@code 发布日期}, {@code 一、总体情况}, …, with the usual other names
 *       such as {@code 发布机构} or {@code 公开日期}) and whose next cells hold its value, becomes a
 *       {@link MetaField} (header fields) or a text, read exactly as the cells hold it;</li>
 *   <li>a row of one text above a table or on its own (the title, a section's heading) becomes a
 *       {@link Paragraph};</li>
 *   <li>every other run of rows becomes a {@link Grid} whose columns are known: cell {@code i} of
 *       every row is column {@code i} of the sheet counted from the run's first used column.</li>
 * </ul>
 *
 * <p>Which grid is which template table, and which cell is which, is for the pipeline to decide.
 */
public final class WorkbookDocument {

    /**
     * A value a label/value row states.
     *
     * @param field the field
     * @param text the value as the cells hold it (the texts exactly, the header fields trimmed)
     * @param location the first value cell
     * @param labelText the label as printed
     */
    public record Stated(ReportField field, String text, Location location, String labelText) {
    }

    /**
     * What the front end made of a workbook.
     *
     * @param document the document for the pipeline
     * @param fields the header fields and texts stated in label/value rows, in the order of
     *     {@link ReportField}
     * @param notes the front end's notes
     */
    public record Result(Document document, Map<ReportField, Stated> fields, List<ReadingNote> notes) {
    }

    /** The largest used area of a sheet, in cells: a report's sheet uses a few hundred. */
    public static final long MAX_AREA = 1_000_000;

    private static final Map<String, ReportField> FIELD_LABELS = new HashMap<>();

    static {
        for (ReportField field : ReportField.values()) {
            FIELD_LABELS.put(normalize(field.label()), field);
        }
        for (String name : List.of("发布机构", "填报单位", "报告单位", "单位名称", "机关名称", "机构名称", "填报机关")) {
            FIELD_LABELS.put(name, ReportField.AGENCY);
        }
        for (String name : List.of("年度", "统计年度", "报告年份")) {
            FIELD_LABELS.put(name, ReportField.YEAR);
        }
        for (String name : List.of("公开日期", "发文日期", "成文日期", "填报日期", "发布时间")) {
            FIELD_LABELS.put(name, ReportField.PUBLISHED_ON);
        }
    }

    private final String source;
    private final String format;
    private final List<MetaField> metadata = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<ReportField, Stated> fields = new EnumMap<>(ReportField.class);
    private final List<ReadingNote> notes = new ArrayList<>();

    private WorkbookDocument(String source, String format) {
        this.source = source;
        this.format = format;
    }

    /**
     * Reads a workbook.
     *
     * @param workbook the workbook
     * @param source the input's name, for the document and errors
     * @param format the format id, for errors
     * @return the document, the stated fields and the notes
     * @throws dev.xxgk.serialization.ReportFormatException if a cell cannot be read (see
     *     {@link CellText})
     */
    public static Result read(Workbook workbook, String source, String format) {
        Objects.requireNonNull(workbook, "workbook");
        WorkbookDocument reading = new WorkbookDocument(Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(format, "format"));
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                reading.notes.add(ReadingNote.of(XlsxNote.SHEET_HIDDEN, Location.cell(sheet.getSheetName(), "A1"), "",
                        sheet.getSheetName()));
                continue;
            }
            reading.sheet(sheet);
        }
        boolean texts = reading.fields.keySet().stream().anyMatch(ReportField::isText);
        if (!texts) {
            reading.notes.add(ReadingNote.of(XlsxNote.TEXTS_ABSENT, Location.unknown(), ""));
        }
        return new Result(new Document(source, reading.metadata, reading.blocks), reading.fields, reading.notes);
    }

    /** A cell's text and whether it is a copy of a merged cell. */
    private record Text(String text, boolean spanned, String ref) {
    }

    private void sheet(Sheet sheet) {
        String name = sheet.getSheetName();
        int lastRow = -1;
        int lastColumn = -1;
        Map<Long, String> texts = new HashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String ref = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
                String text = CellText.of(cell, name + "!" + ref, source, format);
                if (!text.isEmpty()) {
                    texts.put(key(cell.getRowIndex(), cell.getColumnIndex()), text);
                    lastRow = Math.max(lastRow, cell.getRowIndex());
                    lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                }
            }
        }
        if (lastRow < 0) {
            return;
        }
        if ((long) (lastRow + 1) * (lastColumn + 1) > MAX_AREA) {
            throw new ReportFormatException(format, source, 0, 0, name + "!A1:" + ref(lastRow, lastColumn),
                    (lastRow + 1) + " rows by " + (lastColumn + 1) + " columns",
                    "the used area of the sheet is too large for a report (expected at most " + MAX_AREA + " cells)", null);
        }
        Text[][] grid = new Text[lastRow + 1][lastColumn + 1];
        for (Map.Entry<Long, String> entry : texts.entrySet()) {
            int r = (int) (entry.getKey() >>> 20);
            int c = (int) (entry.getKey() & 0xFFFFF);
            grid[r][c] = new Text(entry.getValue(), false, ref(r, c));
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top > lastRow || left > lastColumn) {
                continue;
            }
            Text first = grid[top][left];
            // only the used area is expanded, so a merge over a whole sheet stays small
            for (int r = top; r <= Math.min(region.getLastRow(), lastRow); r++) {
                for (int c = left; c <= Math.min(region.getLastColumn(), lastColumn); c++) {
                    if (r != top || c != left) {
                        grid[r][c] = first == null ? null : new Text(first.text(), true, ref(r, c));
                    }
                }
            }
        }
        List<Integer> run = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Text[] row = grid[r];
            int first = firstUsed(row);
            if (first < 0) {
                flush(name, grid, run);
                continue;
            }
            ReportField field = FIELD_LABELS.get(normalize(row[first].text()));
            if (field != null && !row[first].spanned()) {
                flush(name, grid, run);
                fieldRow(name, sheet, r, first, field, row[first].text());
                continue;
            }
            if (run.isEmpty() && single(row) && isStandalone(row[first].text())) {
                String text = row[first].text().strip();
                MetaField meta = colonField(text, name, row[first].ref());
                if (meta != null) {
                    metadata.add(meta);
                    ReportField stated = FIELD_LABELS.get(normalize(meta.name()));
                    String printed = text.substring(0, indexOfColon(text)).strip();
                    fields.putIfAbsent(stated, new Stated(stated, meta.value(), meta.location(), printed));
                } else {
                    blocks.add(new Paragraph(joinLines(text), Location.cell(name, row[first].ref())));
                }
                continue;
            }
            run.add(r);
        }
        flush(name, grid, run);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private static int firstUsed(Text[] row) {
        for (int c = 0; c < row.length; c++) {
            if (row[c] != null && !row[c].text().isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean single(Text[] row) {
        String text = null;
        for (Text cell : row) {
            if (cell != null && !cell.text().isBlank()) {
                if (text != null && !(cell.spanned() && cell.text().equals(text))) {
                    return false;
                }
                text = cell.text();
            }
        }
        return true;
    }

    /** A title or a section heading on a row of its own, not a caption or a label inside a table. */
    private static boolean isStandalone(String text) {
        String t = text.strip();
        return t.contains("年度报告") || t.matches("^[一二三四五六][、.．].*") || t.matches("^[^：:]{2,12}[：:].+");
    }

    private static MetaField colonField(String text, String sheet, String ref) {
        int colon = indexOfColon(text);
        if (colon < 0) {
            return null;
        }
        String name = text.substring(0, colon).strip();
        ReportField field = FIELD_LABELS.get(normalize(name));
        if (field == null || field.isText()) {
            return null;
        }
        return new MetaField(field.label(), text.substring(colon + 1).strip(), Location.cell(sheet, ref));
    }

    private static int indexOfColon(String text) {
        int a = text.indexOf('：');
        int b = text.indexOf(':');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private void fieldRow(String name, Sheet sheet, int r, int labelColumn, ReportField field, String label) {
        Row row = sheet.getRow(r);
        List<String> parts = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        int last = row.getLastCellNum() - 1;
        // the value is the cells right of the label; a text longer than a cell holds goes on to the right
        for (int c = labelColumn + 1; c <= last; c++) {
            Cell cell = row.getCell(c);
            String ref = ref(r, c);
            String text = CellText.of(cell, name + "!" + ref, source, format);
            if (!text.isEmpty()) {
                parts.add(text);
                refs.add(ref);
            }
        }
        String value = String.join("", parts);
        Location location = Location.cell(name, refs.isEmpty() ? ref(r, labelColumn + 1) : refs.get(0));
        if (!field.isText()) {
            // the agency is kept exactly as its cell holds it; the year, date and edition are trimmed
            value = field == ReportField.AGENCY ? value : value.strip();
            // under the field's own label, however the row names it: the pipeline's outline takes
            // the agency and the year stated so, over any title
            metadata.add(new MetaField(field.label(), value.strip(), location));
        } else if (parts.size() > 1) {
            notes.add(ReadingNote.of(XlsxNote.TEXT_CONTINUED, location, field.code(), field.label(),
                    name + "!" + String.join(",", refs)));
        }
        fields.putIfAbsent(field, new Stated(field, value, location, withoutColon(label)));
    }

    private void flush(String name, Text[][] grid, List<Integer> run) {
        if (run.isEmpty()) {
            return;
        }
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int r : run) {
            Text[] row = grid[r];
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null && !row[c].text().isBlank()) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        List<GridRow> rows = new ArrayList<>();
        for (int r : run) {
            List<GridCell> cells = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                Text text = grid[r][c];
                Location location = Location.cell(name, ref(r, c));
                cells.add(text == null ? GridCell.of("", location)
                        : new GridCell(joinLines(text.text().strip()), location, text.spanned()));
            }
            rows.add(new GridRow(cells, Location.cell(name, ref(r, left))));
        }
        blocks.add(new Grid(rows, true, rows.get(0).location()));
        run.clear();
    }

    /**
     * A cell's lines joined as {@link GridCell} says: without a space between two CJK characters,
     * otherwise by one space.
     */
    static String joinLines(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        String[] lines = text.split("\\R");
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String piece = line.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (joined.length() > 0) {
                int before = joined.codePointBefore(joined.length());
                int after = piece.codePointAt(0);
                if (!(isCjk(before) && isCjk(after))) {
                    joined.append(' ');
                }
            }
            joined.append(piece);
        }
        return joined.toString();
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static String withoutColon(String label) {
        String name = label.strip();
        while (name.endsWith("：") || name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    /** A label as compared: without white space, brackets full-width, without a trailing colon. */
    static String normalize(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            out.append(c == '(' ? '（' : c == ')' ? '）' : c);
        }
        while (out.length() > 0 && (out.charAt(out.length() - 1) == '：' || out.charAt(out.length() - 1) == ':')) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    static Map<String, ReportField> fieldLabels() {
        return new LinkedHashMap<>(FIELD_LABELS);
    }
}
