package dev.xxgk.benchmarks.xlsx;

import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.csv.LayoutCsvFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.serialization.xlsx.XlsxFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workbooks read and written per second, on one thread, for the workbook the xlsx writer writes
 * of each real report: read by the xlsx format (POI opens the workbook, the workbook front end
 * makes the neutral document, the reading pipeline aligns and resolves it); the floor, the same
 * bytes opened by POI alone and every cell formatted to its text with {@link DataFormatter} (what a
 * user scripting POI does before any alignment); the same report read from its layout CSV, the
 * text form the SDK offered before; and the workbook written.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class XlsxBenchmark {

    @Param({PublishedReports.ZHAOYUAN_2019, PublishedReports.DONGYINGQU_2023})
    public String report;

    private AnnualReport expected;
    private byte[] workbook;
    private byte[] layoutCsv;
    private ReportReader xlsxReader;
    private ReportWriter xlsxWriter;
    private ReportReader csvReader;

    @Setup
    public void setUp() {
        expected = switch (report) {
            case PublishedReports.ZHAOYUAN_2019 -> PublishedReports.zhaoyuan2019();
            default -> PublishedReports.dongyingqu2023();
        };
        XlsxFormat xlsx = new XlsxFormat();
        xlsxReader = xlsx.reader().orElseThrow();
        xlsxWriter = xlsx.writer().orElseThrow();
        LayoutCsvFormat csv = new LayoutCsvFormat();
        csvReader = csv.reader().orElseThrow();
        workbook = write().toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writer().orElseThrow().write(expected, out);
        layoutCsv = out.toByteArray();
        // what is measured is a correct reading: the report the workbook was written from
        Reports.check(read().report().equals(expected), report + ": the workbook does not read back to its report");
        Reports.check(readLayoutCsv().report().equals(expected), report + ": the layout CSV does not read back");
    }

    @Benchmark
    public Reading read() {
        return xlsxReader.read(new ByteArrayInputStream(workbook), report + ".xlsx");
    }

    @Benchmark
    public long poiCellsOnly() throws IOException {
        DataFormatter formatter = new DataFormatter();
        long chars = 0;
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        chars += formatter.formatCellValue(cell).length();
                    }
                }
            }
        }
        return chars;
    }

    @Benchmark
    public Reading readLayoutCsv() {
        return csvReader.read(new ByteArrayInputStream(layoutCsv), report + ".csv");
    }

    @Benchmark
    public ByteArrayOutputStream write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        xlsxWriter.write(expected, out);
        return out;
    }
}
