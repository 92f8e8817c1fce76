package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of single printed cells: a number, a placeholder for an empty cell ({@code /},
 * {@code -}, {@code 无}), an amount with its unit, {@code 增 25}. A value is read only as printed:
 * a count is never rounded, an amount never converted.
 */
final class CellValues {

    /** What a cell's text is, before it meets a cell of the template. */
    enum Shape { EMPTY, PLACEHOLDER, NUMBER, TEXT }

    /** Why a printed figure is not a value of its cell; each is a note kind. */
    record Converted(CellValue value, PipelineNote problem) {
        boolean ok() {
            return value != null;
        }
    }

    private CellValues() {
    }

    /**
     * The single token of a cell's text.
     *
     * @param text the cell's text
     * @return the token, or null when the text is empty or more than one token
     */
    static PublishedTextToken single(String text) {
        List<PublishedTextToken> tokens = new ArrayList<>(2);
        PublishedTextToken.tokenize(text, tokens);
        return tokens.size() == 1 ? tokens.get(0) : null;
    }

    /**
     * What a cell's text is.
     *
     * @param text the text
     * @return its shape
     */
    static Shape shape(String text) {
        if (text.isBlank()) {
            return Shape.EMPTY;
        }
        PublishedTextToken token = single(text);
        if (token == null || token.type == PublishedTextToken.Type.TEXT) {
            return Shape.TEXT;
        }
        return token.type == PublishedTextToken.Type.PLACEHOLDER ? Shape.PLACEHOLDER : Shape.NUMBER;
    }

    /**
     * Converts a cell's text to the value of a cell of the template.
     *
     * @param text the text as printed
     * @param cell the cell it stands in
     * @param headerUnit the unit the column's header prints, or null
     * @return the value, or the problem
     */
    static Converted convert(String text, Cell cell, MoneyUnit headerUnit) {
        if (text.isBlank()) {
            return new Converted(cell.blank(), null);
        }
        PublishedTextToken token = single(text);
        if (token == null || token.type == PublishedTextToken.Type.TEXT) {
            return new Converted(null, PipelineNote.CELL_NOT_A_VALUE);
        }
        return convert(token, cell, headerUnit);
    }

    /**
     * Converts a token to the kind of value a cell holds.
     *
     * @param token a number or a placeholder
     * @param cell the cell
     * @param headerUnit the unit the column's header prints, or null
     * @return the value, or the problem
     */
    static Converted convert(PublishedTextToken token, Cell cell, MoneyUnit headerUnit) {
        if (token.type == PublishedTextToken.Type.PLACEHOLDER) {
            return new Converted(cell.blank(), null);
        }
        CellKind kind = cell.kind();
        if (kind.isCount()) {
            if (token.unit != null) {
                return new Converted(null, PipelineNote.CELL_AMOUNT_IN_COUNT);
            }
            if (token.fraction != null) {
                return new Converted(null, PipelineNote.CELL_NOT_WHOLE);
            }
            try {
                return new Converted(Count.parse((token.negative ? "-" : "") + token.digits), null);
            } catch (IllegalArgumentException e) {
                return new Converted(null, PipelineNote.CELL_TOO_LARGE);
            }
        }
        if (token.digits.length() + (token.fraction == null ? 0 : token.fraction.length()) > PublishedTextToken.MAX_DIGITS) {
            return new Converted(null, PipelineNote.CELL_TOO_LARGE);
        }
        BigDecimal amount = Money.parseAmount((token.negative ? "-" : "") + token.digits
                + (token.fraction == null ? "" : "." + token.fraction));
        if (kind == CellKind.MONEY_WAN_YUAN) {
            if (token.unit == MoneyUnit.YUAN) {
                return new Converted(null, PipelineNote.CELL_YUAN_IN_WAN);
            }
            return new Converted(Money.ofWanYuan(amount), null);
        }
        MoneyUnit unit = token.unit != null ? token.unit : headerUnit;
        if (unit == null) {
            return new Converted(null, PipelineNote.CELL_NO_UNIT);
        }
        return new Converted(Money.of(amount, unit), null);
    }

    /**
     * A unit printed in a column's header, such as {@code 采购总金额（万元）}.
     *
     * @param header the header's text
     * @return the unit, or null
     */
    static MoneyUnit headerUnit(String header) {
        String c = PublishedTextNormalizer.compact(header);
        if (c.contains("(万元)") || c.contains("单位:万元") || c.endsWith("万元")) {
            return MoneyUnit.WAN_YUAN;
        }
        if (c.contains("(元)") || c.contains("单位:元") || c.endsWith("元")) {
            return MoneyUnit.YUAN;
        }
        return null;
    }
}
