package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reading pipeline after the front end: outline, alignment, resolution, result. See
 * {@link dev.xxgk.serialization.published.DocumentReader}.
 *
 * <p>Stateless; every call reads its own document.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Reads a report from a document.
     *
     * @param document the document
     * @param format the id of the format, for errors
     * @return the reading
     * @throws ReportFormatException if the document is not a report of either edition
     */
    public static Reading read(Document document, String format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        return new Run(document, format).read();
    }

    private static final class Run {
        private final Document document;
        private final String format;
        private final List<Block> blocks;
        private final List<ReadingNote> notes = new ArrayList<>();

        Run(Document document, String format) {
            this.document = document;
            this.format = format;
            this.blocks = document.blocks();
        }

        private ReportFormatException error(Location at, String path, String found, String problem) {
            return new ReportFormatException(format, document.source(), at.lineNumber(),
                    at instanceof Location.Line l ? l.column() : 0, path, found, problem, null);
        }

        Reading read() {
            int firstText = -1;
            for (int i = 0; i < blocks.size() && firstText < 0; i++) {
                String t = Outline.text(blocks.get(i));
                if (t == null || !t.isBlank()) {
                    firstText = i;
                }
            }
            if (firstText < 0 && document.metadata().isEmpty()) {
                throw error(Location.unknown(), "", "", "the input is empty: not an annual report");
            }
            Outline outline = Outline.of(document);
            notes.addAll(outline.notes());
            boolean anyHeading = outline.firstHeading() < blocks.size();
            if (outline.year() == 0 && !anyHeading) {
                Block first = blocks.get(Math.max(0, firstText));
                String shown = Outline.text(first);
                throw error(first.location(), "", shown == null ? "" : shown.strip(),
                        "not an annual report on government information disclosure: it has neither a title \"<机关><年份>年"
                                + Outline.TITLE + "\" nor any section heading of the template ("
                                + Section.OVERVIEW.heading() + " … " + Section.OTHER_MATTERS.heading() + ")");
            }
            Edition edition = edition(outline);
            Template template = Template.of(edition);
            GridAligner aligner = new GridAligner(template, notes);
            Map<Section, Boolean> gridSeen = new EnumMap<>(Section.class);
            for (int i = 0; i < blocks.size(); i++) {
                if (!(blocks.get(i) instanceof Grid whole && whole.columnsKnown())) {
                    continue;
                }
                String context = context(i);
                for (GridAligner.Part part : aligner.split(whole)) {
                    Grid grid = part.grid();
                    Section in = part.heading() != null ? part.heading() : outline.sectionOf(i);
                    Section read = aligner.align(grid, in != null && in.hasTables() ? in : null,
                            part.heading() != null ? "" : context);
                    context = "";
                    if (read != null) {
                        if (outline.sectionStart()[read.ordinal()] < 0 && !gridSeen.containsKey(read)
                                && read != part.heading()) {
                            notes.add(ReadingNote.of(PipelineNote.TABLE_WITHOUT_HEADING, grid.location(), read.code(),
                                    read.heading()));
                        }
                        gridSeen.put(read, true);
                    } else if (hasNumbers(grid) && in != null && in.hasTables()) {
                        notes.add(ReadingNote.of(PipelineNote.NUMBERS_WITHOUT_ROW, grid.location(), in.code(),
                                countNumbers(grid), shownNumbers(grid)));
                    }
                }
            }
            CellValue[] gridValues = resolve(template, aligner.placements());
            TokenRows.Sink sink = new TokenRows.Sink(template, notes);
            for (Cell cell : template.cells()) {
                if (placed[cell.index()] != null) {
                    sink.values[cell.index()] = gridValues[cell.index()];
                }
            }
            int tokenRows = 0;
            for (Section section : Section.values()) {
                if (!section.hasTables() || aligner.found(section)) {
                    continue;
                }
                int[] region = region(outline, section);
                List<String> lines = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                for (int i = region[0]; i < region[1]; i++) {
                    lines(blocks.get(i), lines, numbers);
                }
                boolean own = outline.sectionStart()[section.ordinal()] >= 0;
                int found = new TokenRows(template, section, lines.toArray(new String[0]),
                        numbers.stream().mapToInt(Integer::intValue).toArray(), sink).read(0, lines.size(), own);
                if (section != Section.RECONSIDERATION_AND_LITIGATION) {
                    tokenRows += found;
                }
                if (!own && found > 0) {
                    notes.add(ReadingNote.of(PipelineNote.TABLE_WITHOUT_HEADING, blocks.get(region[0]).location(),
                            section.code(), section.heading()));
                }
            }
            CellValue[] values = sink.values;
            this.sink = sink;
            if (!aligner.found(Section.PROACTIVE_DISCLOSURE) && !aligner.found(Section.APPLICATIONS) && tokenRows == 0) {
                throw error(Location.unknown(), "", "",
                        "has no template tables (written before the 2019 template?): no row of "
                                + Section.PROACTIVE_DISCLOSURE.heading() + " or " + Section.APPLICATIONS.heading()
                                + " was found by its label");
            }
            noteMissing(template, aligner);
            if (outline.year() == 0) {
                throw error(Location.unknown(), ReportField.AGENCY.code(), "",
                        "has no title \"<机关><年份>年" + Outline.TITLE + "\" before " + Section.OVERVIEW.heading()
                                + ": the agency and the report year are required");
            }
            if (outline.agency() == null) {
                throw error(outline.titleLocation(), ReportField.AGENCY.code(), "",
                        "the title names no agency: expected \"<机关><年份>年" + Outline.TITLE + "\"");
            }
            if (!outline.yearInRange()) {
                throw error(outline.yearLocation(), ReportField.YEAR.code(), Integer.toString(outline.year()),
                        "the report year " + outline.year() + " is outside " + AnnualReport.MIN_YEAR + ".."
                                + AnnualReport.MAX_YEAR);
            }
            if (edition != Edition.forYear(outline.year())) {
                notes.add(ReadingNote.of(PipelineNote.EDITION_NOT_OF_YEAR, Location.unknown(), ReportField.EDITION.code(),
                        outline.year(), edition.code(), edition.source()));
            }
            AnnualReport.Builder builder = AnnualReport.builder(edition)
                    .agency(outline.agency())
                    .year(outline.year())
                    .publishedOn(outline.publishedOn());
            for (Cell cell : template.cells()) {
                builder.cell(cell, values[cell.index()]);
            }
            List<dev.xxgk.model.TemplateDeviation> deviations = new ArrayList<>(aligner.deviations());
            deviations.addAll(sink.deviations);
            builder.deviations(deviations);
            Texts texts = new Texts(blocks, outline, notes);
            texts.noteHeader();
            builder.overview(texts.overview());
            builder.problemsAndImprovements(String.join("\n", texts.lines(Section.PROBLEMS_AND_IMPROVEMENTS)));
            builder.otherMatters(String.join("\n", texts.lines(Section.OTHER_MATTERS)));
            List<ReadingNote> sorted = new ArrayList<>(notes);
            sorted.sort(Comparator.comparingLong(ReadingNote::line));
            return new Reading(builder.build(), sorted);
        }

        /** The blocks a table section is read from: under its heading, or where it would be. */
        private static int[] region(Outline outline, Section section) {
            int s = section.ordinal();
            int from;
            if (outline.sectionStart()[s] >= 0) {
                from = outline.sectionStart()[s] + 1;
            } else {
                from = 0;
                for (int p = s - 1; p >= 0; p--) {
                    if (outline.sectionStart()[p] >= 0) {
                        from = outline.sectionStart()[p] + 1;
                        break;
                    }
                }
            }
            int to = outline.sectionStart()[s] >= 0 ? outline.nextStart(outline.sectionStart()[s], outline.blocks())
                    : outline.nextStart(from - 1, outline.blocks());
            return new int[] {from, Math.max(from, to)};
        }

        /** The lines of a block for the token-row stage: its text, or a token-row grid's rows with tabs between cells. */
        private static void lines(Block block, List<String> lines, List<Integer> numbers) {
            if (block instanceof Grid grid) {
                if (!grid.columnsKnown()) {
                    for (GridRow row : grid.rows()) {
                        StringBuilder line = new StringBuilder();
                        for (GridCell cell : row.cells()) {
                            if (!cell.spanned()) {
                                line.append(line.length() == 0 ? "" : "\t").append(cell.text());
                            }
                        }
                        lines.add(line.toString());
                        numbers.add((int) Math.max(1, row.location().lineNumber()));
                    }
                }
                return;
            }
            lines.add(Outline.text(block));
            numbers.add((int) Math.max(1, block.location().lineNumber()));
        }

        /** The text of the heading or paragraph just before a block, for sub-table headings. */
        private String context(int i) {
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                String t = Outline.text(blocks.get(j));
                if (t == null) {
                    return "";
                }
                if (!t.isBlank()) {
                    return t;
                }
            }
            return "";
        }

        private static boolean hasNumbers(Grid grid) {
            return countNumbers(grid) > 0;
        }

        private static int countNumbers(Grid grid) {
            int n = 0;
            for (GridRow row : grid.rows()) {
                for (GridCell cell : row.cells()) {
                    if (!cell.spanned() && CellValues.shape(cell.text()) == CellValues.Shape.NUMBER) {
                        n++;
                    }
                }
            }
            return n;
        }

        private static String shownNumbers(Grid grid) {
            List<String> shown = new ArrayList<>();
            for (GridRow row : grid.rows()) {
                for (GridCell cell : row.cells()) {
                    if (!cell.spanned() && CellValues.shape(cell.text()) == CellValues.Shape.NUMBER && shown.size() < 20) {
                        shown.add(cell.text());
                    }
                }
            }
            return String.join(" ", shown);
        }

        /** The edition by the labels of the grids that no label of the other edition contains. */
        private Edition edition(Outline outline) {
            StringBuilder tables = new StringBuilder();
            boolean anyTableHeading = false;
            for (Section section : Section.values()) {
                anyTableHeading |= section.hasTables() && outline.sectionStart()[section.ordinal()] >= 0;
            }
            boolean[] inTables = new boolean[blocks.size()];
            for (Section section : Section.values()) {
                if (section.hasTables()) {
                    int[] region = anyTableHeading ? region(outline, section) : new int[] {0, blocks.size()};
                    java.util.Arrays.fill(inTables, region[0], region[1], true);
                }
            }
            for (int i = 0; i < blocks.size(); i++) {
                String t = Outline.text(blocks.get(i));
                if (t != null && inTables[i]) {
                    tables.append(PublishedTextNormalizer.compact(t));
                }
            }
            tables.append('\u0001');
            for (Block block : blocks) {
                if (block instanceof Grid grid) {
                    for (GridRow row : grid.rows()) {
                        String previous = null;
                        for (GridCell cell : row.cells()) {
                            if (!cell.text().equals(previous)) {
                                tables.append(PublishedTextNormalizer.compact(cell.text())).append('\u0001');
                            }
                            previous = cell.text();
                        }
                    }
                }
            }
            Map<Edition, List<String>> hits = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                List<String> found = new ArrayList<>();
                for (String marker : PublishedTextReader.editionMarkers(edition)) {
                    if (tables.indexOf(marker) >= 0) {
                        found.add(marker);
                    }
                }
                hits.put(edition, found);
            }
            int a = hits.get(Edition.EDITION_2019).size();
            int b = hits.get(Edition.EDITION_2021).size();
            if (a > 0 && b > 0) {
                if (a == b) {
                    throw error(Location.unknown(), ReportField.EDITION.code(), "",
                            "the table labels belong to both editions equally (2019: " + hits.get(Edition.EDITION_2019)
                                    + "; 2021: " + hits.get(Edition.EDITION_2021) + "): the edition cannot be told");
                }
                Edition chosen = a > b ? Edition.EDITION_2019 : Edition.EDITION_2021;
                notes.add(ReadingNote.of(PipelineNote.EDITION_MIXED, Location.unknown(), ReportField.EDITION.code(),
                        String.join("、", hits.get(Edition.EDITION_2019)), String.join("、", hits.get(Edition.EDITION_2021)),
                        chosen.code()));
                return chosen;
            }
            if (a > 0) {
                return Edition.EDITION_2019;
            }
            if (b > 0) {
                return Edition.EDITION_2021;
            }
            if (outline.yearInRange()) {
                Edition edition = Edition.forYear(outline.year());
                notes.add(ReadingNote.of(PipelineNote.EDITION_BY_YEAR, Location.unknown(), ReportField.EDITION.code(),
                        edition.code(), outline.year()));
                return edition;
            }
            return Edition.EDITION_2021;
        }

        /** Each placement's printed figure to its cell's value; a cell printed twice differently stays blank. */
        private CellValue[] resolve(Template template, List<GridAligner.Placement> placements) {
            CellValue[] values = new CellValue[template.cells().size()];
            GridAligner.Placement[] first = new GridAligner.Placement[values.length];
            boolean[] conflict = new boolean[values.length];
            for (Cell cell : template.cells()) {
                values[cell.index()] = cell.blank();
            }
            for (GridAligner.Placement placement : placements) {
                Cell cell = placement.cell();
                String text = placement.source().text();
                CellValues.Converted converted = CellValues.convert(text, cell, placement.headerUnit());
                if (!converted.ok()) {
                    notes.add(ReadingNote.of(converted.problem(), placement.source().location(), cell.code(), text,
                            cell.label()));
                    continue;
                }
                int i = cell.index();
                if (first[i] == null) {
                    first[i] = placement;
                    values[i] = converted.value();
                } else if (conflict[i]) {
                    continue;
                } else if (values[i].equals(converted.value())) {
                    notes.add(ReadingNote.of(PipelineNote.CELL_REPEATED, placement.source().location(), cell.code(),
                            cell.label(), show(converted.value())));
                } else {
                    notes.add(ReadingNote.of(PipelineNote.CELL_READ_TWICE, placement.source().location(), cell.code(),
                            cell.label(), show(values[i]), first[i].source().location(), show(converted.value())));
                    values[i] = cell.blank();
                    conflict[i] = true;
                }
            }
            placed = first;
            return values;
        }

        private GridAligner.Placement[] placed;
        private TokenRows.Sink sink;

        private static String show(CellValue value) {
            return value.isBlank() ? "/" : value.toText();
        }

        /** Notes the rows missing from the sections read from grids; the token-row stage notes its own. */
        private void noteMissing(Template template, GridAligner aligner) {
            for (Section section : Section.values()) {
                if (!section.hasTables() || !aligner.found(section)) {
                    continue;
                }
                for (Table table : template.tables(section)) {
                    for (Row row : table.rows()) {
                        boolean any = false;
                        for (Cell cell : table.cells()) {
                            any |= cell.row().equals(row) && placed[cell.index()] != null;
                        }
                        if (!any) {
                            notes.add(ReadingNote.of(PipelineNote.ROW_NOT_FOUND, Location.unknown(), row.code(), row.label()));
                        }
                    }
                }
            }
        }
    }

    /** The text sections: the paragraphs between their headings. */
    static final class Texts {
        private final List<Block> blocks;
        private final Outline outline;
        private final List<ReadingNote> notes;

        Texts(List<Block> blocks, Outline outline, List<ReadingNote> notes) {
            this.blocks = blocks;
            this.outline = outline;
            this.notes = notes;
        }

        /** Notes the blocks before the first heading that are no field of the report. */
        void noteHeader() {
            int first = -1;
            int count = 0;
            for (int i = 0; i < outline.firstHeading() && i < blocks.size(); i++) {
                String t = Outline.text(blocks.get(i));
                if (t == null || t.isBlank() || outline.used()[i]) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                }
                count++;
            }
            if (count == 0) {
                return;
            }
            String before = outline.firstHeading() < blocks.size() ? Outline.text(blocks.get(outline.firstHeading())) : "";
            notes.add(ReadingNote.of(PipelineNote.HEADER_LINES_NOT_KEPT, blocks.get(first).location(), "", count,
                    before == null ? "" : before.strip()));
        }

        List<String> lines(Section section) {
            int s = outline.sectionStart()[section.ordinal()];
            List<String> out = new ArrayList<>();
            if (s < 0) {
                notes.add(ReadingNote.of(PipelineNote.SECTION_NOT_FOUND, Location.unknown(), section.code(), section.heading()));
                return out;
            }
            if (!outline.inline()[section.ordinal()].isEmpty()) {
                out.add(outline.inline()[section.ordinal()]);
            }
            int to = outline.end(section, blocks.size());
            List<Integer> numbers = new ArrayList<>();
            for (int i = s + 1; i < to; i++) {
                String t = Outline.text(blocks.get(i));
                if (t == null) {
                    continue;
                }
                String line = PublishedTextNormalizer.collapseSpaces(t);
                if (!line.isEmpty()) {
                    out.add(blocks.get(i) instanceof Heading h && h.level() > 0 ? line : line);
                    numbers.add(i);
                }
            }
            if (onlyTablesAfter(to)) {
                cutSignature(section, out, numbers);
            }
            return out;
        }

        /** Whether nothing but table sections (an appendix of tables) starts at or after a block. */
        private boolean onlyTablesAfter(int block) {
            for (Section section : Section.values()) {
                if (outline.sectionStart()[section.ordinal()] >= block && !section.hasTables()) {
                    return false;
                }
            }
            return true;
        }

        private void cutSignature(Section section, List<String> out, List<Integer> numbers) {
            int offset = out.size() - numbers.size();
            for (int j = 1; j < numbers.size(); j++) {
                String date = PublishedTextNormalizer.compact(out.get(offset + j));
                char first = date.isEmpty() ? ' ' : date.charAt(0);
                if (first < '0' || first > '9' || !Outline.isDateLine(date)
                        || !Outline.isName(PublishedTextNormalizer.compact(out.get(offset + j - 1)))) {
                    continue;
                }
                int after = numbers.size() - j - 1;
                String signature = out.get(offset + j - 1) + "，" + out.get(offset + j);
                notes.add(ReadingNote.of(PipelineNote.SIGNATURE_NOT_KEPT, blocks.get(numbers.get(j - 1)).location(),
                        section.code(), signature, after, section.heading()));
                out.subList(offset + j - 1, out.size()).clear();
                return;
            }
        }

        /** Section 一, split into the five topics when its sub-headings are exactly theirs. */
        Overview overview() {
            List<String> lines = lines(Section.OVERVIEW);
            List<ReportField> topics = List.of(ReportField.OVERVIEW_PROACTIVE, ReportField.OVERVIEW_ON_REQUEST,
                    ReportField.OVERVIEW_INFORMATION_MANAGEMENT, ReportField.OVERVIEW_PLATFORMS,
                    ReportField.OVERVIEW_OVERSIGHT);
            int[] at = new int[topics.size()];
            java.util.Arrays.fill(at, -1);
            int last = -1;
            boolean split = false;
            for (int i = 0; i < lines.size(); i++) {
                String c = PublishedTextNormalizer.compact(lines.get(i));
                if (!isSubHeading(c)) {
                    continue;
                }
                int topic = -1;
                for (int t = 0; t < topics.size(); t++) {
                    String label = PublishedTextNormalizer.compact(topics.get(t).label());
                    if (c.equals(label) || c.length() == label.length() + 1 && c.startsWith(label)
                            && ":。.".indexOf(c.charAt(label.length())) >= 0) {
                        topic = t;
                    }
                }
                if (topic <= last) {
                    return Overview.of(String.join("\n", lines));
                }
                at[topic] = i;
                last = topic;
                split = true;
            }
            if (!split) {
                return Overview.of(String.join("\n", lines));
            }
            String[] texts = new String[topics.size() + 1];
            int start = 0;
            int current = -1;
            for (int i = 0; i <= lines.size(); i++) {
                int topic = -1;
                for (int t = 0; t < at.length; t++) {
                    if (at[t] == i) {
                        topic = t;
                    }
                }
                if (topic >= 0 || i == lines.size()) {
                    texts[current + 1] = String.join("\n", lines.subList(start, i));
                    current = topic;
                    start = i + 1;
                }
            }
            for (int t = 0; t < texts.length; t++) {
                if (texts[t] == null) {
                    texts[t] = "";
                }
            }
            return new Overview(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5]);
        }

        private static boolean isSubHeading(String c) {
            if (c.length() < 3 || c.charAt(0) != '(') {
                return false;
            }
            int close = c.indexOf(')');
            if (close < 2 || close > 3) {
                return false;
            }
            for (int k = 1; k < close; k++) {
                if ("一二三四五六七八九十".indexOf(c.charAt(k)) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
