package dev.xxgk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.Edition;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RelationTest {

    private final Template template = Template.of(Edition.EDITION_2021);
    private final Relation rowTotal = template.relations(RuleId.APP_ROW_TOTAL).get(0);

    private long[] values(long... row) {
        long[] values = new long[template.cells().size()];
        Arrays.fill(values, Relation.BLANK);
        for (int i = 0; i < row.length; i++) {
            values[rowTotal.cells().get(i).index()] = row[i];
        }
        return values;
    }

    @Test
    void holdsWhenBothSidesAreEqual() {
        assertEquals(RelationOutcome.HOLDS, rowTotal.evaluate(values(1, 2, 3, 0, 0, 0, 6)));
        assertTrue(rowTotal.evaluate(values(1, 2, 3, 0, 0, 0, 6)).holds());
    }

    @Test
    void brokenCarriesBothSums() {
        assertEquals(new RelationOutcome.Broken(6, 7), rowTotal.evaluate(values(1, 2, 3, 0, 0, 0, 7)));
    }

    @Test
    void aBlankCellIsNotZero() {
        long[] values = values(1, 2, 3, 0, 0, 0, 6);
        values[rowTotal.left().get(3).index()] = Relation.BLANK;
        assertEquals(RelationOutcome.UNCHECKED, rowTotal.evaluate(values));
        assertEquals(OptionalLong.of(0), rowTotal.solve(values));
        values[rowTotal.anchor().index()] = Relation.BLANK;
        assertEquals(OptionalLong.empty(), rowTotal.solve(values));
    }

    @Test
    void solvesTheOneBlankCellOnEitherSide() {
        long[] total = values(1, 2, 3, 0, 0, 0, 6);
        total[rowTotal.anchor().index()] = Relation.BLANK;
        assertEquals(OptionalLong.of(6), rowTotal.solve(total));
        long[] part = values(1, 2, 3, 0, 0, 0, 5);
        part[rowTotal.left().get(0).index()] = Relation.BLANK;
        assertEquals(OptionalLong.of(0), rowTotal.solve(part));
        assertEquals(OptionalLong.empty(), rowTotal.solve(values(1, 2, 3, 0, 0, 0, 6)));
    }

    @Test
    void ruleIdsHaveOneForm() {
        assertEquals("APP-BALANCE", RuleId.of("APP-BALANCE").toString());
        assertThrows(IllegalArgumentException.class, () -> RuleId.of("app-balance"));
        assertThrows(IllegalArgumentException.class, () -> RuleId.of("APP--BALANCE"));
        assertThrows(NullPointerException.class, () -> RuleId.of(null));
    }
}
