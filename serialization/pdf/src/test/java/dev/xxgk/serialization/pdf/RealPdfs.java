package dev.xxgk.serialization.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.xxgk.fixtures.RealPdfFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three real published PDFs of the fixtures module and their truth files. */
final class RealPdfs {

    static final String HONGZE_2023 = RealPdfFiles.HONGZE_2023;
    static final String HONGZE_2024 = RealPdfFiles.HONGZE_2024;
    static final String HUAIAN_2024 = RealPdfFiles.HUAIAN_2024;

    private RealPdfs() {
    }

    static InputStream pdf(String stem) {
        return RealPdfFiles.open(stem + ".pdf");
    }

    static byte[] bytes(String stem) {
        return RealPdfFiles.pdf(stem);
    }

    static JsonNode truth(String stem) {
        try (InputStream in = RealPdfFiles.open(stem + ".truth.json")) {
            return JsonMapper.builder().build().readTree(in);
        }  catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The truth's cells in the file's order (the template's), null for a cell the truth leaves open. */
    static Map<String, Long> cells(String stem) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> cell : truth(stem).get("cells").properties()) {
            cells.put(cell.getKey(), cell.getValue().isNull() ? null : cell.getValue().asLong());
        }
        return cells;
    }
}
