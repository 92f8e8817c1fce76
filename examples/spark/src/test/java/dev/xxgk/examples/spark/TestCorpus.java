package dev.xxgk.examples.spark;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.published.PublishedTextFormat;
import dev.xxgk.serialization.spi.ReportSink;
import dev.xxgk.serialization.spi.ReportWriter;
import dev.xxgk.template.Cell;
import dev.xxgk.testkit.ReportGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of published reports in every format the SDK reads, made for the test: the project's
 * real texts copied many times, generated reports of agencies over consecutive years (some broken,
 * some with blank cells, some with a cross-year break, some whose name differs only in form),
 * wide CSV data sets, and damaged files of every kind the job must refuse.
 */
final class TestCorpus {

    /** Files of the real published texts the project holds, copied into the corpus. */
    static final List<String> REAL = List.of(PublishedReports.ZHAOYUAN_2019, PublishedReports.DONGYING_XZSP_2020,
            PublishedReports.DONGYINGQU_2023, PublishedReports.NOT_A_REPORT, PublishedReports.NOT_A_TEMPLATE);

    /** The real PDFs the tool's examples hold (examples/reports), copied into the corpus with the texts. */
    static final List<String> REAL_PDFS = List.of("2023-hongzequ-zf.pdf", "2024-hongzequ-zf.pdf");

    private static final Path PDFS = Path.of("../reports");

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path root;
    private final Random random;
    private final ReportFormats formats = ReportFormats.installed();
    private int written;

