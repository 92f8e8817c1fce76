package dev.xxgk.serialization.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three real published PDFs of the test resources and their truth files. */
final class RealPdfs {

    static final String HONGZE_2023 = "2023-hongzequ-zf";
    static final String HONGZE_2024 = "2024-hongzequ-zf";
    static final String HUAIAN_2024 = "2024-huaian-szf";

    private RealPdfs() {
    }

    static InputStream pdf(String stem) {
        return Objects.requireNonNull(RealPdfs.class.getResourceAsStream(stem + ".pdf"), stem + ".pdf");
    }

    static byte[] bytes(String stem) {
        try (InputStream in = pdf(stem)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode truth(String stem) {
        try (InputStream in = RealPdfs.class.getResourceAsStream(stem + ".truth.json")) {
            return JsonMapper.builder().build().readTree(Objects.requireNonNull(in, stem + ".truth.json"));
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
