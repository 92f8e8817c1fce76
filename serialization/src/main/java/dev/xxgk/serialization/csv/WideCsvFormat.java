package dev.xxgk.serialization.csv;

import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.util.List;
import java.util.Optional;

/** Placeholder until the wide CSV format lands (issue 4). */
public final class WideCsvFormat implements ReportFormat {
    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "Wide CSV";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public Optional<ReportReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<ReportWriter> writer() {
        return Optional.empty();
    }
}
