package dev.xxgk.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.serialization.codec.CellCodec;
import dev.xxgk.serialization.codec.TextInput;
import dev.xxgk.serialization.csv.LayoutCsvFormat;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.published.PublishedTextFormat;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.testing.Tries;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The defects of issue 17 that the readers and writers had, each reproduced: every test here failed
 * before the fix (an {@code OutOfMemoryError}, a report accepted that should be refused, a wrong
 * place), and each says which item it covers.
 */
class ReliabilityTest {

    private static final JsonFormat JSON = new JsonFormat();
    private static final WideCsvFormat WIDE = new WideCsvFormat();
    private static final LayoutCsvFormat LAYOUT = new LayoutCsvFormat();
    private static final PublishedTextFormat TEXT = new PublishedTextFormat();

    private static final AnnualReport REPORT = Tries.report(2, Edition.EDITION_2021);

    /** An input that repeats some bytes for ever, after a prefix: a reader that holds it all runs out of memory. */
    private static InputStream endless(String prefix, String repeated) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] unit = repeated.getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            private int at;

            @Override
            public int read() {
                byte b = unit[at];
                at = (at + 1) % unit.length;
                return b & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = unit[at];
                    at = (at + 1) % unit.length;
                }
                return length;
            }
        });
    }

    private static byte[] write(ReportFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }

    private static AnnualReport read(ReportFormat format, byte[] bytes) {
        return format.reader().orElseThrow().read(new ByteArrayInputStream(bytes), "r").report();
    }

    private static ReportFormatException refused(ReportFormat format, InputStream in) {
        return assertThrows(ReportFormatException.class, () -> format.reader().orElseThrow().readAll(in, "r")
                .forEach(reading -> { }));
    }

    private static String header() {
        return String.join(",", dev.xxgk.serialization.csv.internal.WideCsvColumns.header());
    }

    // --- item 1: a wide CSV record has limits of its own

    @Test
    void item1AnEndlessRecordOfShortFieldsIsRefusedAtTheFieldLimit() {
        ReportFormatException e = refused(WIDE, endless(header() + "\r\n", "0,"));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.problem().contains("Limits.MAX_FIELDS"), e.getMessage());
    }

    @Test
    void item1AnEndlessHeaderOfCommasIsRefusedToo() {
        ReportFormatException e = refused(WIDE, endless("edition", ","));
        assertTrue(e.problem().contains("Limits.MAX_FIELDS"), e.getMessage());
    }

    @Test
    void item1AnEndlessFieldIsRefusedAtTheTextLimitThroughTheReadAheadThreadToo() {
        WideCsvFormat readAhead = WideCsvFormat.builder().readAhead(true).build();
        ReportFormatException e = refused(readAhead, endless(header() + "\r\n2021,", "0"));
        assertTrue(e.problem().contains("Limits.MAX_TEXT_LENGTH"), e.getMessage());
        ReportFormatException quoted = refused(WIDE, endless(header() + "\r\n2021,\"", "ab"));
        assertTrue(quoted.problem().contains("Limits.MAX_TEXT_LENGTH"), quoted.getMessage());
    }

    @Test
    void item1AFieldAtTheTextLimitIsReadAndOnePastIsNot() {
        String agency = "机".repeat(Limits.MAX_TEXT_LENGTH);
        AnnualReport atLimit = REPORT.withAgency(agency);
        assertEquals(atLimit, read(WIDE, write(WIDE, atLimit)));
        assertEquals(atLimit, read(JSON, write(JSON, atLimit)));
        assertEquals(atLimit, read(LAYOUT, write(LAYOUT, atLimit)));
        AnnualReport past = REPORT.withAgency(agency + "机");
        for (ReportFormat format : List.of(WIDE, JSON, LAYOUT, TEXT)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(format, past),
                    format.id());
            assertTrue(e.getMessage().startsWith("agency: a text of 1000001 characters"), e.getMessage());
        }
        String csv = new String(write(WIDE, atLimit), StandardCharsets.UTF_8).replace(agency, agency + "机");
        ReportFormatException e = refused(WIDE, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problem().contains("Limits.MAX_TEXT_LENGTH"), e.getMessage());
    }

    @Test
    void item1ARecordAtTheFieldLimitIsSplitAndOnePastIsNot() {
        String atLimit = header() + "\r\n" + ",".repeat(Limits.MAX_FIELDS - 1) + "\r\n";
        ReportFormatException fields = refused(WIDE, new ByteArrayInputStream(atLimit.getBytes(StandardCharsets.UTF_8)));
        // at the limit the record is split and then found to have the wrong number of fields
        assertTrue(fields.problem().startsWith("expected "), fields.getMessage());
        String past = header() + "\r\n" + ",".repeat(Limits.MAX_FIELDS) + "\r\n";
        ReportFormatException e = refused(WIDE, new ByteArrayInputStream(past.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problem().contains("Limits.MAX_FIELDS"), e.getMessage());
    }

    @Test
    void item1ARecordPastTheRecordLimitIsRefused() {
        String field = "1".repeat(Limits.MAX_RECORD_LENGTH / 1000 + 1);
        String record = (field + ",").repeat(1000);
        ReportFormatException e = refused(WIDE, new ByteArrayInputStream((header() + "\r\n" + record + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problem().contains("Limits.MAX_RECORD_LENGTH"), e.getMessage());
    }

    // --- item 2: the layout CSV reader streams

    @Test
    void item2AnEndlessLayoutCsvIsRefusedAtItsFirstWrongRow() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> LAYOUT.reader().orElseThrow().read(endless("", "x\r\n"), "r"));
        assertEquals(1, e.line(), e.getMessage());
    }

    @Test
    void item2EndlessEmptyRowsAreRefusedAtTheLineLimit() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> LAYOUT.reader().orElseThrow().read(endless("", ",,\r\n"), "r"));
        assertTrue(e.problem().contains("Limits.MAX_LINES"), e.getMessage());
        assertEquals(Limits.MAX_LINES + 1, e.line(), e.getMessage());
    }

    @Test
    void item2ALayoutCsvAtTheLineLimitIsReadAndOnePastIsNot() {
        AnnualReport report = REPORT.withProblemsAndImprovements("无").withOtherMatters("无");
        String written = new String(write(LAYOUT, report), StandardCharsets.UTF_8);
        long records = 0;
        try (dev.xxgk.serialization.csv.internal.CsvSupport.Records input = new dev.xxgk.serialization.csv.internal
                .CsvSupport.Records(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "csv-layout",
                "r")) {
            while (input.next() != null) {
                records++;
            }
        }
        String padding = "\r\n".repeat((int) (Limits.MAX_LINES - records));
        byte[] atLimit = (written + padding).getBytes(StandardCharsets.UTF_8);
        assertEquals(report, read(LAYOUT, atLimit));
        byte[] past = (written + padding + "\r\n").getBytes(StandardCharsets.UTF_8);
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(LAYOUT, past));
        assertTrue(e.problem().contains("Limits.MAX_LINES"), e.getMessage());
    }

    // --- item 3: the JSON reader streams

    @Test
    void item3AnEndlessJsonStringIsRefusedAtTheTextLimit() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> JSON.reader().orElseThrow().read(endless("{\"edition\":\"2021\",\"agency\":\"", "机关"), "r"));
        assertTrue(e.problem().contains("String value length") && e.problem().contains(
                String.valueOf(Limits.MAX_TEXT_LENGTH)), e.getMessage());
    }

    @Test
    void item3AnEndlessJsonDocumentIsRefusedAtTheDocumentLimit() {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> JSON.reader().orElseThrow().read(endless("{\"year\":", " "), "r"));
        assertTrue(e.problem().contains("Limits.MAX_DOCUMENT_BYTES")
                || e.problem().contains("Document length"), e.getMessage());
    }

    @Test
    void item3AJsonDocumentAtTheDocumentLimitIsReadAndOnePastIsNot() {
        byte[] written = write(JSON, REPORT);
        int padding = (int) (Limits.MAX_DOCUMENT_BYTES - written.length);
        byte[] atLimit = new byte[(int) Limits.MAX_DOCUMENT_BYTES];
        System.arraycopy(written, 0, atLimit, 0, written.length);
        java.util.Arrays.fill(atLimit, written.length, written.length + padding, (byte) ' ');
        assertEquals(REPORT, read(JSON, atLimit));
        byte[] past = java.util.Arrays.copyOf(atLimit, atLimit.length + 1);
        past[atLimit.length] = ' ';
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(JSON, past));
        assertTrue(e.problem().contains("MAX_DOCUMENT_BYTES") || e.problem().contains("Document length"),
                e.getMessage());
    }

    @Test
    void aJsonDocumentWhoseEditionComesLastIsStillRead() {
        String json = new String(write(JSON, REPORT), StandardCharsets.UTF_8);
        String moved = json.replaceFirst("\"edition\": \"2021\",", "") .replaceFirst("\\}\\s*$", ", \"edition\": \"2021\"}");
        assertEquals(REPORT, read(JSON, moved.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonNestingAtTheLimitIsReadAndOnePastIsNot() {
        // the nesting is met while looking for an edition that is not the first key
        String atLimit = "{\"x\":" + "[".repeat(Limits.MAX_NESTING - 1) + "]".repeat(Limits.MAX_NESTING - 1) + "}";
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> read(JSON, atLimit.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problem().startsWith("missing key \"edition\""), e.getMessage());
        String past = "{\"x\":" + "[".repeat(Limits.MAX_NESTING) + "]".repeat(Limits.MAX_NESTING) + "}";
        ReportFormatException deep = assertThrows(ReportFormatException.class,
                () -> read(JSON, past.getBytes(StandardCharsets.UTF_8)));
        assertTrue(deep.problem().contains("nesting depth"), deep.getMessage());
    }

    // --- item 4 and 6: one number limit, enforced on reading and writing

    private static final AnnualReport REPORT_2019 = Tries.report(2, Edition.EDITION_2019);

    private static Cell moneyCell() {
        return Template.of(Edition.EDITION_2019).cells().stream().filter(c -> c.kind() == CellKind.MONEY)
                .findFirst().orElseThrow();
    }

    @Test
    void item4ALongMoneyCellIsRefusedBeforeItIsParsed() {
        Cell cell = moneyCell();
        String huge = "1".repeat(2_000_000) + "元";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellCodec.parseCell(cell, huge));
        assertTrue(e.getMessage().contains("Limits.MAX_NUMBER_LENGTH"), e.getMessage());
        assertEquals(new BigDecimal("1".repeat(Limits.MAX_NUMBER_LENGTH)),
                ((Money) CellCodec.parseCell(cell, "1".repeat(Limits.MAX_NUMBER_LENGTH) + "元")).amount());
        assertThrows(IllegalArgumentException.class,
                () -> CellCodec.parseCell(cell, "1".repeat(Limits.MAX_NUMBER_LENGTH + 1) + "元"));
        assertThrows(IllegalArgumentException.class,
                () -> CellCodec.parseCell(cell, "0." + "1".repeat(Limits.MAX_NUMBER_LENGTH - 1) + "元"));
    }

    @Test
    void item6AnAmountAtTheNumberLimitReadsBackInEveryFormatAndOnePastIsWrittenByNone() {
        Cell cell = moneyCell();
        AnnualReport atLimit = REPORT_2019.withCell(cell.code(),
                Money.of(new BigDecimal("9".repeat(Limits.MAX_NUMBER_LENGTH)), MoneyUnit.YUAN));
        for (ReportFormat format : List.of(WIDE, JSON, LAYOUT)) {
            assertEquals(atLimit, read(format, write(format, atLimit)), format.id());
        }
        AnnualReport past = REPORT_2019.withCell(cell.code(),
                Money.of(new BigDecimal("9".repeat(Limits.MAX_NUMBER_LENGTH + 1)), MoneyUnit.YUAN));
        for (ReportFormat format : List.of(WIDE, JSON, LAYOUT, TEXT)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(format, past),
                    format.id());
            assertTrue(e.getMessage().startsWith(cell.code() + ": an amount of 1001 characters"), e.getMessage());
        }
        // the wide CSV the issue found: 1,001 digits, which the JSON reader would then refuse
        String csv = new String(write(WIDE, atLimit), StandardCharsets.UTF_8)
                .replace("9".repeat(Limits.MAX_NUMBER_LENGTH), "9".repeat(Limits.MAX_NUMBER_LENGTH + 1));
        ReportFormatException e = refused(WIDE, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(cell.code(), e.path(), e.getMessage());
        assertTrue(e.problem().contains("Limits.MAX_NUMBER_LENGTH"), e.getMessage());
        String json = new String(write(JSON, atLimit), StandardCharsets.UTF_8)
                .replace("9".repeat(Limits.MAX_NUMBER_LENGTH), "9".repeat(Limits.MAX_NUMBER_LENGTH + 1));
        ReportFormatException j = assertThrows(ReportFormatException.class,
                () -> read(JSON, json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(j.problem().contains("Limits.MAX_NUMBER_LENGTH"), j.getMessage());
    }

    // --- item 7: UTF-8 and Unicode, strictly

    @Test
    void item7InvalidUtf8InJsonIsRefusedWhereItIs() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            String json = new String(write(JSON, REPORT.withAgency("AGENCYMARK")), StandardCharsets.UTF_8);
            int at = json.indexOf("AGENCYMARK");
            byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = json.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] input = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, input, 0, head.length);
            System.arraycopy(bad, 0, input, head.length, bad.length);
            System.arraycopy(tail, 0, input, head.length + bad.length, tail.length);
            ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(JSON, input));
            String line = json.substring(0, at);
            long expectedLine = line.chars().filter(c -> c == '\n').count() + 1;
            long expectedColumn = line.length() - line.lastIndexOf('\n');
            assertEquals(expectedLine, e.line(), e.getMessage());
            assertEquals(expectedColumn, e.column(), e.getMessage());
            assertTrue(e.problem().contains("not valid UTF-8"), e.getMessage());
        }
    }

    @Test
    void item7ALoneSurrogateEscapeInJsonIsRefusedAndNoWriterWritesOne() {
        String json = new String(write(JSON, REPORT.withAgency("AGENCYMARK")), StandardCharsets.UTF_8)
                .replace("AGENCYMARK", "机关\\ud800");
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> read(JSON, json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("/agency", e.path(), e.getMessage());
        assertTrue(e.problem().contains("lone surrogate U+D800"), e.getMessage());
        AnnualReport lone = REPORT.withAgency("机关\uD800");
        for (ReportFormat format : List.of(WIDE, JSON, LAYOUT, TEXT)) {
            IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> write(format, lone),
                    format.id());
            assertTrue(w.getMessage().startsWith("agency: the text holds a lone surrogate"), w.getMessage());
        }
    }

    // --- item 8: what the layout writer writes, its reader reads

    @Test
    void item8ALayoutCsvWhoseSectionFourIsAllBlankReadsBack() {
        AnnualReport report = REPORT;
        for (Cell cell : report.template().cells()) {
            if (cell.section() == Section.RECONSIDERATION_AND_LITIGATION) {
                report = report.withCell(cell.code(), Count.blank());
            }
        }
        assertEquals(report, read(LAYOUT, write(LAYOUT, report)));
        for (Edition edition : Edition.values()) {
            AnnualReport other = Tries.report(4, edition);
            assertEquals(other, read(LAYOUT, write(LAYOUT, other)));
        }
    }

    // --- item 9: the SDK's own GB18030 output is read as GB18030

    @Test
    void item9Gb18030OutputWhoseBytesAreAlsoUtf8IsReadAsGb18030() {
        byte[] yuan = "元".getBytes(TextInput.GB18030);
        assertEquals("Ԫ", new String(yuan, StandardCharsets.UTF_8), "the bytes are valid UTF-8 too");
        assertEquals(TextInput.GB18030, TextInput.detect(yuan));
        AnnualReport report = REPORT.withAgency("元").withProblemsAndImprovements("").withOtherMatters("");
        WideCsvFormat gb = WideCsvFormat.builder().charset(TextInput.GB18030).build();
        byte[] written = write(gb, report);
        assertEquals(report, read(WIDE, written));
        assertEquals(StandardCharsets.UTF_8, TextInput.detect("元".getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, TextInput.detect("本机关收到申请".getBytes(StandardCharsets.UTF_8)));
        assertEquals(TextInput.GB18030, TextInput.detect("本机关收到申请".getBytes(TextInput.GB18030)));
    }

    // --- item 10: an invalid byte is reported where it is

    private static byte[] withByte(String text, int at, byte bad) {
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        all[before.length] = bad;
        System.arraycopy(after, 0, all, before.length + 1, after.length);
        return all;
    }

    @Test
    void item10AnInvalidByteOnLine2500IsReportedThere() {
        String lines = "政府信息公开工作年度报告第一行\n".repeat(2499) + "本机关收到申请数量为十件";
        int at = lines.length() - 4;
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(TEXT,
                withByte(lines, at, (byte) 0xFF)));
        assertEquals(2500, e.line(), e.getMessage());
        assertEquals(9, e.column(), e.getMessage());
        assertTrue(e.problem().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void item10CarriageReturnsEndLinesToo() {
        String lines = "政府信息公开工作年度报告第一行\r".repeat(9) + "本机关收到申请";
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(TEXT,
                withByte(lines, lines.length(), (byte) 0xFF)));
        assertEquals(10, e.line(), e.getMessage());
        assertEquals(8, e.column(), e.getMessage());
        String crlf = "政府信息公开工作年度报告第一行\r\n".repeat(9) + "本机关";
        ReportFormatException e2 = assertThrows(ReportFormatException.class, () -> read(TEXT,
                withByte(crlf, crlf.length(), (byte) 0xFF)));
        assertEquals(10, e2.line(), e2.getMessage());
        assertEquals(4, e2.column(), e2.getMessage());
    }

    @Test
    void item10AUtf8FileWithOneBadByteInItsHeadIsReportedAsUtf8AtTheByte() {
        String text = "政府信息公开工作年度报告\n" + "二〇二三年度".repeat(10);
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(TEXT,
                withByte(text, 5, (byte) 0xFF)));
        assertEquals(1, e.line(), e.getMessage());
        assertEquals(6, e.column(), e.getMessage());
        assertTrue(e.problem().contains("at byte offset 15 are not valid UTF-8"), e.getMessage());
    }

    // --- item 11: a header cut short is not an empty data set

    @Test
    void item11AWideCsvCutInsideItsHeaderIsRefused() {
        List<String> codes = dev.xxgk.serialization.csv.internal.WideCsvColumns.header();
        // the last column, deviations, is optional (files written before it read as before): a cut
        // just before it leaves every cell column, so the shortest cut that loses one is before the last two
        for (int cut : new int[] {8, codes.size() / 2, codes.size() - 2}) {
            String header = codes.subList(0, cut).stream().collect(Collectors.joining(","));
            ReportFormatException e = refused(WIDE, new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.problem().startsWith("missing column"), e.getMessage());
        }
        // whole, it is an empty data set
        assertEquals(0, WIDE.reader().orElseThrow().readAll(new ByteArrayInputStream((header() + "\r\n")
                .getBytes(StandardCharsets.UTF_8)), "r").count());
    }
}