    private TestCorpus(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /**
     * Writes a corpus of about {@code files} files.
     *
     * @param root the folder
     * @param files how many files, at least 40
     * @return the number of files written
     */
    static int write(Path root, int files) {
        TestCorpus corpus = new TestCorpus(root, 20261201L);
        corpus.fill(Math.max(files, 40));
        return corpus.written;
    }

    /**
     * Writes a corpus for a run by hand, such as the benchmark in docs/benchmarks.md.
     *
     * @param args the folder and the number of files
     */
    public static void main(String[] args) {
        System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1])) + " files written to " + args[0]);
    }

    private void fill(int files) {
        damaged();
        int agency = 0;
        while (written < files) {
            int left = files - written;
            if (agency % 10 == 3) {
                realCopies(agency);
            } else if (agency % 10 == 7) {
                wideCsv(agency, 12 + random.nextInt(10));
            } else {
                chain(agency, Math.min(left, 2 + random.nextInt(3)));
            }
            agency++;
        }
    }

    /** One agency's reports over consecutive years, each in a format of its own. */
    private void chain(int agency, int years) {
        String name = "测试市第" + agency + "局";
        int first = 2019 + random.nextInt(3);
        AnnualReport report = ReportGenerator.valid(random, Edition.forYear(first)).withAgency(name).withYear(first);
        String folder = "province-" + (agency % 4) + "/agency-" + agency;
        for (int y = 0; y < years; y++) {
            AnnualReport written = report;
            int kind = random.nextInt(12);
            if (y > 0 && kind == 0) {
                // breaks the carry-over from last year (and, with it, this year's own balance)
                Cell carried = report.template().cells().stream()
                        .filter(c -> c.code().startsWith("applications.carriedOver.")).findFirst().orElseThrow();
                written = report.withCell(carried.code(), carried.count(report).orElse(0) + 3);
            } else if (y > 0 && kind == 1) {
                written = report.withAgency(" 测试市第" + agency + "局\u3000");          // white space only
            } else if (y > 0 && kind == 2) {
                written = report.withAgency("测试市第" + toFullWidth(agency) + "局\u200b");  // width, zero-width
            } else if (kind == 3) {
                written = ReportGenerator.broken(random, report.edition()).report().withAgency(name).withYear(report.year());
            } else if (kind == 4) {
                written = ReportGenerator.withBlanks(random, report.edition()).withAgency(name).withYear(report.year());
            }
            String format = switch ((agency + y) % 6) {
                case 0 -> "json";
                case 1 -> "csv-layout";
                case 2 -> "text";
                case 3 -> "html";
                case 4 -> "xlsx";
                default -> "text-gb18030";
            };
            single(folder + "/" + report.year() + "-report", format, written);
            report = ReportGenerator.followingYear(random, report);
        }
    }

    private void single(String base, String format, AnnualReport report) {
        switch (format) {
            case "json" -> file(base + ".json", bytes("json", report));
            case "csv-layout" -> file(base + ".csv", bytes("csv-layout", report));
            case "text" -> file(base + ".txt", laidOut(report).getBytes(StandardCharsets.UTF_8));
            case "html" -> file(base + ".html", bytes("html", report));
            case "xlsx" -> file(base + ".xlsx", bytes("xlsx", report));
            case "text-gb18030" -> file(base + ".txt", laidOut(report).getBytes(GB18030));
            default -> throw new IllegalArgumentException(format);
        }
    }

    /** A wide CSV of many agencies, some of them continuing in the next year's data set. */
    private void wideCsv(int agency, int rows) {
        List<AnnualReport> first = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            first.add(ReportGenerator.valid(random, Edition.EDITION_2021).withAgency("数据集" + agency + "第" + r + "单位")
                    .withYear(2021));
        }
        List<AnnualReport> next = first.stream().map(report -> ReportGenerator.followingYear(random, report)).toList();
        for (List<AnnualReport> year : List.of(first, next)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ReportSink sink = formats.byId("csv").writer().orElseThrow().open(out)) {
                for (int r = 0; r < rows; r++) {
                    AnnualReport report = year.get(r);
                    sink.write(r % 5 == 4 ? ReportGenerator.broken(random, Edition.EDITION_2021).report()
                            .withAgency(report.agency()).withYear(report.year()) : report);
                }
            }
            file("datasets/set-" + agency + "-" + year.get(0).year() + ".csv", out.toByteArray());
        }
    }

    private void realCopies(int agency) {
        for (String name : REAL) {
            file("real/copy-" + agency + "/" + name, PublishedReports.bytes(name));
        }
        for (String name : REAL_PDFS) {
            try {
                file("real/copy-" + agency + "/" + name, Files.readAllBytes(PDFS.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Files the job must refuse, each for its own reason. */
    private void damaged() {
        byte[] json = bytes("json", ReportGenerator.valid(random, Edition.EDITION_2021));
        file("damaged/truncated.json", java.util.Arrays.copyOf(json, json.length / 2));
        file("damaged/empty.txt", new byte[0]);
        file("damaged/report.doc", "not a format the SDK reads".getBytes(StandardCharsets.UTF_8));
        file("damaged/notes.csv", "甲,乙\n1,2\n".getBytes(StandardCharsets.UTF_8));
        // a data set whose fourth row is damaged: three reports read, then the refusal
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        try (ReportSink first = formats.byId("csv").writer().orElseThrow().open(before);
                ReportSink last = formats.byId("csv").writer().orElseThrow().open(after)) {
            for (int r = 0; r < 5; r++) {
                (r < 3 ? first : last).write(ReportGenerator.valid(random, Edition.EDITION_2021)
                        .withAgency("残缺数据集第" + r + "单位"));
            }
        }
        String rest = after.toString(StandardCharsets.UTF_8);
        // the header is one line of codes; the rows after it may hold quoted line breaks
        String rows = rest.substring(rest.indexOf('\n') + 1);
        file("damaged/partial.csv", (before.toString(StandardCharsets.UTF_8) + "2021,残缺数据集第3单位,2021\r\n" + rows)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The published text's layout of a report. Not its writer: the generated texts and the agencies
     * with white space are outside what plain text holds, on purpose, and the writer refuses them.
     */
    private static String laidOut(AnnualReport report) {
        return new PublishedTextFormat().render(report);
    }

    private byte[] bytes(String format, AnnualReport report) {
        ReportWriter writer = formats.byId(format).writer().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private void file(String name, byte[] content) {
        Path file = root.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    private static String toFullWidth(int n) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            text.append((char) (c - '0' + '０'));
        }
        return text.toString();
    }

    static List<Path> list(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files;
    }
}
