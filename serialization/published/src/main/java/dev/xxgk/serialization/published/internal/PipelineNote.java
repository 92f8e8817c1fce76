package dev.xxgk.serialization.published.internal;

import dev.xxgk.serialization.spi.BundledNoteKind;
import dev.xxgk.serialization.spi.NoteBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of note of the reading pipeline: each has a stable id, {@code published.} and its name
 * in lower case with hyphens ({@code ROW_RESOLVED} is {@code published.row-resolved}), and its
 * patterns in {@code notes.properties} (English) and {@code notes_zh_CN.properties} (Chinese).
 * The arguments of each kind are listed with it, in order.
 */
public enum PipelineNote implements BundledNoteKind {

    /** {0} the field's {@linkplain #TERMS term}, {1} the value, {2} the term of where it was found. */
    FIELD_SOURCE,
    /** {0} the field's term, {1} the value used, {2} where, {3} the other value, {4} where it was found (terms). */
    FIELD_DISAGREES,
    /** {0} the name in the title, {1} the full name used, {2} the term of where the full name was found. */
    AGENCY_FULL_NAME,
    /** {0} the date as printed, {1} the label. */
    DATE_INVALID,
    /** {0} the date, {1} the label. */
    DATE_IN_BODY,
    /** {0} the date, {1} the label, {2} the report year. */
    DATE_BEFORE_YEAR,
    /** {0} the labels of edition 2019 found, {1} those of edition 2021, {2} the edition chosen. */
    EDITION_MIXED,
    /** {0} the edition, {1} the report year. */
    EDITION_BY_YEAR,
    /** {0} the report year, {1} the edition of the tables, {2} the edition's source. */
    EDITION_NOT_OF_YEAR,
    /** {0} the section's heading. */
    SECTION_NOT_FOUND,
    /** {0} the section's heading as the template prints it, {1} as printed. */
    HEADING_LOOSE,
    /** {0} the section's heading as the template prints it, {1} as printed (numbered otherwise). */
    HEADING_RENUMBERED,
    /** {0} the figures as printed, {1} the row's label. */
    NUMBERS_ABOVE_LABEL,
    /** {0} the row's label, {1} the figures above it, {2} the figures below it. */
    FIGURES_ABOVE_OR_BELOW,
    /** {0} the section's heading. */
    TABLE_NOT_FOUND,
    /** {0} the section's heading. */
    TABLE_WITHOUT_HEADING,
    /** {0} the row's label. */
    ROW_NOT_FOUND,
    /** {0} the label as printed, {1} the template's label: the numbering is left out or differs. */
    LABEL_NUMBERING,
    /** {0} the label as printed, {1} the template's label it begins. */
    LABEL_TRUNCATED,
    /** {0} the label as printed, {1} the template's label it ends. */
    LABEL_TAIL,
    /** {0} the label as printed, {1} the template's label it differs from by one character. */
    LABEL_TYPO,
    /** {0} the label as printed, {1} the one template label of its number that holds most of its characters. */
    LABEL_NUMBERED_TYPO,
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_NOT_A_VALUE,
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_AMOUNT_IN_COUNT,
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_NOT_WHOLE,
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_TOO_LARGE,
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_NO_UNIT,
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_YUAN_IN_WAN,
    /** {0} the cell's label, {1} the value read first, {2} its location, {3} the other value. */
    CELL_READ_TWICE,
    /** {0} the cell's label, {1} the value. */
    CELL_REPEATED,
    /** {0} how many numbers, {1} the numbers as printed. */
    NUMBERS_WITHOUT_ROW,
    /** {0} the row's label, {1} how many numbers, {2} the numbers as printed. */
    NUMBERS_WITHOUT_COLUMN,
    /** {0} the row's label, {1} how many numbers. */
    COLUMNS_BY_POSITION,
    /** {0} a header label as printed, {1} how many cells it stands over with the empty ones after it, {2} its row's columns. */
    HEADER_SPAN_UNKNOWN,
    /** {0} how many lines, {1} the first line of the body. */
    HEADER_LINES_NOT_KEPT,
    /** {0} the signature, {1} how many lines follow it, {2} the section's heading. */
    SIGNATURE_NOT_KEPT,
    /** {0} the row's label as printed, {1} the edition the row belongs to, {2} the edition read, {3} the figures. */
    ROW_OF_OTHER_EDITION,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the line read whole. */
    ROW_NOT_USED,
    /** {0} the row's label, {1} the numbers, {2} the line used. */
    ROW_AGAIN_DAMAGED,
    /** {0} the row's label, {1} the numbers. */
    ROW_READ_AGAIN,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} empty fields, {5} the row read. */
    ROW_BY_FIELDS,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the row read. */
    ROW_SAME_EVERY_WAY,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the row read, {5} the rule ids. */
    ROW_RESOLVED,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers. */
    ROW_TOO_DAMAGED,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the rule ids broken, or -. */
    ROW_NO_READING,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} a reading with cells unknown. */
    ROW_UNDETERMINED,
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} one reading, {5} another. */
    ROW_AMBIGUOUS;

    private static final NoteBundle BUNDLE = NoteBundle.of(PipelineNote.class, "notes", "published");

    /**
     * The prefix of the keys of the terms some kinds' arguments are: a field or a place in the
     * document, given as a code ({@code year}, {@code agency}, {@code publishedOn}, {@code title},
     * {@code signature}, {@code period}, {@code first}), or a code and what was printed there
     * ({@code metadata:名称}, {@code at:12}, {@code label:发布日期}), and worded in the message's
     * language: {@code published.term.year} is "report year" and 报告年度. The argument itself, as
     * {@link dev.xxgk.serialization.ReadingNote#arguments()} gives it, stays the code.
     */
    static final String TERMS = "published.term.";

    @Override
    public NoteBundle bundle() {
        return BUNDLE;
    }

    @Override
    public String message(Locale locale, List<String> arguments) {
        int[] terms = switch (this) {
            case FIELD_SOURCE -> new int[] {0, 2};
            case FIELD_DISAGREES -> new int[] {0, 2, 4};
            case AGENCY_FULL_NAME -> new int[] {2};
            default -> new int[0];
        };
        if (terms.length == 0) {
            return BUNDLE.format(id(), locale, arguments);
        }
        List<String> worded = new ArrayList<>(arguments);
        for (int i : terms) {
            if (i < worded.size()) {
                worded.set(i, term(worded.get(i), locale));
            }
        }
        return BUNDLE.format(id(), locale, worded);
    }

    /** A term in the language, or the argument as it is when it names no term. */
    private static String term(String argument, Locale locale) {
        int colon = argument.indexOf(':');
        String key = TERMS + (colon < 0 ? argument : argument.substring(0, colon));
        if (!BUNDLE.keys(locale).contains(key)) {
            return argument;
        }
        return BUNDLE.format(key, locale, colon < 0 ? List.of() : List.of(argument.substring(colon + 1)));
    }
}
