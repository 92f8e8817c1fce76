package dev.xxgk.serialization.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.testing.RoundTrip;
import dev.xxgk.serialization.xlsx.internal.WorkbookInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Inputs that are not a report's workbook: each is refused with a {@link ReportFormatException}
 * that says what was found, before POI holds more than the bounds allow.
 */
class XlsxBadInputTest {

    private static ReportFormatException refused(byte[] bytes) {
        return assertThrows(ReportFormatException.class,
                () -> new XlsxFormat().reader().orElseThrow().read(new ByteArrayInputStream(bytes), "bad.xlsx"));
    }

    private static byte[] zip(String[] names, byte[][] contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The entries of a written workbook, with one replaced or added. */
    private static byte[] writtenWith(String name, WriteEntry content) throws IOException {
        byte[] written = RoundTrip.write(new XlsxFormat(), PublishedReports.dongyingqu2023());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean replaced = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    content.write(zip);
                    replaced = true;
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(name));
                content.write(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private interface WriteEntry {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void anEmptyFileIsNotAWorkbook() {
        ReportFormatException e = refused(new byte[0]);
        assertEquals("an empty file", e.found());
        assertTrue(e.problem().startsWith("not an Excel workbook"), e.problem());
        assertEquals("xlsx", e.format());
        assertEquals("bad.xlsx", e.source());
    }

    @Test
    void aTextOrPdfIsNotAWorkbookAndTheErrorSaysWhatItIs() {
        ReportFormatException text = refused("报告格式,2021\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(text.found().startsWith("bytes e6 8a a5"), text.found());
        ReportFormatException pdf = refused("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("a file of kind PDF", pdf.found());
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        ReportFormatException e = refused(zip(new String[] {"readme.txt"}, new byte[][] {"hello".getBytes(StandardCharsets.UTF_8)}));
        assertTrue(e.problem().startsWith("not a readable Excel workbook"), e.problem());
    }

    @Test
    void aTruncatedWorkbookIsRefused() {
        byte[] written = RoundTrip.write(new XlsxFormat(), PublishedReports.dongyingqu2023());
        ReportFormatException e = refused(Arrays.copyOf(written, written.length / 2));
        assertTrue(e.problem().contains("damaged"), e.problem());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        // 256 MiB of zeros in a sheet, some 256 KiB on disk
        byte[] bomb = writtenWith("xl/worksheets/sheet1.xml", out -> {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                out.write(zeros);
            }
        });
        assertTrue(bomb.length < 4 << 20, Integer.toString(bomb.length));
        ReportFormatException e = refused(bomb);
        assertEquals("xl/worksheets/sheet1.xml", e.path());
        assertTrue(e.problem().startsWith("a zip bomb") || e.problem().startsWith("a part of the workbook is too large"),
                e.problem());
    }

    @Test
    void aHugeSharedStringTableIsRefused() throws IOException {
        // 20 MiB of distinct strings: not a bomb by its ratio, but more than a report holds
        SplittableRandom random = new SplittableRandom(3);
        byte[] huge = writtenWith("xl/sharedStrings.xml", out -> {
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            StringBuilder si = new StringBuilder();
            for (long written = 0; written < 20L << 20; written += si.length()) {
                si.setLength(0);
                si.append("<si><t>");
                for (int i = 0; i < 60; i++) {
                    si.append((char) ('a' + random.nextInt(26)));
                }
                si.append("</t></si>");
                out.write(si.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        ReportFormatException e = refused(huge);
        assertEquals("xl/sharedStrings.xml", e.path());
        assertTrue(e.problem().startsWith("the shared-string table is too large"), e.problem());
    }

    @Test
    void anInputLargerThanAnyReportIsRefusedAfterReadingOnlyTheLimit() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'P';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'P');
                read[0] += len;
                return len;
            }
        };
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> new XlsxFormat().reader().orElseThrow().read(endless, "endless.xlsx"));
        assertTrue(e.problem().startsWith("the file is too large"), e.problem());
        assertEquals(WorkbookInput.MAX_INPUT + 1, read[0]);
    }

    @Test
    void anEncryptedWorkbookIsRefusedAndSaysSo() throws Exception {
        byte[] plain = RoundTrip.write(new XlsxFormat(), PublishedReports.dongyingqu2023());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("密码");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        ReportFormatException e = refused(out.toByteArray());
        assertTrue(e.problem().startsWith("the workbook is encrypted"), e.problem());
    }

    @Test
    void aPasswordProtectedXlsIsRefusedAndSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Workbooks.row(workbook.createSheet("表三"), 0, "信息内容", 1);
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("密码");
            try {
                workbook.write(out);
            } finally {
                org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> new XlsFormat().reader().orElseThrow().read(new ByteArrayInputStream(out.toByteArray()), "bad.xls"));
        assertTrue(e.problem().startsWith("the workbook is encrypted"), e.problem());
        assertEquals("xls", e.format());
    }
}
