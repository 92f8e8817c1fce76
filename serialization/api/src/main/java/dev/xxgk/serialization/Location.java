package dev.xxgk.serialization;

import java.util.Locale;
import java.util.Objects;

/**
 * Where in an input a piece of a report was found: a line (and column) of a text or markup file,
 * a position on a page of a PDF, or a cell of a workbook. Notes and errors carry one, so that the
 * person who checks a reading can find the place.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Location permits Location.Line, Location.Page, Location.SheetCell, Location.Unknown {

    /**
     * No particular place: the whole input.
     *
     * @return the unknown location
     */
    static Location unknown() {
        return Unknown.INSTANCE;
    }

    /**
     * A line of a text.
     *
     * @param line the 1-based line
     * @return the location
     * @throws IllegalArgumentException if the line is not positive
     */
    static Location line(long line) {
        return new Line(line, 0);
    }

    /**
     * A line and column of a text.
     *
     * @param line the 1-based line
     * @param column the 1-based column, or 0 when not known
     * @return the location
     * @throws IllegalArgumentException if the line is not positive or the column is negative
     */
    static Location line(long line, long column) {
        return new Line(line, column);
    }

    /**
     * A position on a page.
     *
     * @param page the 1-based page
     * @param x the distance from the page's left edge, in points (1/72 inch)
     * @param y the distance from the page's top edge, in points
     * @return the location
     * @throws IllegalArgumentException if the page is not positive
     */
    static Location page(int page, float x, float y) {
        return new Page(page, x, y);
    }

    /**
     * A cell of a workbook.
     *
     * @param sheet the sheet's name
     * @param cell the cell's reference, such as {@code C12}
     * @return the location
     */
    static Location cell(String sheet, String cell) {
        return new SheetCell(sheet, cell);
    }

    /**
     * The line of a text location, for the formats that have lines.
     *
     * @return the 1-based line, or 0 for a location that is not on a line
     */
    default long lineNumber() {
        return 0;
    }

    /**
     * The location as a person reads it.
     *
     * @param locale Chinese for a Chinese locale, English otherwise
     * @return e.g. {@code 第12行}, {@code line 12}, {@code 第3页（x=72, y=400）}, {@code 表三!C12}; empty when unknown
     */
    String describe(Locale locale);

    private static boolean chinese(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    /**
     * A line of a text or markup file.
     *
     * @param line the 1-based line
     * @param column the 1-based column, or 0 when not known
     */
    record Line(long line, long column) implements Location {

        /**
         * Checks that the line is positive and the column not negative.
         *
         * @param line the 1-based line
         * @param column the 1-based column, or 0
         */
        public Line {
            if (line < 1 || column < 0) {
                throw new IllegalArgumentException("a line is 1-based and a column 1-based or 0, was " + line + ":" + column);
            }
        }

        @Override
        public long lineNumber() {
            return line;
        }

        @Override
        public String describe(Locale locale) {
            if (chinese(locale)) {
                return "第" + line + "行" + (column > 0 ? "第" + column + "列" : "");
            }
            return "line " + line + (column > 0 ? ", column " + column : "");
        }

        @Override
        public String toString() {
            return column > 0 ? line + ":" + column : Long.toString(line);
        }
    }

    /**
     * A position on a page of a paged document.
     *
     * @param page the 1-based page
     * @param x the distance from the page's left edge, in points
     * @param y the distance from the page's top edge, in points
     */
    record Page(int page, float x, float y) implements Location {

        /**
         * Checks that the page is positive.
         *
         * @param page the 1-based page
         * @param x the distance from the left edge, in points
         * @param y the distance from the top edge, in points
         */
        public Page {
            if (page < 1) {
                throw new IllegalArgumentException("a page is 1-based, was " + page);
            }
        }

        @Override
        public String describe(Locale locale) {
            String at = "x=" + Math.round(x) + ", y=" + Math.round(y);
            return chinese(locale) ? "第" + page + "页（" + at + "）" : "page " + page + " (" + at + ")";
        }

        @Override
        public String toString() {
            return "p" + page + "@" + Math.round(x) + "," + Math.round(y);
        }
    }

    /**
     * A cell of a workbook.
     *
     * @param sheet the sheet's name
     * @param cell the cell's reference, such as {@code C12}
     */
    record SheetCell(String sheet, String cell) implements Location {

        /**
         * Rejects nulls.
         *
         * @param sheet the sheet's name
         * @param cell the cell's reference
         */
        public SheetCell {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(cell, "cell");
        }

        @Override
        public String describe(Locale locale) {
            return toString();
        }

        @Override
        public String toString() {
            return sheet + "!" + cell;
        }
    }

    /** No particular place. */
    record Unknown() implements Location {

        static final Unknown INSTANCE = new Unknown();

        @Override
        public String describe(Locale locale) {
            return "";
        }

        @Override
        public String toString() {
            return "";
        }
    }
}
