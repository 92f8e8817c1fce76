package dev.xxgk.serialization.published.internal;

import dev.xxgk.serialization.codec.TextInput;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the published text of an annual report (a web page or a PDF copied as text) into the
 * model, with notes on what was damaged and what was done about it. See
 * {@code docs/published-text.md} for the rules.
 *
 * <p>Stateless and thread-safe; every call reads its own input.
 */
public final class PublishedTextReader implements ReportReader {

    /** The format id used in errors. */
    public static final String FORMAT = "text";

    /** The words that end every report's title, after the agency and the year. */
    public static final String TITLE = "政府信息公开工作年度报告";

    /** The labels a publication date is given under; the first is {@link ReportField#PUBLISHED_ON}'s. */
    static final List<String> DATE_LABELS = List.of(ReportField.PUBLISHED_ON.label(), "发布时间");

    /** The largest input read, in characters. */
    public static final int MAX_CHARS = 16 * 1024 * 1024;

    private static final String TITLE_NORMALIZED = PublishedTextNormalizer.compact(TITLE);
    /** What follows the year in a title. */
    static final String YEAR = "年";
    private static final String YEAR_LONG = "度";
    private static final String SENTENCE_PUNCTUATION = "。,;:!?";
    private static final Map<Edition, List<String>> MARKERS = markers();

    /** The characters a heading line can start with: the sections' numbers, and Markdown marks. */
    private static final String HEADING_STARTS = java.util.Arrays.stream(Section.values())
            .map(Section::number).collect(java.util.stream.Collectors.joining()) + "#*";

