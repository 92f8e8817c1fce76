package dev.xxgk.serialization.testing;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.spi.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Writes a report in a format and reads it back, in memory. */
public final class RoundTrip {

    private RoundTrip() {
    }

    /**
     * The bytes a format writes for a report.
     *
     * @param format a format that writes
     * @param report the report
     * @return the bytes
     */
    public static byte[] write(ReportFormat format, AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(report, out);
        return out.toByteArray();
    }

    /**
     * The report a format reads from bytes.
     *
     * @param format a format that reads
     * @param bytes the input
     * @return the report
     */
    public static AnnualReport read(ReportFormat format, byte[] bytes) {
        return format.reader().orElseThrow().read(new ByteArrayInputStream(bytes), "round-trip").report();
    }
}
