package dev.xxgk.serialization.published.internal;

import dev.xxgk.serialization.spi.NoteBundle;
import dev.xxgk.serialization.spi.NoteKind;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of note of the reading pipeline: each has a stable id ({@code published.*}) and its
 * patterns in {@code notes.properties} (English) and {@code notes_zh_CN.properties} (Chinese).
 * The arguments of each kind are listed with it, in order.
 */
public enum PipelineNote implements NoteKind {

    /** {0} the field (agency, year, date), {1} the value, {2} where it was found. */
    FIELD_SOURCE("published.field-source"),
    /** {0} the field, {1} the value used, {2} where, {3} the other value, {4} where it was found. */
    FIELD_DISAGREES("published.field-disagrees"),
    /** {0} the name in the title, {1} the full name used, {2} where the full name was found. */
    AGENCY_FULL_NAME("published.agency-full-name"),
    /** {0} the date as printed, {1} the label. */
    DATE_INVALID("published.date-invalid"),
    /** {0} the date, {1} the label. */
    DATE_IN_BODY("published.date-in-body"),
    /** {0} the date, {1} the label, {2} the report year. */
    DATE_BEFORE_YEAR("published.date-before-year"),
    /** {0} the labels of edition 2019 found, {1} those of edition 2021, {2} the edition chosen. */
    EDITION_MIXED("published.edition-mixed"),
    /** {0} the edition, {1} the report year. */
    EDITION_BY_YEAR("published.edition-by-year"),
    /** {0} the report year, {1} the edition of the tables, {2} the edition's source. */
    EDITION_NOT_OF_YEAR("published.edition-not-of-year"),
    /** {0} the section's heading. */
    SECTION_NOT_FOUND("published.section-not-found"),
    /** {0} the section's heading as the template prints it, {1} as printed. */
    HEADING_LOOSE("published.heading-loose"),
    /** {0} the section's heading as the template prints it, {1} as printed (numbered otherwise). */
    /** {0} the figures as printed, {1} the row's label. */
    NUMBERS_ABOVE_LABEL("published.numbers-above-label"),
    /** {0} the row's label, {1} the figures above it, {2} the figures below it. */
    FIGURES_ABOVE_OR_BELOW("published.figures-above-or-below"),
    HEADING_RENUMBERED("published.heading-renumbered"),
    /** {0} the section's heading. */
    TABLE_NOT_FOUND("published.table-not-found"),
    /** {0} the section's heading. */
    TABLE_WITHOUT_HEADING("published.table-without-heading"),
    /** {0} the row's label. */
    ROW_NOT_FOUND("published.row-not-found"),
    /** {0} the label as printed, {1} the template's label: the numbering is left out or differs. */
    LABEL_NUMBERING("published.label-numbering"),
    /** {0} the label as printed, {1} the template's label it begins. */
    LABEL_TRUNCATED("published.label-truncated"),
    /** {0} the label as printed, {1} the template's label it ends. */
    LABEL_TAIL("published.label-tail"),
    /** {0} the label as printed, {1} the template's label it differs from by one character. */
    LABEL_TYPO("published.label-typo"),
    /** {0} the label as printed, {1} the one template label of its number that holds most of its characters. */
    LABEL_NUMBERED_TYPO("published.label-numbered-typo"),
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_NOT_A_VALUE("published.cell-not-a-value"),
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_AMOUNT_IN_COUNT("published.cell-amount-in-count"),
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_NOT_WHOLE("published.cell-not-whole"),
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_TOO_LARGE("published.cell-too-large"),
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_NO_UNIT("published.cell-no-unit"),
    /** {0} the text of the cell, {1} the cell's label. */
    CELL_YUAN_IN_WAN("published.cell-yuan-in-wan"),
    /** {0} the cell's label, {1} the value read first, {2} its location, {3} the other value. */
    CELL_READ_TWICE("published.cell-read-twice"),
    /** {0} the cell's label, {1} the value. */
    CELL_REPEATED("published.cell-repeated"),
    /** {0} how many numbers, {1} the numbers as printed. */
    NUMBERS_WITHOUT_ROW("published.numbers-without-row"),
    /** {0} the row's label, {1} how many numbers, {2} the numbers as printed. */
    NUMBERS_WITHOUT_COLUMN("published.numbers-without-column"),
    /** {0} the row's label, {1} how many numbers. */
    COLUMNS_BY_POSITION("published.columns-by-position"),
    /** {0} how many lines, {1} the first line of the body. */
    HEADER_LINES_NOT_KEPT("published.header-lines-not-kept"),
    /** {0} the signature, {1} how many lines follow it, {2} the section's heading. */
    SIGNATURE_NOT_KEPT("published.signature-not-kept"),
    /** {0} the row's label as printed, {1} the edition the row belongs to, {2} the edition read, {3} the figures. */
    ROW_OF_OTHER_EDITION("published.row-of-other-edition"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the line read whole. */
    ROW_NOT_USED("published.row-not-used"),
    /** {0} the row's label, {1} the numbers, {2} the line used. */
    ROW_AGAIN_DAMAGED("published.row-again-damaged"),
    /** {0} the row's label, {1} the numbers. */
    ROW_READ_AGAIN("published.row-read-again"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} empty fields, {5} the row read. */
    ROW_BY_FIELDS("published.row-by-fields"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the row read. */
    ROW_SAME_EVERY_WAY("published.row-same-every-way"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the row read, {5} the rule ids. */
    ROW_RESOLVED("published.row-resolved"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers. */
    ROW_TOO_DAMAGED("published.row-too-damaged"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} the rule ids broken, or -. */
    ROW_NO_READING("published.row-no-reading"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} a reading with cells unknown. */
    ROW_UNDETERMINED("published.row-undetermined"),
    /** {0} the row's label, {1} how many numbers, {2} how many cells, {3} the numbers, {4} one reading, {5} another. */
    ROW_AMBIGUOUS("published.row-ambiguous");

    private static final NoteBundle BUNDLE = NoteBundle.of(PipelineNote.class, "notes");

    private final String id;

    PipelineNote(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String message(Locale locale, List<String> arguments) {
        return BUNDLE.format(id, locale, arguments);
    }

    /**
     * The bundle, for the key-parity test.
     *
     * @return the bundle
     */
    static NoteBundle bundle() {
        return BUNDLE;
    }
}
