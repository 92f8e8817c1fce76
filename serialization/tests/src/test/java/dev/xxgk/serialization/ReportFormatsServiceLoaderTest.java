package dev.xxgk.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.serialization.spi.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user adds a format without touching the SDK: a class implementing {@link ReportFormat} and a
 * {@code META-INF/services} entry, both in this test tree. Runs on the class path, as most
 * applications do, in the test-only module {@code serialization/tests}:
 * on the module path a module declares its formats with {@code provides} instead.
 */
class ReportFormatsServiceLoaderTest {

    @Test
    void theServiceLoaderFindsAUsersFormatBesideTheSdks() {
        ReportFormats installed = ReportFormats.installed();
        List<String> ids = installed.all().stream().map(ReportFormat::id).toList();
        assertTrue(ids.containsAll(List.of("json", "csv", "csv-layout", "names-tsv")), ids.toString());
        ReportFormat format = installed.forFile("agencies.tsv", new byte[0]);
        assertEquals("names-tsv", format.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(PublishedReports.dongyingqu2023(), out);
        assertEquals("东营市东营区人民政府办公室\t2023\n", out.toString(StandardCharsets.UTF_8));
    }
}
