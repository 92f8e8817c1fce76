package dev.xxgk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellPathTest {

    @Test
    void aCellsPathIsItsCodeAndPrintsAsIt() {
        Cell cell = Template.of(Edition.EDITION_2021).cell("applications.granted.total");
        CellPath path = CellPath.of(cell);
        assertEquals("applications.granted.total", path.toString());
        assertEquals(List.of("applications", "granted", "total"), path.segments());
        assertEquals(CellPath.parse("applications.granted.total"), path);
        assertEquals("publishedOn", CellPath.of(ReportField.PUBLISHED_ON).value());
        assertTrue(path.startsWith(CellPath.parse("applications")));
        assertTrue(path.startsWith(path));
        assertFalse(path.startsWith(CellPath.parse("applications.gran")));
        assertTrue(CellPath.parse("a.b").compareTo(CellPath.parse("a.c")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".a", "a.", "a..b", " a", "a "})
    void aPathWithAnEmptySegmentIsRefused(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellPath.parse(bad));
        assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
    }

    @Test
    void theBoundOfARelationWithBlanks() {
        Relation row = Template.of(Edition.EDITION_2021).relations(RuleId.APP_ROW_TOTAL).get(0);
        long[] v = new long[Template.of(Edition.EDITION_2021).cells().size()];
        for (Cell c : row.left()) {
            v[c.index()] = 1;
        }
        v[row.anchor().index()] = 6;
        assertEquals(RelationOutcome.UNCHECKED, row.bound(v), "no blank: the equation's business");
        v[row.left().get(0).index()] = Relation.BLANK;
        assertEquals(RelationOutcome.HOLDS, row.bound(v));
        v[row.anchor().index()] = 4;
        assertEquals(new RelationOutcome.Broken(5, 4), row.bound(v));
        v[row.anchor().index()] = Relation.BLANK;
        assertEquals(RelationOutcome.UNCHECKED, row.bound(v), "blanks on both sides imply nothing");
        v[row.anchor().index()] = 4;
        v[row.left().get(1).index()] = -9;
        assertEquals(RelationOutcome.UNCHECKED, row.bound(v), "a negative part is NON-NEGATIVE's business");
    }
}
