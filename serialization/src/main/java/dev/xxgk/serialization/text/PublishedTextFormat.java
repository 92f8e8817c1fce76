package dev.xxgk.serialization.text;

import dev.xxgk.serialization.spi.ReportFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.serialization.spi.ReportWriter;
import java.util.List;
import java.util.Optional;

/** Placeholder until the JSON format lands (issue 5). */
public final class PublishedTextFormat implements ReportFormat {
    @Override
    public String id() {
        return "text";
    }

    @Override
    public String description() {
        return "Published text";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt");
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
