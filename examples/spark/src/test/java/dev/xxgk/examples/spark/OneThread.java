package dev.xxgk.examples.spark;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.UnknownFormatException;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the job must write, computed by the SDK alone on one thread, file after file, with no
 * Spark: the expected rows of both data sets, as lists of values in the schema's column order.
 */
final class OneThread {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    final List<List<Object>> reports = new ArrayList<>();
    final List<List<Object>> findings = new ArrayList<>();
    long pairs;

    private final ReportValidator validator;
    private final ReportFormats formats = ReportFormats.installed();
    private final Map<String, List<Read>> byAgencyYear = new HashMap<>();
    private final List<Read> read = new ArrayList<>();

    private record Read(String file, int index, String format, AnnualReport report, ValidationResult alone,
            int findings, List<Object> row) {
        String source() {
            return index == 0 ? file : file + "#" + index;
        }
    }

    private OneThread(Profile profile) {
        this.validator = ReportValidator.standard(profile);
    }

    static OneThread run(Path root, Profile profile) throws IOException {
        OneThread sdk = new OneThread(profile);
        for (Path path : TestCorpus.list(root)) {
            sdk.file(root.relativize(path).toString().replace('\\', '/'), path);
        }
        sdk.crossYear();
        return sdk;
    }

    private void file(String file, Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ReportFormat format;
        try {
            format = formats.forFile(path.getFileName().toString(), Arrays.copyOf(bytes, Math.min(bytes.length, 8192)));
        } catch (UnknownFormatException e) {
            refused(file, 0, null, "unknown-format", "", "", "", file + ": " + e.getMessage());
            return;
        }
        int index = format.holdsMany() ? 1 : 0;
        try (InputStream in = Files.newInputStream(path);
                Stream<Reading> readings = format.reader().orElseThrow().readAll(in, file)) {
            for (Reading reading : (Iterable<Reading>) readings::iterator) {
                report(file, index, format.id(), reading);
                index++;
            }
        } catch (ReportFormatException e) {
            String location = e.line() > 0 ? (e.column() > 0 ? e.line() + ":" + e.column() : "" + e.line()) : "";
            String problem = e.getMessage();
            if (format.holdsMany() && index > 1) {
                problem += " (the " + (index - 1) + " reports before it were read; the rest of the file was not)";
            }
            refused(file, index, format.id(), "format-error", e.path(), e.found(), location, problem);
        }
    }

    private void report(String file, int index, String format, Reading reading) {
        AnnualReport report = reading.report();
        ValidationResult result = validator.validate(report);
        List<Object> row = new ArrayList<>(Arrays.asList(file, index, format, report.edition().code(), report.agency(),
                AgencyKey.of(report.agency()), report.year(), report.publishedOn(), result.isValid(),
                result.errorCount(), result.warningCount(), result.infoCount(), reading.notes().size(), List.of()));
        for (CorpusSchema.CellColumn column : CorpusSchema.cells()) {
            if (report.template().findCell(column.code()).isEmpty()) {
                row.add(null);
                if (column.kind().isMoney()) {
                    row.add(null);
                }
                continue;
            }
            CellValue value = report.cell(column.code());
            if (value instanceof Money money) {
                row.add(money.isBlank() ? null : money.amount().setScale(6));
                row.add(money.isBlank() ? null : money.unit().symbol());
            } else {
                Count count = (Count) value;
                row.add(count.isBlank() ? null : count.value());
            }
        }
        int seq = 0;
        for (ReadingNote note : reading.notes()) {
            findings.add(Arrays.asList(file, index, seq++, "note", note.id(), null, note.path(), "", "", "",
                    note.location().toString(), note.message(ZH), note.message(Locale.ENGLISH), format, null));
        }
        for (Violation v : result.violations()) {
            findings.add(violation(file, index, seq++, format, v, null));
        }
        Read r = new Read(file, index, format, report, result, seq, row);
        read.add(r);
        byAgencyYear.computeIfAbsent(AgencyKey.of(report.agency()) + "|" + report.year(), k -> new ArrayList<>()).add(r);
    }

    private void crossYear() {
        for (Read current : read) {
            List<Read> before = byAgencyYear.getOrDefault(AgencyKey.of(current.report().agency()) + "|"
                    + (current.report().year() - 1), List.of());
            int errors = current.alone().errorCount();
            int warnings = current.alone().warningCount();
            int infos = current.alone().infoCount();
            List<String> previous = new ArrayList<>();
            for (Read last : before) {
                pairs++;
                previous.add(last.source());
                ValidationResult both = validator.validate(current.report(), last.report());
                List<Violation> extra = new ArrayList<>(both.violations());
                current.alone().violations().forEach(extra::remove);
                int seq = current.findings();
                for (Violation v : extra) {
                    findings.add(violation(current.file(), current.index(), seq++, current.format(), v, last.source()));
                    switch (v.severity()) {
                        case ERROR -> errors++;
                        case WARNING -> warnings++;
                        case INFO -> infos++;
                    }
                }
                for (NotApplied rule : both.notApplied()) {
                    findings.add(Arrays.asList(current.file(), current.index(), seq++, "not-applied", rule.ruleId().value(), null,
                            "", "", "", "", "", rule.reason(ZH), rule.reason(Locale.ENGLISH), current.format(),
                            last.source()));
                }
            }
            List<Object> row = new ArrayList<>(current.row());
            row.set(8, errors == 0);
            row.set(9, errors);
            row.set(10, warnings);
            row.set(11, infos);
            row.set(13, previous.stream().sorted().toList());
            reports.add(row);
        }
    }

    private static List<Object> violation(String file, int index, int seq, String format, Violation v, String previous) {
        return Arrays.asList(file, index, seq, "violation", v.ruleId().value(), v.severity().code(), v.path().value(), v.label(),
                v.expected(), v.actual(), "", v.message(ZH), v.message(Locale.ENGLISH), format, previous);
    }

    private void refused(String file, int index, String format, String id, String path, String found, String location,
            String problem) {
        findings.add(Arrays.asList(file, index, 0, "refused", id, null, path, "", "", found, location,
                "未读入：" + problem, "not read: " + problem, format, null));
    }
}
