package dev.xxgk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Template;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Plan#read}: every cell lands at its own index, and the state it returns counts the blank
 * cells (high half) and the negative counts that must not be negative (low half). A rule reads the
 * array by index, so a cell read into its neighbour's place would check the wrong figure.
 */
class PlanTest {

    private static AnnualReport report(Edition edition, Function<Cell, CellValue> value) {
        AnnualReport.Builder builder = AnnualReport.builder(edition).agency("某某县自然资源局")
                .year(edition == Edition.EDITION_2019 ? 2020 : 2023);
        for (Cell cell : Template.of(edition).cells()) {
            builder.cell(cell, value.apply(cell));
        }
        return builder.build();
    }

    private static CellValue money(Cell cell, int amount) {
        return cell.kind() == CellKind.MONEY_WAN_YUAN ? Money.ofWanYuan(BigDecimal.valueOf(amount))
                : Money.of(BigDecimal.valueOf(amount), MoneyUnit.YUAN);
    }

    private static boolean isMoney(Cell cell) {
        return cell.kind() == CellKind.MONEY || cell.kind() == CellKind.MONEY_WAN_YUAN;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyCountIsReadAtItsOwnIndex(Edition edition) {
        // a value of its own per cell: a cell read one place off would show another's value
        AnnualReport report = report(edition, cell -> isMoney(cell) ? money(cell, 5) : Count.of(cell.index() + 1));
        long[] values = new long[Plan.MAX_CELLS];
        int state = Plan.of(edition).read(report, values);
        assertEquals(0, state, "no blank cell, no negative count");
        for (Cell cell : Template.of(edition).cells()) {
            assertEquals(isMoney(cell) ? 0 : cell.index() + 1, values[cell.index()], cell.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void zerosAreNeitherBlankNorNegative(Edition edition) {
        AnnualReport report = report(edition, cell -> isMoney(cell) ? money(cell, 0) : Count.of(0));
        long[] values = new long[Plan.MAX_CELLS];
        assertEquals(0, Plan.of(edition).read(report, values));
        for (Cell cell : Template.of(edition).cells()) {
            assertEquals(0, values[cell.index()], cell.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theStateCountsBlanksAndNegativeCounts(Edition edition) {
        List<Cell> cells = Template.of(edition).cells();
        // every third cell blank, every third negative: a count of unsigned kind adds 1 to the low half,
        // a signed count and a negative amount (read as -1) add nothing, a blank adds 1 << 16
        AnnualReport report = report(edition, cell -> switch (cell.index() % 3) {
            case 0 -> cell.blank();
            case 1 -> isMoney(cell) ? money(cell, -2) : Count.of(-2);
            default -> isMoney(cell) ? money(cell, 3) : Count.of(3);
        });
        long[] values = new long[Plan.MAX_CELLS];
        int blanks = 0;
        int negatives = 0;
        for (Cell cell : cells) {
            if (cell.index() % 3 == 0) {
                blanks++;
            } else if (cell.index() % 3 == 1 && cell.kind() == CellKind.COUNT) {
                negatives++;
            }
        }
        assertEquals((blanks << 16) + negatives, Plan.of(edition).read(report, values));
        for (Cell cell : cells) {
            long expected = switch (cell.index() % 3) {
                case 0 -> Plan.BLANK;
                case 1 -> isMoney(cell) ? -1 : -2;
                default -> isMoney(cell) ? 0 : 3;
            };
            assertEquals(expected, values[cell.index()], cell.toString());
        }
    }
}
