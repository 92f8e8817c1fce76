package dev.xxgk.serialization.userformat;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A format a user adds without touching the SDK: it writes a report's agency and year as one
 * tab-separated line, and reads nothing. Declared in this test tree's
 * {@code META-INF/services/dev.xxgk.serialization.spi.ReportFormat}.
 */
public final class TsvNamesFormat implements ReportFormat {

    @Override
    public String id() {
        return "names-tsv";
    }

    @Override
    public String description() {
        return "agency and year, tab-separated (a user's format in the tests)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("tsv");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.of((AnnualReport report, java.io.OutputStream out) -> {
            try {
                out.write((report.agency() + "\t" + report.year() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
