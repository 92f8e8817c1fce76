package dev.xxgk.serialization.published.internal;

import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text and Markdown front end: a text to a {@link Document}. Every line that is not
 * blank becomes one block at its line: a Markdown heading ({@code ##}) or a line set in bold on
 * its own ({@code **…**}) a {@link Heading}, any other line a {@link Paragraph} with its inner
 * white space (tabs and pipes separate table cells) kept. Page furniture is dropped: page markers
 * ({@code 第9页}, {@code 第 9 页 共 13 页}, {@code - 9 -}, {@code — 5 —}) and rules drawn with dashes
 * (a Markdown table's separator row). Before the first section heading, lines of a metadata box
 * ({@code 名称：}, {@code 发布机构：}, {@code 公开日期：}, {@code 索引号：}, {@code 文号：}, several on one line
 * too) become {@link MetaField}s. Markdown's backslash escapes are undone first ({@code 1\.属于国家秘密},
 * {@code \*\*}), except {@code \|}.
 *
 * <p>Table lines stay paragraphs: in plain text only the order of what was printed is known, and
 * the token-row stage ({@link TokenRows}) reads the lines of each table section.
 *
 * <p>Stateless and thread-safe.
 */
final class TextFrontEnd {

    /** The names of a metadata box's fields. */
    static final List<String> META_NAMES = List.of("名称", "标题", "发布机构", "发文机关", "公开日期", "发布日期", "成文日期",
            "生成日期", "索引号", "文号", "发文字号", "主题分类", "公开方式", "公开范围", "信息来源", "来源");

    private TextFrontEnd() {
    }

    /**
     * The document of a text.
     *
     * @param text the text
     * @param source where it came from
     * @return the document
     */
    static Document read(String text, String source) {
        List<Block> blocks = new ArrayList<>();
        List<MetaField> metadata = new ArrayList<>();
        boolean body = false;
        int n = text.length();
        int start = 0;
        int line = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            line++;
            String raw = text.substring(start, i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
            String stripped = strip(unescape(raw));
            if (stripped.isBlank() || isPageMarker(PublishedTextNormalizer.compact(stripped)) || isRule(stripped)) {
                continue;
            }
            Location at = Location.line(line);
            if (!body && Outline.heading(stripped, stripped.charAt(0) == '#' || stripped.charAt(0) == '*') != null) {
                body = true;
            }
            if (!body && meta(stripped, at, metadata)) {
                continue;
            }
            blocks.add(block(stripped, at));
        }
        if (!body) {
            // no section heading: the "metadata" lines were body lines of a text that is not laid out as a report
            return new Document(source, metadata, blocks);
        }
        return new Document(source, metadata, blocks);
    }

    /**
     * The ASCII punctuation a Markdown copy escapes with a backslash ({@code 1\.属于国家秘密}); not the
     * pipe, which would become a cell separator, nor {@code #}, which would become a heading.
     */
    private static final String ESCAPED = "\\`*_{}[]()+-.!~<>";

    /** A line with its Markdown backslash escapes undone. */
    static String unescape(String line) {
        int at = line.indexOf('\\');
        if (at < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int from = 0;
        while (at >= 0 && at + 1 < line.length()) {
            if (ESCAPED.indexOf(line.charAt(at + 1)) >= 0) {
                out.append(line, from, at).append(line.charAt(at + 1));
                from = at + 2;
                at = line.indexOf('\\', from);
            } else {
                at = line.indexOf('\\', at + 1);
            }
        }
        return out.append(line, from, line.length()).toString();
    }

    /** A line trimmed of spaces; tabs at its ends are kept when it holds any (they separate empty cells). */
    private static String strip(String raw) {
        int from = 0;
        int to = raw.length();
        boolean tabs = raw.indexOf('\t') >= 0 && !raw.isBlank();
        while (from < to && PublishedTextNormalizer.isSpace(raw.charAt(from)) && !(tabs && raw.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && PublishedTextNormalizer.isSpace(raw.charAt(to - 1)) && !(tabs && raw.charAt(to - 1) == '\t')) {
            to--;
        }
        return raw.substring(from, to);
    }

    private static Block block(String line, Location at) {
        if (line.charAt(0) == '#') {
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            if (level <= 6 && (level == line.length() || PublishedTextNormalizer.isSpace(line.charAt(level)))) {
                String text = line.substring(level).strip();
                int end = text.length();
                while (end > 0 && text.charAt(end - 1) == '#') {
                    end--;
                }
                text = unbold(text.substring(0, end).strip());
                if (!text.isEmpty()) {
                    return new Heading(text, level, at);
                }
            }
        }
        if (line.length() > 4 && line.startsWith("**") && line.endsWith("**") && line.indexOf("**", 2) == line.length() - 2) {
            String text = line.substring(2, line.length() - 2).strip();
            if (!text.isEmpty() && text.indexOf('\t') < 0 && text.indexOf('|') < 0) {
                return new Heading(text, 0, at);
            }
        }
        return new Paragraph(line, at);
    }

    private static String unbold(String text) {
        if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")) {
            return text.substring(2, text.length() - 2).strip();
        }
        return text;
    }

    /** Reads the fields of a metadata line: the line starts with a field name and a colon. */
    private static boolean meta(String line, Location at, List<MetaField> out) {
        String name = nameAt(line, 0);
        if (name == null) {
            return false;
        }
        List<MetaField> found = new ArrayList<>();
        int p = 0;
        while (name != null) {
            int valueStart = p + name.length() + 1;
            int next = -1;
            String nextName = null;
            for (int q = valueStart; q < line.length(); q++) {
                if (q > valueStart && PublishedTextNormalizer.isSpace(line.charAt(q - 1))) {
                    String candidate = nameAt(line, q);
                    if (candidate != null) {
                        next = q;
                        nextName = candidate;
                        break;
                    }
                }
            }
            String value = line.substring(valueStart, next < 0 ? line.length() : next).strip();
            found.add(new MetaField(name, value, at));
            p = next;
            name = nextName;
        }
        out.addAll(found);
        return true;
    }

    /** The metadata field name at a position, followed by a colon, or null. */
    private static String nameAt(String line, int p) {
        for (String name : META_NAMES) {
            int end = p + name.length();
            if (line.startsWith(name, p) && end < line.length()
                    && PublishedTextNormalizer.normalize(line.charAt(end)) == ':') {
                return name;
            }
        }
        return null;
    }

    /** A page marker: 第9页, 第 9 页 共 13 页, -9-, — 5 — (compact form). */
    static boolean isPageMarker(String c) {
        int n = c.length();
        if (n >= 3 && c.charAt(0) == '第' && c.charAt(n - 1) == '页') {
            int i = 1;
            while (i < n - 1 && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
                i++;
            }
            if (i == n - 1 && i > 1) {
                return true;
            }
            int mid = c.indexOf("页共");
            return mid > 1 && digits(c, 1, mid) && digits(c, mid + 2, n - 1);
        }
        if (n >= 3 && c.charAt(0) == '-' && c.charAt(n - 1) == '-') {
            int from = 1;
            int to = n - 1;
            while (from < to && c.charAt(from) == '-') {
                from++;
            }
            while (to > from && c.charAt(to - 1) == '-') {
                to--;
            }
            return digits(c, from, to);
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
    static boolean isRule(String line) {
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
}
