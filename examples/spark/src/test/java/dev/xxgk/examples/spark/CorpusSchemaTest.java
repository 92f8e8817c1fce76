package dev.xxgk.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Template;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class CorpusSchemaTest {

    @Test
    void everyCellOfBothEditionsIsAColumnNamedByItsCode() {
        Set<String> names = new HashSet<>(Arrays.asList(CorpusSchema.reports().fieldNames()));
        assertEquals(CorpusSchema.reports().fields().length, names.size(), "column names are unique");
        for (Edition edition : Edition.values()) {
            for (Cell cell : Template.of(edition).cells()) {
                assertTrue(names.contains(cell.code()), cell.code());
                StructField field = CorpusSchema.reports().apply(cell.code());
                assertEquals(cell.kind().isMoney() ? CorpusSchema.MONEY : DataTypes.IntegerType, field.dataType(),
                        cell.code());
                assertTrue(field.nullable(), "a blank cell is null: " + cell.code());
                assertEquals(cell.kind().isMoney(), names.contains(cell.code() + CorpusSchema.UNIT_SUFFIX), cell.code());
            }
        }
    }

    @Test
    void theHeaderComesBeforeTheCells() {
        List<String> header = Arrays.asList(CorpusSchema.reports().fieldNames()).subList(0, CorpusSchema.HEADER_COLUMNS);
        assertEquals(List.of("file", "index", "format", "edition", "agency", "agencyKey", "year", "publishedOn", "valid",
                "errors", "warnings", "infos", "notes", "previous"), header);
        long cellColumns = CorpusSchema.cells().stream().mapToLong(c -> c.kind().isMoney() ? 2 : 1).sum();
        assertEquals(CorpusSchema.HEADER_COLUMNS + cellColumns, CorpusSchema.reports().fields().length);
    }
}
