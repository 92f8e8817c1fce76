package dev.xxgk.serialization.json;

import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.util.List;
import java.util.Optional;

/** Placeholder until the JSON format lands (issue 4). */
public final class JsonFormat implements ReportFormat {
    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "JSON, keys by the template's codes";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("json");
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
