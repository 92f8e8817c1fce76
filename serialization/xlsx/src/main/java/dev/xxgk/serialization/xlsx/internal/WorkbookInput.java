package dev.xxgk.serialization.xlsx.internal;

import dev.xxgk.serialization.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook from a stream within fixed bounds of time and memory, or says clearly why not.
 *
 * <p>The input is read up to {@value #MAX_INPUT} bytes. An {@code .xlsx} (a zip archive) is
 * inflated once here, entry by entry, before POI sees it, and refused as soon as an entry
 * inflates past {@value #MAX_ENTRY} bytes, the whole past {@value #MAX_INFLATED}, or past
 * {@value #MAX_RATIO} times the size of the input (a zip bomb), or it has more than
 * {@value #MAX_ENTRIES} entries: POI holds a workbook's parts in memory as XML objects, some ten
 * times their size, so these bounds bound its memory. A report's workbook is some tens of
 * kilobytes. POI's own guard ({@code ZipSecureFile}) stays on as a second line. An {@code .xls}
 * or an encrypted workbook is an OLE2 container, read whole within {@value #MAX_INPUT} bytes.
 */
public final class WorkbookInput {

    /** The largest input read, in bytes. */
    public static final int MAX_INPUT = 32 * 1024 * 1024;

    /** The largest part of an {@code .xlsx} once inflated, in bytes: a sheet or the shared strings. */
    public static final long MAX_ENTRY = 16L * 1024 * 1024;

    /** The largest size of all parts of an {@code .xlsx} once inflated, in bytes. */
    public static final long MAX_INFLATED = 48L * 1024 * 1024;

    /** The largest ratio of the inflated parts to the input, past a first {@value #RATIO_FREE} bytes. */
    public static final int MAX_RATIO = 100;

    /** The inflated bytes allowed whatever the ratio. */
    public static final long RATIO_FREE = 4L * 1024 * 1024;

    /** The most entries an {@code .xlsx} may have. */
    public static final int MAX_ENTRIES = 10_000;

    private WorkbookInput() {
    }

    /**
     * Reads and opens a workbook.
     *
     * @param in the input, read to its end (or to the size limit) and left open
     * @param source where the input came from, for errors
     * @param format the id of the format read, for errors
     * @return the workbook, to be closed by the caller
     * @throws ReportFormatException if the input is not a workbook POI reads, is encrypted, or
     *     passes a bound
     * @throws UncheckedIOException if reading the stream fails
     */
    public static Workbook open(InputStream in, String source, String format) {
        byte[] bytes = readBounded(in, source, format);
        FileMagic magic = FileMagic.valueOf(bytes);
        try {
            if (magic == FileMagic.OOXML) {
                checkZip(bytes, source, format);
                return new XSSFWorkbook(new ByteArrayInputStream(bytes));
            }
            if (magic == FileMagic.OLE2) {
                POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
                DirectoryNode root = fs.getRoot();
                if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                    fs.close();
                    throw encrypted(source, format, null);
                }
                return new HSSFWorkbook(root, false);
            }
        } catch (ReportFormatException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(source, format, e);
        } catch (OldExcelFormatException e) {
            throw new ReportFormatException(format, source, 0, 0, "", "", "a workbook of Excel 5.0/95 or older,"
                    + " which is not read: save it as .xlsx (expected an Excel 97 or later workbook)", e);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ReportFormatException(format, source, 0, 0, "", "", "a zip bomb: a part of the workbook"
                        + " inflates to more than 100 times its size, past POI's guard (expected a report's workbook)", e);
            }
            throw new ReportFormatException(format, source, 0, 0, "", String.valueOf(e.getMessage()),
                    "not a readable Excel workbook: the file is damaged or of another kind (expected an .xlsx or .xls workbook)", e);
        }
        throw new ReportFormatException(format, source, 0, 0, "", describe(bytes, magic),
                "not an Excel workbook (expected an .xlsx workbook, a zip archive starting with PK, or an .xls workbook)", null);
    }

    private static ReportFormatException encrypted(String source, String format, Throwable cause) {
        return new ReportFormatException(format, source, 0, 0, "", "",
                "the workbook is encrypted (protected by a password to open): save it without the password and read it again",
                cause);
    }

    private static String describe(byte[] bytes, FileMagic magic) {
        if (bytes.length == 0) {
            return "an empty file";
        }
        if (magic != FileMagic.UNKNOWN) {
            return "a file of kind " + magic;
        }
        int n = Math.min(bytes.length, 8);
        return "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, n);
    }

    private static byte[] readBounded(InputStream in, String source, String format) {
        try {
            byte[] bytes = in.readNBytes(MAX_INPUT + 1);
            if (bytes.length > MAX_INPUT) {
                throw new ReportFormatException(format, source, 0, 0, "", "more than " + MAX_INPUT + " bytes",
                        "the file is too large for a report's workbook (expected at most " + MAX_INPUT + " bytes)", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static void checkZip(byte[] bytes, String source, String format) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bound(source, format, "", entries + " parts", "the workbook has too many parts (expected at most "
                            + MAX_ENTRIES + ")");
                }
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY) {
                        throw bound(source, format, entry.getName(), "more than " + MAX_ENTRY + " bytes inflated",
                                entry.getName().contains("sharedStrings") ? "the shared-string table is too large for a report"
                                        + " (expected at most " + MAX_ENTRY + " bytes)"
                                        : "a part of the workbook is too large for a report (expected at most " + MAX_ENTRY
                                                + " bytes)");
                    }
                    if (total > MAX_INFLATED) {
                        throw bound(source, format, entry.getName(), "more than " + MAX_INFLATED + " bytes inflated",
                                "the workbook inflates to more than a report holds (expected at most " + MAX_INFLATED + " bytes)");
                    }
                    if (total > RATIO_FREE && total > (long) MAX_RATIO * bytes.length) {
                        throw bound(source, format, entry.getName(), bytes.length + " bytes inflating past " + total,
                                "a zip bomb: the workbook inflates to more than " + MAX_RATIO + " times its size");
                    }
                }
            }
        } catch (ZipException e) {
            throw new ReportFormatException(format, source, 0, 0, "", String.valueOf(e.getMessage()),
                    "a damaged workbook: its zip archive cannot be read (expected an .xlsx workbook)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            throw new ReportFormatException(format, source, 0, 0, "", "an empty zip archive",
                    "not an Excel workbook (expected an .xlsx workbook)", null);
        }
    }

    private static ReportFormatException bound(String source, String format, String path, String found, String problem) {
        return new ReportFormatException(format, source, 0, 0, path, found, problem, null);
    }
}
