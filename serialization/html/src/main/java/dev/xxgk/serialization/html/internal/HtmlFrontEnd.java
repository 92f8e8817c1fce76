package dev.xxgk.serialization.html.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.document.Block;
import dev.xxgk.serialization.published.document.Document;
import dev.xxgk.serialization.published.document.Grid;
import dev.xxgk.serialization.published.document.GridCell;
import dev.xxgk.serialization.published.document.GridRow;
import dev.xxgk.serialization.published.document.Heading;
import dev.xxgk.serialization.published.document.MetaField;
import dev.xxgk.serialization.published.document.Paragraph;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML front end of the reading pipeline: a page's bytes to the neutral {@link Document}.
 *
 * <ol>
 *   <li>Decode ({@link HtmlCharsets}) and parse with jsoup's HTML5 tree builder, positions tracked,
 *       nesting capped at {@value #MAX_DEPTH} (a page nested deeper is refused).</li>
 *   <li>Walk the body once, in reading order, into blocks, each remembering the block element it
 *       came from: {@code <h1>}…{@code <h6>} and paragraphs wholly in bold are headings; other
 *       lines ({@code <p>}, {@code <div>}, {@code <li>}, a {@code <br>} ends a line) are
 *       paragraphs; each {@code <table>} without tables inside is a grid (a table holding tables is
 *       a layout table: its cells are read as containers). Scripts, styles, forms' controls and
 *       elements hidden with {@code display:none} are not printed and not read.</li>
 *   <li>Find the report: the deepest element holding every anchor, an anchor being a section
 *       heading of the template or a table that carries the template's labels. What lies outside
 *       it is page chrome: it is not report text; name–value pairs in it ({@code 发布机构：…}) are
 *       the metadata box, and a title line before it ({@code …年度报告}) is taken as the title.</li>
 * </ol>
 *
 * <p>Nothing is aligned to the template here: that is the pipeline's, the same for every front end.
 */
public final class HtmlFrontEnd {

    /** The format's id, for errors. */
    public static final String FORMAT = "html";

    /** The deepest nesting of elements read; real pages stay below 60. */
    public static final int MAX_DEPTH = 512;

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
            "listing", "xmp", "plaintext", "legend", "option");

    private static final Set<String> UNPRINTED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "canvas", "select", "button", "input", "textarea", "map", "audio", "video", "head",
            "title", "meta", "link", "base", "param", "source", "track", "datalist");

    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD = Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z][A-Za-z0-9:-]*|!--|!DOCTYPE|/[A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("([\\p{IsHan}]{2,8})\\s*[：:]\\s*");

    /** Labels of the template's tables, both editions, three characters or more: what marks a report table. */
    private static final List<String> TABLE_LABELS;
    /** The sections' titles without numbers, every known variant. */
    private static final List<String> SECTION_TITLES;

    static {
        Set<String> labels = new HashSet<>();
        for (Edition edition : Edition.values()) {
            for (Table table : Template.of(edition).tables()) {
                if (table.heading().length() >= 3) {
                    labels.add(squeeze(table.heading()));
                }
                for (Column column : table.columns()) {
                    column.groupLabels().forEach(l -> labels.add(squeeze(l)));
                    labels.add(squeeze(column.label()));
                }
                for (Row row : table.rows()) {
                    row.groupLabels().forEach(l -> labels.add(squeeze(l)));
                    labels.add(squeeze(row.label()));
                }
            }
        }
        labels.removeIf(l -> l.length() < 3);
        TABLE_LABELS = List.copyOf(labels);
        List<String> titles = new ArrayList<>();
        for (Section section : Section.values()) {
            section.titles().forEach(t -> titles.add(squeeze(t)));
        }
        SECTION_TITLES = List.copyOf(titles);
    }

    /** What the front end made of a page. */
    public record Result(Document document, List<ReadingNote> notes) {

        /** Copies the notes. */
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** A block with the element it came from; {@code link} when all its text is inside links (a table of contents, a menu). */
    private record Raw(Block block, Element origin, boolean link) {

        Raw(Block block, Element origin) {
            this(block, origin, false);
        }
    }

    private HtmlFrontEnd() {
    }

    /**
     * Reads a page.
     *
     * @param bytes the page's bytes, already bounded in size
     * @param source where they came from
     * @return the document and the front end's notes
     * @throws ReportFormatException if the page is not HTML, nests too deep, or holds no report
     */
    public static Result read(byte[] bytes, String source) {
        HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes, source);
        List<ReadingNote> notes = new ArrayList<>(decoded.notes());
        String text = decoded.text();
        if (text.indexOf('\0') >= 0 || !MARKUP.matcher(text).find()) {
            throw new ReportFormatException(FORMAT, source, 1, 1, "", text.substring(0, Math.min(40, text.length())),
                    "not an HTML page: it has no markup (a report copied as plain text is read with the text format)",
                    null);
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
        org.jsoup.nodes.Document page = parser.parseInput(text, "");
        List<MetaField> metadata = new ArrayList<>(headMetadata(page));
        List<Raw> raw = walk(page.body(), source);

        List<Element> anchors = new ArrayList<>();
        for (Raw r : raw) {
            if (!r.link() && isAnchor(r.block())) {
                anchors.add(r.origin());
            }
        }
        if (anchors.isEmpty()) {
            throw new ReportFormatException(FORMAT, source, 0, 0, "", title(page),
                    "no report in the page: none of the template's section headings (一、总体情况 … 六、其他需要报告的事项)"
                            + " and none of its tables was found",
                    null);
        }
        Element region = commonAncestor(anchors);
        List<Block> blocks = new ArrayList<>();
        int firstInside = -1;
        int outside = 0;
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            boolean inside = isInside(r.origin(), region);
            if (inside) {
                if (firstInside < 0) {
                    firstInside = i;
                }
                if (r.block() instanceof Grid grid && isMetadataGrid(grid)) {
                    fields(grid, metadata);
                } else {
                    blocks.add(r.block());
                }
            } else {
                outside++;
                if (r.block() instanceof Grid grid) {
                    fields(grid, metadata);
                } else {
                    fields(text(r.block()), r.block().location(), metadata);
                }
            }
        }
        if (outside > 0) {
            notes.add(ReadingNote.of(HtmlNote.CONTENT_FOUND, orElse(HtmlText.location(region), Location.unknown()), "",
                    describe(region), outside));
        }
        if (!hasTitle(blocks)) {
            for (int i = firstInside - 1; i >= 0; i--) {
                Block b = raw.get(i).block();
                if (!(b instanceof Grid) && isTitle(text(b))) {
                    blocks.add(0, b);
                    notes.add(ReadingNote.of(HtmlNote.TITLE_OUTSIDE, b.location(), "", text(b)));
                    break;
                }
            }
        }
        return new Result(new Document(source, metadata, blocks), notes);
    }

    /** The block walk: one pass, in reading order. */
    private static List<Raw> walk(Element body, String source) {
        List<Raw> out = new ArrayList<>();
        Set<Element> layoutTables = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth >= MAX_DEPTH - 2) {
                    Location at = orElse(HtmlText.location(node), Location.unknown());
                    throw new ReportFormatException(FORMAT, source, at.lineNumber(),
                            at instanceof Location.Line l ? l.column() : 0, "", node.nodeName(),
                            "elements nested more than " + (MAX_DEPTH - 2) + " deep: not a page a report is published in",
                            null);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("table")) {
                    Element parent = element.parent();
                    while (parent != null && parent != body) {
                        if (parent.nameIs("table")) {
                            layoutTables.add(parent);
                            break;
                        }
                        parent = parent.parent();
                    }
                }
            }
        }, body);

        Walker walker = new Walker(out, layoutTables, source);
        NodeTraversor.filter(walker, body);
        walker.flush();
        return out;
    }

    /** Turns the body into raw blocks. */
    private static final class Walker implements NodeFilter {
        private final List<Raw> out;
        private final Set<Element> layoutTables;
        private final String source;
        private final StringBuilder line = new StringBuilder();
        private Location lineAt;
        private Element lineOrigin;
        private boolean anyBold;
        private boolean allBold = true;
        private boolean allLink = true;
        private int link;
        private int headingLevel;
        private int bold;
        private final List<Element> blockStack = new ArrayList<>();

        Walker(List<Raw> out, Set<Element> layoutTables, String source) {
            this.out = out;
            this.layoutTables = layoutTables;
            this.source = source;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                if (!HtmlText.isBlank(whole)) {
                    if (lineAt == null) {
                        lineAt = orElse(HtmlText.firstCharacter(text), orElse(HtmlText.location(text.parent()),
                                Location.unknown()));
                        lineOrigin = blockStack.isEmpty() ? null : blockStack.get(blockStack.size() - 1);
                    }
                    if (bold > 0) {
                        anyBold = true;
                    } else {
                        allBold = false;
                    }
                    if (link == 0) {
                        allLink = false;
                    }
                }
                line.append(whole);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (isUnprinted(element) || isHidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (element.nameIs("table") && !layoutTables.contains(element)) {
                flush();
                Location at = orElse(HtmlText.location(element), Location.unknown());
                for (Element caption : element.getElementsByTag("caption")) {
                    String text = HtmlTables.text(caption);
                    if (!text.isEmpty()) {
                        out.add(new Raw(new Paragraph(text, orElse(firstText(caption), at)), element));
                    }
                }
                out.add(new Raw(HtmlTables.grid(element, at, source), element));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isBlock(element)) {
                flush();
                blockStack.add(element);
                int level = headingLevel(element);
                if (level > 0) {
                    headingLevel = level;
                }
            }
            if (isBold(element)) {
                bold++;
            }
            if (element.nameIs("a")) {
                link++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (isBold(element)) {
                    bold--;
                }
                if (element.nameIs("a")) {
                    link--;
                }
                if (isBlock(element)) {
                    flush();
                    blockStack.remove(blockStack.size() - 1);
                    if (headingLevel(element) > 0) {
                        headingLevel = 0;
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String text = HtmlText.normalize(line);
            if (!text.isEmpty()) {
                Location at = lineAt != null ? lineAt : Location.unknown();
                Element origin = lineOrigin;
                Block block;
                if (headingLevel > 0) {
                    block = new Heading(text, headingLevel, at);
                } else if (anyBold && allBold) {
                    block = new Heading(text, 0, at);
                } else {
                    block = new Paragraph(text, at);
                }
                out.add(new Raw(block, origin, allLink));
            }
            line.setLength(0);
            lineAt = null;
            lineOrigin = null;
            anyBold = false;
            allBold = true;
            allLink = true;
        }
    }

    /** Where the first printed character inside an element is. */
    private static Location firstText(Element element) {
        TextNode[] first = new TextNode[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && !HtmlText.isBlank(text.getWholeText())) {
                    first[0] = text;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        Location at = first[0] == null ? null : HtmlText.firstCharacter(first[0]);
        return at != null ? at : HtmlText.location(element);
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    private static boolean isUnprinted(Element element) {
        return UNPRINTED.contains(element.normalName());
    }

    static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || element.hasAttr("style") && HIDDEN.matcher(element.attr("style")).find();
    }

    private static boolean isBold(Element element) {
        String name = element.normalName();
        return name.equals("b") || name.equals("strong")
                || element.hasAttr("style") && BOLD.matcher(element.attr("style")).find();
    }

    private static int headingLevel(Element element) {
        String name = element.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    private static boolean isAnchor(Block block) {
        if (block instanceof Grid grid) {
            return isReportTable(grid);
        }
        String text = squeeze(text(block));
        if (text.length() > 40) {
            return false;
        }
        for (String title : SECTION_TITLES) {
            if (text.contains(title) && text.length() <= title.length() + 12) {
                return true;
            }
        }
        return false;
    }

    /** A grid carrying at least two of the template's table labels. */
    static boolean isReportTable(Grid grid) {
        StringBuilder all = new StringBuilder();
        for (GridRow row : grid.rows()) {
            for (GridCell cell : row.cells()) {
                if (!cell.spanned()) {
                    all.append(squeeze(cell.text())).append('|');
                }
            }
        }
        String text = all.toString();
        int found = 0;
        for (String label : TABLE_LABELS) {
            if (text.contains(label) && ++found >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A grid whose cells are mostly name–value pairs and that carries no template label: a metadata box. */
    private static boolean isMetadataGrid(Grid grid) {
        if (isReportTable(grid)) {
            return false;
        }
        List<MetaField> found = new ArrayList<>();
        fields(grid, found);
        return found.size() >= 2;
    }

    private static void fields(Grid grid, List<MetaField> into) {
        for (GridRow row : grid.rows()) {
            List<GridCell> cells = row.cells().stream().filter(c -> !c.spanned()).toList();
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i).text();
                String name = text.endsWith("：") || text.endsWith(":") ? HtmlText.trim(text.substring(0, text.length() - 1)) : null;
                if (name != null && name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && name.length() >= 2 && name.length() <= 8) {
                    if (i + 1 < cells.size()) {
                        into.add(new MetaField(name, cells.get(i + 1).text(), cells.get(i + 1).location()));
                        i++;
                    }
                } else {
                    fields(text, cells.get(i).location(), into);
                }
            }
        }
    }

    /** Name–value pairs of a line that starts with one: {@code 索引号：… 发布机构：…}. */
    private static void fields(String text, Location at, List<MetaField> into) {
        Matcher m = FIELD.matcher(text);
        if (!m.find() || m.start() != 0) {
            return;
        }
        while (true) {
            String name = m.group(1);
            int valueStart = m.end();
            boolean more = m.find();
            int valueEnd = more ? m.start() : text.length();
            String value = HtmlText.trim(text.substring(valueStart, valueEnd));
            into.add(new MetaField(name, value, at));
            if (!more) {
                return;
            }
        }
    }

    private static List<MetaField> headMetadata(org.jsoup.nodes.Document page) {
        List<MetaField> fields = new ArrayList<>();
        Element title = page.head() == null ? null : page.head().getElementsByTag("title").first();
        if (title != null && !HtmlText.normalize(title.text()).isEmpty()) {
            fields.add(new MetaField("meta:title", HtmlText.normalize(title.text()), orElse(HtmlText.location(title), Location.unknown())));
        }
        for (Element meta : page.getElementsByTag("meta")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (!name.isBlank() && meta.hasAttr("content")) {
                fields.add(new MetaField("meta:" + name.trim(), HtmlText.normalize(meta.attr("content")),
                        orElse(HtmlText.location(meta), Location.unknown())));
            }
        }
        return fields;
    }

    private static String title(org.jsoup.nodes.Document page) {
        String title = page.title();
        return title.length() > 60 ? title.substring(0, 60) : title;
    }

    private static boolean hasTitle(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Grid || isAnchor(block)) {
                return false;
            }
            if (isTitle(text(block))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(String text) {
        String s = squeeze(text);
        return s.length() <= 80 && s.contains("年度报告");
    }

    private static String text(Block block) {
        if (block instanceof Heading heading) {
            return heading.text();
        }
        return block instanceof Paragraph paragraph ? paragraph.text() : "";
    }

    private static Element commonAncestor(List<Element> elements) {
        List<Element> common = null;
        for (Element element : elements) {
            List<Element> chain = new ArrayList<>();
            for (Element e = element; e != null; e = e.parent()) {
                chain.add(e);
            }
            Collections.reverse(chain);
            if (common == null) {
                common = chain;
            } else {
                int n = 0;
                while (n < common.size() && n < chain.size() && common.get(n) == chain.get(n)) {
                    n++;
                }
                common = common.subList(0, n);
            }
        }
        return common.get(common.size() - 1);
    }

    private static boolean isInside(Element element, Element region) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == region) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Element element) {
        StringBuilder out = new StringBuilder(element.normalName());
        if (!element.id().isEmpty()) {
            out.append(" id=\"").append(element.id()).append('"');
        }
        if (!element.className().isBlank()) {
            out.append(" class=\"").append(element.className().trim()).append('"');
        }
        return out.toString();
    }

    /** Text without white space, for matching labels that pages space or split. */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!HtmlText.isSpace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static Location orElse(Location location, Location fallback) {
        return location != null ? location : fallback;
    }
}