    @Override
    public Reading read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return read(decode(in, source), source);
    }

    /**
     * Reads a text already decoded.
     *
     * @param text the text
     * @param source where it came from, for errors
     * @return the reading
     * @throws ReportFormatException if the text is not an annual report this reader can read
     */
    public Reading read(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.length() > MAX_CHARS) {
            throw error(source, 0, "", "", "the text is longer than " + MAX_CHARS
                    + " characters: not the text of an annual report");
        }
        return new Run(text, source).read();
    }

    private static String decode(InputStream in, String source) {
        StringBuilder text = new StringBuilder();
        String charset = "UTF-8";
        try {
            TextInput.Decoded decoded = TextInput.open(in);
            charset = decoded.charset().name();
            Reader reader = decoded.reader();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw error(source, 0, "", "", "the input is longer than " + MAX_CHARS
                            + " characters: not the text of an annual report");
                }
            }
        } catch (CharacterCodingException e) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new ReportFormatException(FORMAT, source, line, column, "", "",
                    "the input is not valid " + charset + " text (UTF-8 or GB18030 expected)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static ReportFormatException error(String source, long line, String path, String found, String problem) {
        return new ReportFormatException(FORMAT, source, line, 0, path, found, problem, null);
    }

    /** The labels of each edition's tables that no label of the other edition contains. */
    private static Map<Edition, List<String>> markers() {
        Map<Edition, Set<String>> labels = new EnumMap<>(Edition.class);
        Map<Edition, Set<String>> all = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            Set<String> own = new LinkedHashSet<>();
            Set<String> every = new LinkedHashSet<>();
            for (Table table : Template.of(edition).tables()) {
                every.add(PublishedTextNormalizer.compact(table.caption()));
                every.add(PublishedTextNormalizer.compact(table.heading()));
                for (Row row : table.rows()) {
                    own.add(PublishedTextNormalizer.compact(row.label()));
                    row.groupLabels().forEach(g -> every.add(PublishedTextNormalizer.compact(g)));
                }
                for (Column column : table.columns()) {
                    own.add(PublishedTextNormalizer.compact(column.label()));
                    column.groupLabels().forEach(g -> every.add(PublishedTextNormalizer.compact(g)));
                }
            }
            every.addAll(own);
            labels.put(edition, own);
            all.put(edition, every);
        }
        Map<Edition, List<String>> markers = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            List<String> list = new ArrayList<>();
            for (String label : labels.get(edition)) {
                boolean shared = false;
                for (Edition other : Edition.values()) {
                    if (other != edition) {
                        for (String o : all.get(other)) {
                            shared |= o.contains(label);
                        }
                    }
                }
                if (!shared && !label.isEmpty()) {
                    list.add(label);
                }
            }
            markers.put(edition, List.copyOf(list));
        }
        return markers;
    }

    /**
     * The labels that tell the editions apart.
     *
     * @param edition an edition
     * @return its table labels that no label of the other edition contains, normalized
     */
    public static List<String> editionMarkers(Edition edition) {
        return MARKERS.get(edition);
    }

    /** A section heading found on a line, with the text that follows it on that line. */
    private record Heading(Section section, String inline) {
    }

    /** The title: agency (null when it names none), year, and the lines it takes. */
    private record Title(String agency, int year, int line, int agencyLine) {
    }

    /** One reading of one text. */
    private static final class Run {
        private final String source;
        private final String[] lines;
        private final String[] compacts;
        private final boolean[] skip;
        private final List<ReadingNote> notes = new ArrayList<>();
        private final int[] headingLine = new int[Section.values().length];
        private final String[] inline = new String[Section.values().length];
        private int firstHeading;
        private final Set<Integer> headerLinesUsed = new LinkedHashSet<>();

        Run(String text, String source) {
            this.source = source;
            this.lines = split(text);
            this.compacts = new String[lines.length];
            this.skip = new boolean[lines.length];
            for (int i = 0; i < lines.length; i++) {
                char first = firstChar(lines[i]);
                skip[i] = (first == '第' || first == '-') && isPageMarker(compact(i))
                        || (first == '-' || first == '|' || first == '=' || first == '_' || first == '+') && isRule(lines[i]);
            }
        }

        private static String[] split(String text) {
            List<String> out = new ArrayList<>();
            int start = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    out.add(text.substring(start, i));
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            out.add(text.substring(start));
            return out.toArray(new String[0]);
        }

        /** The first character of a line that is not a space, normalized; a space if there is none. */
        private static char firstChar(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!PublishedTextNormalizer.isSpace(c)) {
                    return PublishedTextNormalizer.normalize(c);
                }
            }
            return ' ';
        }

        private boolean blank(int i) {
            return firstChar(lines[i]) == ' ';
        }

        /** The compact normal form of a line, made when first needed. */
        private String compact(int i) {
            String c = compacts[i];
            if (c == null) {
                c = PublishedTextNormalizer.compact(lines[i]);
                compacts[i] = c;
            }
            return c;
        }

        private void note(int line, String path, String zh, String en) {
            notes.add(new ReadingNote(ProseNote.PROSE, line > 0 ? Location.line(line) : Location.unknown(), path,
                    java.util.List.of(zh, en)));
        }

        Reading read() {
            int firstText = -1;
            for (int i = 0; i < lines.length && firstText < 0; i++) {
                if (!blank(i)) {
                    firstText = i;
                }
            }
            if (firstText < 0) {
                throw error(source, 0, "", "", "the input is empty: not an annual report");
            }
            findHeadings();
            boolean anyHeading = false;
            for (int line : headingLine) {
                anyHeading |= line >= 0;
            }
            Title title = findTitle();
            if (title == null && !anyHeading) {
                throw error(source, firstText + 1, "", lines[firstText].strip(),
                        "not an annual report on government information disclosure: it has neither a title \"<机关><年份>年"
                                + TITLE + "\" nor any section heading of the template (" + Section.OVERVIEW.heading()
                                + " … " + Section.OTHER_MATTERS.heading() + ")");
            }
            Edition edition = detectEdition(title);
            Template template = Template.of(edition);
            PublishedTextTables.Sink sink = new PublishedTextTables.Sink(template, notes);
            int rows = 0;
            for (Section section : Section.values()) {
                if (section.hasTables()) {
                    int[] region = region(section);
                    boolean own = headingLine[section.ordinal()] >= 0;
                    int found = new PublishedTextTables(template, section, lines, skip, sink)
                            .read(region[0], region[1], own);
                    if (section != Section.RECONSIDERATION_AND_LITIGATION) {
                        rows += found;
                    }
                    if (!own && found > 0) {
                        note(region[0] + 1, section.code(),
                                "未找到章节标题“" + section.heading() + "”；其表格从第" + (region[0] + 1) + "–" + region[1]
                                        + "行读入。",
                                "the heading \"" + section.heading() + "\" was not found; its table was read from lines "
                                        + (region[0] + 1) + "–" + region[1] + ".");
                    }
                }
            }
            if (rows == 0) {
                throw error(source, 0, "", "",
                        "has no template tables (written before the 2019 template?): no row of "
                                + Section.PROACTIVE_DISCLOSURE.heading() + " or " + Section.APPLICATIONS.heading()
                                + " was found by its label");
            }
            if (title == null) {
                throw error(source, 0, ReportField.AGENCY.code(), "",
                        "has no title \"<机关><年份>年" + TITLE + "\" before " + Section.OVERVIEW.heading()
                                + ": the agency and the report year are required");
            }
            if (title.agency() == null) {
                throw error(source, title.line() + 1, ReportField.AGENCY.code(), lines[title.line()].strip(),
                        "the title names no agency: expected \"<机关><年份>年" + TITLE + "\"");
            }
            if (title.year() < AnnualReport.MIN_YEAR || title.year() > AnnualReport.MAX_YEAR) {
                throw error(source, title.line() + 1, ReportField.YEAR.code(), lines[title.line()].strip(),
                        "the report year " + title.year() + " is outside " + AnnualReport.MIN_YEAR + ".."
                                + AnnualReport.MAX_YEAR);
            }
            if (edition != Edition.forYear(title.year())) {
                note(0, ReportField.EDITION.code(),
                        "报告年度为" + title.year() + "年，但表格是" + edition.code() + "年版格式（" + edition.source() + "）。",
                        "the report is on " + title.year() + " but its tables are those of edition " + edition.code()
                                + " (" + edition.source() + ").");
            }
            LocalDate publishedOn = findPublicationDate(title.year());
            AnnualReport.Builder builder = AnnualReport.builder(edition)
                    .agency(title.agency())
                    .year(title.year())
                    .publishedOn(publishedOn);
            for (Cell cell : template.cells()) {
                builder.cell(cell, sink.values[cell.index()]);
            }
            noteHeader();
            builder.overview(overview(text(Section.OVERVIEW)));
            builder.problemsAndImprovements(String.join("\n", text(Section.PROBLEMS_AND_IMPROVEMENTS)));
            builder.otherMatters(String.join("\n", text(Section.OTHER_MATTERS)));
            List<ReadingNote> sorted = new ArrayList<>(notes);
            sorted.sort(Comparator.comparingLong(ReadingNote::line));
            return new Reading(builder.build(), sorted);
        }

        private static boolean isPageMarker(String c) {
            int n = c.length();
            if (n >= 3 && c.charAt(0) == '第' && c.charAt(n - 1) == '页') {
                int i = 1;
                while (i < n - 1 && Character.isDigit(c.charAt(i)) && c.charAt(i) < 128) {
                    i++;
                }
                if (i == n - 1 && i > 1) {
                    return true;
                }
                // 第 9 页 共 13 页
                int mid = c.indexOf("页共");
                return mid > 1 && digits(c, 1, mid) && digits(c, mid + 2, n - 1);
            }
            if (n >= 3 && c.charAt(0) == '-' && c.charAt(n - 1) == '-') {
                return digits(c, 1, n - 1);
            }
            return false;
        }

        private static boolean digits(String c, int from, int to) {
            if (to - from < 1 || to - from > 5) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** A rule drawn with dashes (a Markdown or ASCII table's separator). */
        private static boolean isRule(String line) {
            int run = 0;
            boolean rule = false;
            boolean any = false;
            for (int i = 0; i < line.length(); i++) {
                char c = PublishedTextNormalizer.normalize(line.charAt(i));
                if (c == '-' || c == '=' || c == '_') {
                    run++;
                    rule |= run >= 3;
                    any = true;
                } else if (c == '|' || c == '+' || c == ':' || PublishedTextNormalizer.isSpace(c)) {
                    run = 0;
                } else {
                    return false;
                }
            }
            return any && rule;
        }

        private void findHeadings() {
            java.util.Arrays.fill(headingLine, -1);
            int next = 0;
            firstHeading = lines.length;
            for (int i = 0; i < lines.length; i++) {
                if (skip[i] || HEADING_STARTS.indexOf(firstChar(lines[i])) < 0) {
                    continue;
                }
                Heading heading = heading(i);
                if (heading != null && heading.section().ordinal() >= next) {
                    int s = heading.section().ordinal();
                    headingLine[s] = i;
                    inline[s] = heading.inline();
                    next = s + 1;
                    firstHeading = Math.min(firstHeading, i);
                }
            }
        }

        private Heading heading(int i) {
            String c = compact(i);
            int start = 0;
            while (start < c.length() && (c.charAt(start) == '#' || c.charAt(start) == '*')) {
                start++;
            }
            if (start >= c.length()) {
                return null;
            }
            for (Section section : Section.values()) {
                if (c.charAt(start) != section.number().charAt(0)) {
                    continue;
                }
                int p = start + 1;
                if (p < c.length() && "、.,".indexOf(c.charAt(p)) >= 0) {
                    p++;
                }
                for (String title : section.titles()) {
                    String t = PublishedTextNormalizer.compact(title);
                    if (!c.startsWith(t, p)) {
                        continue;
                    }
                    int end = p + t.length();
                    String rest = c.substring(end);
                    String stripped = strip(rest, "*:。.");
                    if (stripped.isEmpty()) {
                        return new Heading(section, "");
                    }
                    int raw = rawIndex(lines[i], end);
                    String after = lines[i].substring(raw);
                    if (rest.charAt(0) == ':' || !after.isEmpty() && PublishedTextNormalizer.isSpace(after.charAt(0))) {
                        String text = after.strip();
                        if (!text.isEmpty() && PublishedTextNormalizer.normalize(text.charAt(0)) == ':') {
                            text = text.substring(1);
                        }
                        return new Heading(section, PublishedTextNormalizer.collapseSpaces(text));
                    }
                    return null;
                }
            }
            return null;
        }

        private static String strip(String text, String chars) {
            int from = 0;
            while (from < text.length() && chars.indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            return text.substring(from);
        }

        /** The index in a raw line of the character at an index of its compact form. */
        private static int rawIndex(String raw, int compactIndex) {
            int seen = 0;
            for (int i = 0; i < raw.length(); i++) {
                if (!PublishedTextNormalizer.isSpace(raw.charAt(i))) {
                    if (seen == compactIndex) {
                        return i;
                    }
                    seen++;
                }
            }
            return raw.length();
        }

        private Title findTitle() {
            for (int i = 0; i < firstHeading; i++) {
                Title title = title(i);
                if (title != null) {
                    headerLinesUsed.add(i);
                    if (title.agencyLine() >= 0) {
                        headerLinesUsed.add(title.agencyLine());
                    }
                    for (int j = i + 1; j < firstHeading; j++) {
                        Title again = title(j);
                        if (again != null) {
                            headerLinesUsed.add(j);
                            if (again.agencyLine() >= 0) {
                                headerLinesUsed.add(again.agencyLine());
                            }
                            if (again.year() != title.year()
                                    || again.agency() != null && !again.agency().equals(title.agency())) {
                                note(j + 1, ReportField.AGENCY.code(),
                                        "第" + (j + 1) + "行另有一个标题（" + lines[j].strip() + "），与第" + (i + 1)
                                                + "行的标题不同；以第" + (i + 1) + "行为准。",
                                        "line " + (j + 1) + " holds another title (" + lines[j].strip()
                                                + ") that differs from the title at line " + (i + 1) + "; line " + (i + 1)
                                                + " is used.");
                            }
                        }
                    }
                    return title;
                }
            }
            return null;
        }

        private Title title(int i) {
            if (blank(i)) {
                return null;
            }
            String c = compact(i);
            int at = c.indexOf(TITLE_NORMALIZED);
            if (at < 0) {
                return null;
            }
            for (int k = at + TITLE_NORMALIZED.length(); k < c.length(); k++) {
                if ("》>\"'*#".indexOf(c.charAt(k)) < 0) {
                    return null;
                }
            }
            int p = at;
            if (p > 0 && c.startsWith(YEAR_LONG, p - 1)) {
                p--;
            }
            if (p > 0 && c.startsWith(YEAR, p - 1)) {
                p--;
            } else {
                return null;
            }
            if (p < 4 || !digits(c, p - 4, p) || p > 4 && c.charAt(p - 5) >= '0' && c.charAt(p - 5) <= '9') {
                return null;
            }
            int year = Integer.parseInt(c.substring(p - 4, p));
            String agency = clean(PublishedTextNormalizer.withoutSpaces(lines[i]).substring(0, p - 4));
            int agencyLine = -1;
            if (agency.isEmpty()) {
                agency = null;
                for (int j = i - 1; j >= 0; j--) {
                    if (skip[j] || blank(j)) {
                        continue;
                    }
                    String candidate = clean(PublishedTextNormalizer.withoutSpaces(lines[j]));
                    if (isName(candidate)) {
                        agency = candidate;
                        agencyLine = j;
                    }
                    break;
                }
            }
            return new Title(agency, year, i, agencyLine);
        }

        private static String clean(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && "《<\"'*#“「".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && "*#".indexOf(text.charAt(to - 1)) >= 0) {
                to--;
            }
            return text.substring(from, to);
        }

        private static boolean isName(String text) {
            if (text.isEmpty() || text.length() > 60) {
                return false;
            }
            for (int k = 0; k < text.length(); k++) {
                char c = PublishedTextNormalizer.normalize(text.charAt(k));
                if (SENTENCE_PUNCTUATION.indexOf(c) >= 0 || c >= '0' && c <= '9') {
                    return false;
                }
            }
            return true;
        }

        /** The lines a table section is read from: under its heading, or where it would be. */
        private int[] region(Section section) {
            int s = section.ordinal();
            int from;
            if (headingLine[s] >= 0) {
                from = headingLine[s] + 1;
            } else {
                from = 0;
                for (int p = s - 1; p >= 0; p--) {
                    if (headingLine[p] >= 0) {
                        from = headingLine[p] + 1;
                        break;
                    }
                }
            }
            return new int[] {from, Math.max(from, end(s))};
        }

        /** Where the section of a number ends: at the next heading found, or at the end of the text. */
        private int end(int s) {
            for (int q = s + 1; q < headingLine.length; q++) {
                if (headingLine[q] >= 0) {
                    return headingLine[q];
                }
            }
            return lines.length;
        }

        private Edition detectEdition(Title title) {
            StringBuilder tables = new StringBuilder();
            boolean any = false;
            for (Section section : Section.values()) {
                if (section.hasTables() && headingLine[section.ordinal()] >= 0) {
                    any = true;
                }
            }
            boolean[] inTables = new boolean[lines.length];
            for (Section section : Section.values()) {
                if (section.hasTables()) {
                    int[] region = any ? region(section) : new int[] {0, lines.length};
                    java.util.Arrays.fill(inTables, region[0], region[1], true);
                }
            }
            for (int i = 0; i < lines.length; i++) {
                if (inTables[i] && !skip[i] && !blank(i)) {
                    tables.append(compact(i));
                }
            }
            Map<Edition, List<String>> hits = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                List<String> found = new ArrayList<>();
                for (String marker : MARKERS.get(edition)) {
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
                    throw error(source, 0, ReportField.EDITION.code(), "",
                            "the table labels belong to both editions equally (2019: " + hits.get(Edition.EDITION_2019)
                                    + "; 2021: " + hits.get(Edition.EDITION_2021) + "): the edition cannot be told");
                }
                Edition chosen = a > b ? Edition.EDITION_2019 : Edition.EDITION_2021;
                note(0, ReportField.EDITION.code(),
                        "表格中两种格式的标签都有（2019年版：" + String.join("、", hits.get(Edition.EDITION_2019))
                                + "；2021年版：" + String.join("、", hits.get(Edition.EDITION_2021)) + "），按多数读为"
                                + chosen.code() + "年版。",
                        "the tables hold labels of both editions (2019: " + String.join(", ", hits.get(Edition.EDITION_2019))
                                + "; 2021: " + String.join(", ", hits.get(Edition.EDITION_2021)) + "); read as edition "
                                + chosen.code() + ", which has more of them.");
                return chosen;
            }
            if (a > 0) {
                return Edition.EDITION_2019;
            }
            if (b > 0) {
                return Edition.EDITION_2021;
            }
            if (title != null && title.year() >= AnnualReport.MIN_YEAR && title.year() <= AnnualReport.MAX_YEAR) {
                Edition edition = Edition.forYear(title.year());
                note(0, ReportField.EDITION.code(),
                        "表格中没有区分两种格式的标签；按报告年度" + title.year() + "年读为" + edition.code() + "年版。",
                        "no table label tells the editions apart; read as edition " + edition.code()
                                + ", the edition of the report year " + title.year() + ".");
                return edition;
            }
            return Edition.EDITION_2021;
        }

        private LocalDate findPublicationDate(int year) {
            LocalDate accepted = null;
            for (int i = 0; i < lines.length; i++) {
                String raw = lines[i];
                if (raw.indexOf('发') < 0 && raw.indexOf('發') < 0) {
                    continue;
                }
                String c = compact(i);
                if (c.indexOf("发布") < 0) {
                    continue;
                }
                for (String label : DATE_LABELS) {
                    int at = c.indexOf(label);
                    if (at < 0) {
                        continue;
                    }
                    int p = at + label.length();
                    if (p < c.length() && c.charAt(p) == ':') {
                        p++;
                    }
                    int line = i + 1;
                    LocalDate date;
                    try {
                        date = parseDate(c, p);
                    } catch (DateTimeException e) {
                        note(line, ReportField.PUBLISHED_ON.code(),
                                "第" + line + "行的" + label + "不是有效日期，未采用。",
                                "line " + line + ": the " + label + " is not a valid date; not used.");
                        break;
                    }
                    if (date == null) {
                        break;
                    }
                    if (i >= firstHeading) {
                        note(line, ReportField.PUBLISHED_ON.code(),
                                "第" + line + "行的" + label + " " + date + " 位于正文中，不是本报告的发布日期，未采用。",
                                "line " + line + ": the " + label + " " + date
                                        + " is inside the report's sections, not in its header: not taken as the report's publication date.");
                    } else if (date.getYear() <= year) {
                        note(line, ReportField.PUBLISHED_ON.code(),
                                "第" + line + "行的" + label + " " + date + " 早于报告年度" + year + "年结束，不可能是本报告的发布日期，未采用。",
                                "line " + line + ": the " + label + " " + date + " is before the end of the report year " + year
                                        + ", so it cannot be the report's publication date: not used.");
                    } else if (accepted == null) {
                        accepted = date;
                        headerLinesUsed.add(i);
                    } else if (!accepted.equals(date)) {
                        note(line, ReportField.PUBLISHED_ON.code(),
                                "第" + line + "行另有" + label + " " + date + "，与先前的 " + accepted + " 不同；采用先前的日期。",
                                "line " + line + ": another " + label + " " + date + " differs from " + accepted
                                        + " found before; the first is used.");
                    } else {
                        headerLinesUsed.add(i);
                    }
                    break;
                }
            }
            return accepted;
        }

        /** A date written at {@code p}: 2024-1-26, 2024/01/26, 2024.1.26 or 2024年1月26日; null if none. */
        private static LocalDate parseDate(String c, int p) {
            int[] parts = new int[3];
            int q = p;
            for (int k = 0; k < 3; k++) {
                int start = q;
                while (q < c.length() && q - start < (k == 0 ? 4 : 2) && c.charAt(q) >= '0' && c.charAt(q) <= '9') {
                    q++;
                }
                if (q - start < (k == 0 ? 4 : 1)) {
                    return null;
                }
                parts[k] = Integer.parseInt(c.substring(start, q));
                if (k < 2) {
                    if (q >= c.length() || "-/.年月".indexOf(c.charAt(q)) < 0) {
                        return null;
                    }
                    q++;
                }
            }
            if (q < c.length() && c.charAt(q) >= '0' && c.charAt(q) <= '9') {
                return null;
            }
            return LocalDate.of(parts[0], parts[1], parts[2]);
        }

        /** Notes the lines of the header that are no field of the report (an introduction, page furniture). */
        private void noteHeader() {
            int first = -1;
            int last = -1;
            int count = 0;
            for (int i = 0; i < firstHeading && i < lines.length; i++) {
                if (skip[i] || blank(i) || headerLinesUsed.contains(i)) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
                count++;
            }
            if (count == 0) {
                return;
            }
            String before = firstHeading < lines.length ? lines[firstHeading].strip() : "the end";
            note(first + 1, "",
                    "第" + (first + 1) + "–" + (last + 1) + "行：“" + before + "”之前的" + count
                            + "行文字（标题和发布日期除外，如前言）不属于报告的任何字段，未读入。",
                    "lines " + (first + 1) + "–" + (last + 1) + ": " + count + " line(s) before \"" + before
                            + "\" other than the title and the publication date (an introduction, say) belong to no field of the report and were not kept.");
        }

        /** The lines of a text section, white space normalized, page markers left out. */
        private List<String> text(Section section) {
            int s = section.ordinal();
            List<String> out = new ArrayList<>();
            if (headingLine[s] < 0) {
                note(0, section.code(),
                        "未找到章节标题“" + section.heading() + "”，该部分正文为空。",
                        "the heading \"" + section.heading() + "\" was not found: the section's text is empty.");
                return out;
            }
            if (!inline[s].isEmpty()) {
                out.add(inline[s]);
            }
            int to = end(s);
            List<Integer> numbers = new ArrayList<>();
            for (int i = headingLine[s] + 1; i < to; i++) {
                if (skip[i]) {
                    continue;
                }
                String line = PublishedTextNormalizer.collapseSpaces(lines[i]);
                if (!line.isEmpty()) {
                    out.add(line);
                    numbers.add(i);
                }
            }
            if (to == lines.length) {
                cutSignature(section, out, numbers);
            }
            return out;
        }

        /** Ends the last section at the signature (the agency's name over a date), noting what follows. */
        private void cutSignature(Section section, List<String> out, List<Integer> numbers) {
            int offset = out.size() - numbers.size();
            for (int j = 1; j < numbers.size(); j++) {
                int dateLine = numbers.get(j);
                char first = firstChar(lines[dateLine]);
                if (first < '0' || first > '9' || !isDate(compact(dateLine)) || !isName(compact(numbers.get(j - 1)))) {
                    continue;
                }
                int signer = numbers.get(j - 1);
                int lastLine = numbers.get(numbers.size() - 1);
                int after = numbers.size() - j - 1;
                String signature = out.get(offset + j - 1) + "，" + out.get(offset + j);
                note(signer + 1, section.code(),
                        "第" + (signer + 1) + "–" + (lastLine + 1) + "行：落款（" + signature + "）"
                                + (after > 0 ? "及其后的" + after + "行文字" : "") + "不属于“" + section.heading() + "”的正文，未读入。",
                        "lines " + (signer + 1) + "–" + (lastLine + 1) + ": the signature (" + signature + ")"
                                + (after > 0 ? " and the " + after + " line(s) after it" : "") + " are not part of the text of \""
                                + section.heading() + "\" and were not kept.");
                out.subList(offset + j - 1, out.size()).clear();
                return;
            }
        }

        private static boolean isDate(String c) {
            try {
                int n = c.length();
                int end = c.endsWith("日") ? n - 1 : n;
                String body = c.substring(0, end);
                return n >= 8 && parseDate(body, 0) != null && body.length() <= 10;
            } catch (DateTimeException e) {
                return false;
            }
        }

        /** Section 一, split into the five topics when its sub-headings are exactly theirs. */
        private Overview overview(List<String> lines) {
            List<ReportField> topics = List.of(ReportField.OVERVIEW_PROACTIVE, ReportField.OVERVIEW_ON_REQUEST,
                    ReportField.OVERVIEW_INFORMATION_MANAGEMENT, ReportField.OVERVIEW_PLATFORMS,
                    ReportField.OVERVIEW_OVERSIGHT);
            int[] at = new int[topics.size()];
            java.util.Arrays.fill(at, -1);
            int last = -1;
            boolean split = false;
            for (int i = 0; i < lines.size(); i++) {
                if (firstChar(lines.get(i)) != '(') {
                    continue;
                }
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

        /** A line that starts with a numbered sub-heading marker such as （一）. */
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
