package dev.xxgk.serialization.published.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Section;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outline stage: the agency, the report year and the publication date, and where each of the
 * six sections starts, found in a {@link Document}. Each header field comes from whichever of the
 * title, the metadata and the signature the document has; a note says where, and another when the
 * sources disagree. A front end that reads a form (a workbook's label/value rows) states the agency
 * and the year directly, as {@link MetaField}s named by the fields' own labels
 * ({@code 报告机关}, {@code 报告年度}; the date as {@code 发布日期}): those are used over the title
 * and the rest of the metadata, each with a note.
 *
 * @param agency the agency's name, or null when the document names none
 * @param year the report year, or 0 when none was found
 * @param yearLocation where the year was found
 * @param titleLocation where the title is, or unknown
 * @param publishedOn the publication date, or null
 * @param sectionStart the index of the block that opens each section (by ordinal), or -1
 * @param inline the text after a heading on its own line, by section ordinal, or empty
 * @param firstHeading the index of the first section heading's block, or the number of blocks
 * @param used the blocks before the first heading that gave a header field
 * @param blocks the number of blocks of the document
 * @param notes the notes of this stage
 */
record Outline(String agency, int year, Location yearLocation, Location titleLocation, LocalDate publishedOn,
        int[] sectionStart, String[] inline, int firstHeading, boolean[] used, int blocks, List<ReadingNote> notes) {

    /** The words that end a report's title. */
    static final String TITLE = "政府信息公开工作年度报告";
    private static final String TITLE_SHORT = "政府信息公开年度报告";
    private static final List<String> DATE_LABELS = List.of("发布日期", "发布时间", "公开日期");
    private static final List<String> AGENCY_FIELDS = List.of("发布机构", "发文机关", "发布单位", "来源", "信息来源");
    private static final List<String> TITLE_FIELDS = List.of("名称", "标题", "题名", "meta:ArticleTitle", "title");
    private static final String SENTENCE_PUNCTUATION = "。,;:!?";

    /** A section heading found in a block. */
    record SectionHeading(Section section, String inline, boolean loose) {
    }

    /** A title: agency (or null), year, and the blocks it takes. */
    record Title(String agency, int year, int first, int last) {
    }

    /**
     * Finds the outline of a document.
     *
     * @param document the document
     * @return the outline
     */
    static Outline of(Document document) {
        List<Block> blocks = document.blocks();
        List<ReadingNote> notes = new ArrayList<>();
        int[] start = new int[Section.values().length];
        String[] inline = new String[start.length];
        Arrays.fill(start, -1);
        Arrays.fill(inline, "");
        int next = 0;
        int first = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            String text = text(blocks.get(i));
            if (text == null) {
                continue;
            }
            SectionHeading heading = heading(text, blocks.get(i) instanceof Heading);
            if (heading != null && heading.section().ordinal() >= next) {
                int s = heading.section().ordinal();
                start[s] = i;
                inline[s] = heading.inline();
                next = s + 1;
                first = Math.min(first, i);
                if (heading.loose()) {
                    notes.add(ReadingNote.of(PipelineNote.HEADING_LOOSE, blocks.get(i).location(),
                            heading.section().code(), heading.section().heading(), text.strip()));
                }
            }
        }
        // a body with headings of its own numbering, the tables as an appendix numbered 一/二/三:
        // a section not found by its number is found by its title alone, each such heading a note
        for (int i = 0; i < blocks.size(); i++) {
            String text = text(blocks.get(i));
            if (text == null || isStart(start, i)) {
                continue;
            }
            SectionHeading heading = renumbered(text, blocks.get(i) instanceof Heading);
            if (heading != null && start[heading.section().ordinal()] < 0) {
                start[heading.section().ordinal()] = i;
                first = Math.min(first, i);
                notes.add(ReadingNote.of(PipelineNote.HEADING_RENUMBERED, blocks.get(i).location(),
                        heading.section().code(), heading.section().heading(), text.strip()));
            }
        }
        boolean[] used = new boolean[blocks.size()];
        Title title = title(blocks, first, used, notes);
        String agency = title == null ? null : title.agency();
        int year = title == null ? 0 : title.year();
        Location titleLocation = title == null ? Location.unknown() : blocks.get(title.first()).location();
        Location yearLocation = titleLocation;
        String where = "title";
        // the metadata box: the only title, or a second source of the agency
        for (MetaField field : document.metadata()) {
            if (TITLE_FIELDS.contains(field.name())) {
                Title t = parseTitle(field.value());
                if (t != null) {
                    if (title == null) {
                        year = t.year();
                        yearLocation = field.location();
                        titleLocation = field.location();
                        agency = t.agency();
                        where = "metadata:" + field.name();
                        notes.add(ReadingNote.of(PipelineNote.FIELD_SOURCE, field.location(), ReportField.YEAR.code(),
                                ReportField.YEAR.code(), year, where));
                    } else if (t.year() != year) {
                        notes.add(ReadingNote.of(PipelineNote.FIELD_DISAGREES, field.location(), ReportField.YEAR.code(),
                                ReportField.YEAR.code(), year, where, t.year(), "metadata:" + field.name()));
                    }
                }
            }
        }
        // the header as a form states it: the year under its own label, over the title
        MetaField statedYear = stated(document, ReportField.YEAR);
        if (statedYear != null) {
            int stated = statedYear(statedYear.value());
            if (stated > 0) {
                String statedWhere = "metadata:" + statedYear.name();
                if (year > 0 && year != stated) {
                    notes.add(statedDisagrees(statedYear, ReportField.YEAR, stated, where, year));
                } else {
                    notes.add(ReadingNote.of(PipelineNote.FIELD_SOURCE, statedYear.location(), ReportField.YEAR.code(),
                            ReportField.YEAR.code(), stated, statedWhere));
                }
                year = stated;
                yearLocation = statedYear.location();
                if (title == null) {
                    titleLocation = statedYear.location();
                }
                where = statedWhere;
            }
        }
        MetaField statedAgency = stated(document, ReportField.AGENCY);
        String publisher = null;
        MetaField publisherField = null;
        for (MetaField field : document.metadata()) {
            if (publisher == null && AGENCY_FIELDS.contains(field.name()) && isName(field.value())) {
                publisher = PublishedTextNormalizer.withoutSpaces(field.value());
                publisherField = field;
            }
        }
        if (statedAgency != null) {
            String stated = statedAgency.value();
            if (agency != null && !agency.equals(stated)) {
                notes.add(statedDisagrees(statedAgency, ReportField.AGENCY, stated, "title", agency));
            } else {
                notes.add(ReadingNote.of(PipelineNote.FIELD_SOURCE, statedAgency.location(), ReportField.AGENCY.code(),
                        ReportField.AGENCY.code(), stated, "metadata:" + statedAgency.name()));
            }
            agency = stated;
        } else if (publisher != null) {
            if (agency == null) {
                agency = publisher;
                notes.add(ReadingNote.of(PipelineNote.FIELD_SOURCE, publisherField.location(), ReportField.AGENCY.code(),
                        ReportField.AGENCY.code(), agency, "metadata:" + publisherField.name()));
            } else if (!agency.equals(publisher)) {
                if (abbreviates(agency, publisher)) {
                    notes.add(ReadingNote.of(PipelineNote.AGENCY_FULL_NAME, publisherField.location(),
                            ReportField.AGENCY.code(), agency, publisher, "metadata:" + publisherField.name()));
                    agency = publisher;
                } else {
                    notes.add(ReadingNote.of(PipelineNote.FIELD_DISAGREES, publisherField.location(),
                            ReportField.AGENCY.code(), ReportField.AGENCY.code(), agency, "title", publisher,
                            "metadata:" + publisherField.name()));
                }
            }
        }
        if (agency != null && statedAgency == null) {
            String signer = signer(blocks);
            if (signer != null && !signer.equals(agency) && abbreviates(agency, signer)) {
                notes.add(ReadingNote.of(PipelineNote.AGENCY_FULL_NAME, Location.unknown(), ReportField.AGENCY.code(),
                        agency, signer, "signature"));
                agency = signer;
            }
        }
        if (year > 0) {
            Integer period = statisticsYear(blocks);
            if (period != null && period != year) {
                notes.add(ReadingNote.of(PipelineNote.FIELD_DISAGREES, yearLocation, ReportField.YEAR.code(),
                        ReportField.YEAR.code(), year, where, period, "period"));
            }
        }
        LocalDate date = date(document, blocks, first, year, statedYear != null, used, notes);
        return new Outline(agency, year, yearLocation, titleLocation, date, start, inline, first, used, blocks.size(), notes);
    }

    /** The first metadata field named by a header field's own label, with a value, or null. */
    private static MetaField stated(Document document, ReportField field) {
        for (MetaField meta : document.metadata()) {
            if (meta.name().equals(field.label()) && !meta.value().isBlank()) {
                return meta;
            }
        }
        return null;
    }

    /** A stated year: {@code 2023}, {@code 2023年} or {@code 2023年度}; 0 when it is none. */
    private static int statedYear(String value) {
        String v = PublishedTextNormalizer.compact(value);
        if (v.endsWith("年度")) {
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("年")) {
            v = v.substring(0, v.length() - 1);
        }
        return v.length() == 4 && digits(v, 0, 4) ? Integer.parseInt(v) : 0;
    }

    /** The note that a stated field differs from what another source of the document says; the stated one is used. */
    private static ReadingNote statedDisagrees(MetaField stated, ReportField field, Object value, String otherWhere,
            Object other) {
        return ReadingNote.of(PipelineNote.FIELD_DISAGREES, stated.location(), field.code(), field.code(), value,
                "metadata:" + stated.name(), other, otherWhere);
    }

    /** The text of a heading or paragraph block; null for a grid. */
    static String text(Block block) {
        if (block instanceof Heading h) {
            return h.text();
        }
        if (block instanceof Paragraph p) {
            return p.text();
        }
        return null;
    }

    /**
     * The section a heading text opens, with the text after it on the same line.
     *
     * @param text the text of a block
     * @param marked whether the markup marks it as a heading
     * @return the heading, or null
     */
    static SectionHeading heading(String text, boolean marked) {
        if (!marked && !mayStartHeading(text)) {
            return null;
        }
        String c = PublishedTextNormalizer.compact(text);
        int start = 0;
        while (start < c.length() && (c.charAt(start) == '#' || c.charAt(start) == '*')) {
            start++;
        }
        if (start >= c.length()) {
            return null;
        }
        for (Section section : Section.values()) {
            boolean numbered = c.charAt(start) == section.number().charAt(0);
            if (!numbered && !marked) {
                continue;
            }
            int p = numbered ? start + 1 : start;
            if (numbered && p < c.length() && "、.,".indexOf(c.charAt(p)) >= 0) {
                p++;
            }
            for (String title : section.titles()) {
                String t = PublishedTextNormalizer.compact(title);
                if (!c.startsWith(t, p)) {
                    continue;
                }
                int end = p + t.length();
                String rest = strip(c.substring(end), "*:。.");
                if (rest.isEmpty()) {
                    return new SectionHeading(section, "", !numbered);
                }
                if (c.charAt(end) == ':' || c.charAt(end) == '*') {
                    int raw = rawIndex(text, end);
                    String after = text.substring(raw).strip();
                    while (!after.isEmpty() && "：:*".indexOf(after.charAt(0)) >= 0) {
                        after = after.substring(1).strip();
                    }
                    return new SectionHeading(section, PublishedTextNormalizer.collapseSpaces(after), !numbered);
                }
                int raw = rawIndex(text, end);
                if (numbered && raw > 0 && raw < text.length() && PublishedTextNormalizer.isSpace(text.charAt(raw - 1))) {
                    return new SectionHeading(section, PublishedTextNormalizer.collapseSpaces(text.substring(raw)), false);
                }
                return null;
            }
        }
        return null;
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    private static boolean isStart(int[] start, int block) {
        for (int s : start) {
            if (s == block) {
                return true;
            }
        }
        return false;
    }

    /**
     * The section a heading opens whose number is not the section's ({@code 一、主动公开政府信息情况}
     * in an appendix, {@code 二、存在的主要问题及改进情况} in a body numbered on its own): a numeral,
     * a separator, and the title of the section with nothing after it.
     *
     * @param text the text of a block
     * @param marked whether the markup marks it as a heading
     * @return the heading, or null
     */
    static SectionHeading renumbered(String text, boolean marked) {
        int at = 0;
        while (at < text.length() && (PublishedTextNormalizer.isSpace(text.charAt(at)) || text.charAt(at) == '#'
                || text.charAt(at) == '*')) {
            at++;
        }
        if (at >= text.length() || NUMERALS.indexOf(text.charAt(at)) < 0) {
            return null;
        }
        for (Section section : Section.values()) {
            char number = section.number().charAt(0);
            if (text.charAt(at) == number) {
                continue;
            }
            String as = text.substring(0, at) + number + text.substring(at + 1);
            SectionHeading h = heading(as, marked);
            if (h != null && h.section() == section && !h.loose() && h.inline().isEmpty()) {
                return h;
            }
        }
        return null;
    }

    private static final String HEADING_STARTS = "一二三四五六#*";

    /** Whether the first character that is not a space can begin a section heading: a cheap test first. */
    private static boolean mayStartHeading(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!PublishedTextNormalizer.isSpace(c)) {
                return HEADING_STARTS.indexOf(PublishedTextNormalizer.normalize(c)) >= 0;
            }
        }
        return false;
    }

    private static String strip(String text, String chars) {
        int from = 0;
        while (from < text.length() && chars.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return text.substring(from);
    }

    /** The index in a raw text of the character at an index of its compact form. */
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

    private static Title title(List<Block> blocks, int first, boolean[] used, List<ReadingNote> notes) {
        Title found = null;
        for (int i = 0; i < first; i++) {
            String text = text(blocks.get(i));
            if (text == null || text.isBlank()) {
                continue;
            }
            Title t = parseTitle(text);
            int last = i;
            if (t == null) {
                // the title over two lines: 2024年某某市科委政府信息公开工作 / 年度报告
                int j = nextText(blocks, i + 1, first);
                if (j >= 0 && PublishedTextNormalizer.compact(text).contains("政府信息公开")
                        && parseTitle(text(blocks.get(j))) == null) {
                    t = parseTitle(text + text(blocks.get(j)));
                    last = j;
                }
            }
            if (t == null) {
                continue;
            }
            if (t.agency() == null) {
                int k = previousText(blocks, i - 1);
                if (k >= 0) {
                    String candidate = clean(PublishedTextNormalizer.withoutSpaces(text(blocks.get(k))));
                    if (isName(candidate)) {
                        t = new Title(candidate, t.year(), k, last);
                    }
                }
            }
            Title located = new Title(t.agency(), t.year(), t.agency() != null && t.first() >= 0 ? Math.min(i, t.first()) : i, last);
            if (found == null) {
                found = located;
                for (int k = located.first(); k <= located.last(); k++) {
                    used[k] = true;
                }
            } else {
                for (int k = i; k <= last; k++) {
                    used[k] = true;
                }
                if (t.year() != found.year() || t.agency() != null && !t.agency().equals(found.agency())) {
                    notes.add(ReadingNote.of(PipelineNote.FIELD_DISAGREES, blocks.get(i).location(),
                            ReportField.AGENCY.code(), "title", titleText(found), "at:" + blocks.get(found.first()).location(),
                            text.strip(), "at:" + blocks.get(i).location()));
                }
            }
            i = last;
        }
        return found;
    }

    private static String titleText(Title t) {
        return (t.agency() == null ? "" : t.agency()) + t.year() + "年" + TITLE;
    }

    private static int nextText(List<Block> blocks, int from, int to) {
        for (int j = from; j < to; j++) {
            String t = text(blocks.get(j));
            if (t == null) {
                return -1;
            }
            if (!t.isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static int previousText(List<Block> blocks, int from) {
        for (int j = from; j >= 0; j--) {
            String t = text(blocks.get(j));
            if (t == null) {
                return -1;
            }
            if (!t.isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Reads a title: {@code <机关><年份>年…年度报告} or {@code <年份>年<机关>…年度报告}.
     *
     * @param text one line, or two joined
     * @return the title with its agency (null when it names none) and year, or null if no title
     */
    static Title parseTitle(String text) {
        String raw = clean(PublishedTextNormalizer.withoutSpaces(text));
        String c = PublishedTextNormalizer.compact(raw);
        int at = c.indexOf(TITLE);
        int length = TITLE.length();
        if (at < 0) {
            at = c.indexOf(TITLE_SHORT);
            length = TITLE_SHORT.length();
        }
        if (at < 0) {
            return null;
        }
        if (!titleEnd(c.substring(at + length))) {
            return null;
        }
        int p = at;
        if (p > 0 && c.charAt(p - 1) == '度') {
            p--;
        }
        if (p > 0 && c.charAt(p - 1) == '年') {
            p--;
            if (p >= 4 && digits(c, p - 4, p) && (p == 4 || !isDigit(c.charAt(p - 5)))) {
                int year = Integer.parseInt(c.substring(p - 4, p));
                String agency = clean(raw.substring(0, p - 4));
                return new Title(agency.isEmpty() || !isName(agency) ? null : agency, year, -1, -1);
            }
            return null;
        }
        // year first: 2022年某某市人民政府办公室政府信息公开工作年度报告
        if (c.length() >= 5 && digits(c, 0, 4) && c.charAt(4) == '年') {
            int from = c.startsWith("年度", 4) ? 6 : 5;
            String agency = clean(raw.substring(from, at));
            return new Title(agency.isEmpty() || !isName(agency) ? null : agency, Integer.parseInt(c.substring(0, 4)), -1, -1);
        }
        return null;
    }

    /** What a title may say of the report after its name, in brackets: {@code （全文）}, {@code （正文）}. */
    private static final List<String> TITLE_SUFFIXES = List.of("全文", "正文", "文字版", "全文版", "文本", "公开版");

    /**
     * Whether what follows {@code 年度报告} on a title line ends the title: nothing but closing
     * punctuation, or a bracketed {@linkplain #TITLE_SUFFIXES word for the version}
     * ({@code …年度报告（全文）}).
     */
    private static boolean titleEnd(String rest) {
        StringBuilder inside = new StringBuilder();
        boolean open = false;
        boolean closed = false;
        for (int k = 0; k < rest.length(); k++) {
            char ch = rest.charAt(k);
            if (ch == '(' || ch == '（' || ch == '【' || ch == '[') {
                if (open || closed) {
                    return false;
                }
                open = true;
            } else if (ch == ')' || ch == '）' || ch == '】' || ch == ']') {
                closed = open || closed;
                open = false;
            } else if (open) {
                inside.append(ch);
            } else if ("》>\"'*#".indexOf(ch) < 0) {
                return false;
            }
        }
        return !open && (inside.length() == 0 || TITLE_SUFFIXES.contains(inside.toString()));
    }

    private static boolean digits(String c, int from, int to) {
        if (from < 0 || to - from < 1) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(c.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String clean(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && "《<\"'*#“「".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "*#》>”」".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 60) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = PublishedTextNormalizer.normalize(text.charAt(k));
            if (SENTENCE_PUNCTUATION.indexOf(c) >= 0 || isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short name abbreviates a full one ({@code 市科委} of {@code 某某市科学技术委员会}): shorter, its
     * characters in the full name in order, but not as one run (a name inside another, such as
     * {@code 某某市人民政府} in {@code 某某市人民政府办公室}, is another body).
     */
    static boolean abbreviates(String shorter, String full) {
        if (shorter.length() < 2 || shorter.length() >= full.length() || full.contains(shorter)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < full.length() && k < shorter.length(); i++) {
            if (full.charAt(i) == shorter.charAt(k)) {
                k++;
            }
        }
        return k == shorter.length();
    }

    /** The agency's name over the date at the end of the document, or null. */
    static String signer(List<Block> blocks) {
        int date = -1;
        for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 6; i--) {
            String t = text(blocks.get(i));
            if (t == null) {
                return null;
            }
            if (isDateLine(PublishedTextNormalizer.compact(t))) {
                date = i;
                break;
            }
        }
        if (date < 1) {
            return null;
        }
        int k = previousText(blocks, date - 1);
        if (k < 0) {
            return null;
        }
        String name = clean(PublishedTextNormalizer.withoutSpaces(text(blocks.get(k))));
        return isName(name) && name.length() >= 4 ? name : null;
    }

    static boolean isDateLine(String c) {
        try {
            int n = c.length();
            int end = c.endsWith("日") ? n - 1 : n;
            String body = c.substring(0, end);
            return n >= 8 && body.length() <= 10 && parseDate(body, 0) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The year of 统计期限…自2023年1月1日, or null. */
    private static Integer statisticsYear(List<Block> blocks) {
        for (Block block : blocks) {
            String t = text(block);
            if (t == null || t.indexOf("统计期限") < 0) {
                continue;
            }
            String c = PublishedTextNormalizer.compact(t);
            int at = c.indexOf("统计期限");
            for (int k = at; k + 5 <= c.length(); k++) {
                if (digits(c, k, k + 4) && c.charAt(k + 4) == '年' && (k == 0 || !isDigit(c.charAt(k - 1)))) {
                    return Integer.parseInt(c.substring(k, k + 4));
                }
            }
        }
        return null;
    }

    /**
     * The publication date. In a form (the year stated under its label) the date stated under its
     * label is as stated, with a note: the check that a date is after the report year guards
     * against dates found in a text (an embedded notice's), not against a stated one.
     */
    private static LocalDate date(Document document, List<Block> blocks, int first, int year, boolean form,
            boolean[] used, List<ReadingNote> notes) {
        LocalDate accepted = null;
        for (MetaField field : document.metadata()) {
            if (!DATE_LABELS.contains(field.name())) {
                continue;
            }
            LocalDate date;
            try {
                date = parseDate(PublishedTextNormalizer.compact(field.value()), 0);
            } catch (DateTimeException e) {
                notes.add(ReadingNote.of(PipelineNote.DATE_INVALID, field.location(), ReportField.PUBLISHED_ON.code(),
                        field.value(), field.name()));
                continue;
            }
            LocalDate before = accepted;
            accepted = consider(accepted, date, field.name(), field.location(), false, form ? 0 : year, notes);
            if (form && before == null && accepted != null) {
                notes.add(ReadingNote.of(PipelineNote.FIELD_SOURCE, field.location(), ReportField.PUBLISHED_ON.code(),
                        ReportField.PUBLISHED_ON.code(), accepted, "metadata:" + field.name()));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            String t = text(blocks.get(i));
            if (t == null || t.indexOf('发') < 0 && t.indexOf('發') < 0 && t.indexOf('公') < 0
                    || t.indexOf('期') < 0 && t.indexOf('间') < 0 && t.indexOf('間') < 0) {
                continue;
            }
            String c = PublishedTextNormalizer.compact(t);
            for (String label : DATE_LABELS) {
                int at = c.indexOf(label);
                if (at < 0 || at > 0 && i >= first) {
                    continue;
                }
                int p = at + label.length();
                if (p < c.length() && c.charAt(p) == ':') {
                    p++;
                }
                LocalDate date;
                try {
                    date = parseDate(c, p);
                } catch (DateTimeException e) {
                    notes.add(ReadingNote.of(PipelineNote.DATE_INVALID, blocks.get(i).location(),
                            ReportField.PUBLISHED_ON.code(), c.substring(p), label));
                    break;
                }
                if (date == null) {
                    break;
                }
                LocalDate before = accepted;
                accepted = consider(accepted, date, label, blocks.get(i).location(), i >= first, year, notes);
                if (i < first && (before == null && accepted != null || date.equals(accepted))) {
                    used[i] = true;
                }
                break;
            }
        }
        return accepted;
    }

    private static LocalDate consider(LocalDate accepted, LocalDate date, String label, Location location, boolean inBody,
            int year, List<ReadingNote> notes) {
        if (date == null) {
            return accepted;
        }
        String path = ReportField.PUBLISHED_ON.code();
        if (inBody) {
            notes.add(ReadingNote.of(PipelineNote.DATE_IN_BODY, location, path, date, label));
            return accepted;
        }
        if (year > 0 && date.getYear() <= year) {
            notes.add(ReadingNote.of(PipelineNote.DATE_BEFORE_YEAR, location, path, date, label, year));
            return accepted;
        }
        if (accepted == null) {
            return date;
        }
        if (!accepted.equals(date)) {
            notes.add(ReadingNote.of(PipelineNote.FIELD_DISAGREES, location, path, ReportField.PUBLISHED_ON.code(), accepted,
                    "first", date, "label:" + label));
        }
        return accepted;
    }

    /** A date written at {@code p}: 2024-1-26, 2024/01/26, 2024.1.26 or 2024年1月26日; null if none. */
    static LocalDate parseDate(String c, int p) {
        int[] parts = new int[3];
        int q = p;
        for (int k = 0; k < 3; k++) {
            int s = q;
            while (q < c.length() && q - s < (k == 0 ? 4 : 2) && isDigit(c.charAt(q))) {
                q++;
            }
            if (q - s < (k == 0 ? 4 : 1)) {
                return null;
            }
            parts[k] = Integer.parseInt(c.substring(s, q));
            if (k < 2) {
                if (q >= c.length() || "-/.年月".indexOf(c.charAt(q)) < 0) {
                    return null;
                }
                q++;
            }
        }
        if (q < c.length() && isDigit(c.charAt(q))) {
            return null;
        }
        return LocalDate.of(parts[0], parts[1], parts[2]);
    }

    /** Whether the report year is in the model's range. */
    boolean yearInRange() {
        return year >= AnnualReport.MIN_YEAR && year <= AnnualReport.MAX_YEAR;
    }

    /** The section whose region holds a block: the last section opened before it, or null. */
    Section sectionOf(int block) {
        Section in = null;
        int best = -1;
        for (Section section : Section.values()) {
            int s = sectionStart[section.ordinal()];
            if (s >= 0 && s <= block && s > best) {
                in = section;
                best = s;
            }
        }
        return in;
    }

    /** The block that ends a section's region: the next heading found after it, or the end. */
    int end(Section section, int blocks) {
        return nextStart(sectionStart[section.ordinal()], blocks);
    }

    /** The first section heading's block after a block, or {@code blocks}. */
    int nextStart(int block, int blocks) {
        int next = blocks;
        for (int s : sectionStart) {
            if (s > block && s < next) {
                next = s;
            }
        }
        return next;
    }
}
