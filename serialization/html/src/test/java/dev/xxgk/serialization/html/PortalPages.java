package dev.xxgk.serialization.html;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Report pages made the ways portals make them, from a report: Word's "save as web page", a CMS
 * editor's page inside the site's chrome, a page of the official layout with its section 三 table
 * split in two, with {@code &nbsp;}-only blanks and one character per span; and the damage pages
 * suffer on the way: re-indentation, split spans, another encoding. Each keeps the official
 * layout's table structure, so {@link Layout} says where every cell must be found.
 */
final class PortalPages {

    static final Charset GBK = Charset.forName("GBK");

    /** The date the CMS page's metadata box prints for a report that has none. */
    static final java.time.LocalDate CMS_DEFAULT_DATE = java.time.LocalDate.of(2024, 1, 26);

    private PortalPages() {
    }

    static String official(AnnualReport report) {
        return new HtmlFormat().render(report);
    }

    private static Document parse(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        return page;
    }

    /** Word 2016 "Save as Web Page (filtered)": MsoNormal paragraphs, mso- styles, o:p, td only, wrapped source, gb2312. */
    static byte[] word(AnnualReport report) {
        Document page = parse(official(report));
        Element article = page.selectFirst("article");
        for (Element table : article.select("table")) {
            Element caption = table.selectFirst("caption");
            table.before(boldParagraph(caption.text(), "黑体"));
            caption.remove();
            table.clearAttributes().addClass("MsoNormalTable").attr("border", "0").attr("cellspacing", "0")
                    .attr("cellpadding", "0").attr("style", "border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt");
            int irow = 0;
            for (Element tr : table.select("tr")) {
                tr.attr("style", "mso-yfti-irow:" + irow++ + ";height:20.0pt");
            }
            for (Element cell : table.select("th, td")) {
                String text = cell.text();
                cell.tagName("td").removeAttr("scope").attr("valign", "center")
                        .attr("style", "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt");
                cell.empty();
                if (text.isEmpty()) {
                    cell.append("<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>");
                } else {
                    cell.append("<p class=MsoNormal align=center style='text-align:center'>" + wordRuns(text, "宋体", "10.5pt")
                            + "<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>");
                }
            }
        }
        for (Element heading : article.select("h1")) {
            heading.replaceWith(Jsoup.parseBodyFragment("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>"
                    + wrap(Entities.escape(heading.text())) + "</span></b><span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></p>").body().child(0));
        }
        for (Element heading : article.select("h2")) {
            heading.replaceWith(boldParagraph(heading.text(), "黑体"));
        }
        for (Element heading : article.select("h3")) {
            heading.replaceWith(boldParagraph(heading.text(), "楷体_GB2312"));
        }
        for (Element p : article.select("p:not(.MsoNormal)")) {
            p.replaceWith(Jsoup.parseBodyFragment("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
                    + wordRuns(p.text(), "仿宋_GB2312", "16.0pt") + "<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>").body().child(0));
        }
        for (Element section : article.select("section")) {
            section.unwrap();
        }
        StringBuilder out = new StringBuilder();
        out.append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n")
                .append("xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n")
                .append("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n")
                .append("<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n")
                .append("<meta name=Originator content=\"Microsoft Word 15\">\r\n<title>").append(Entities.escape(page.title())).append("</title>\r\n")
                .append("<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>admin</o:Author>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n")
                .append("<style>\r\n<!--\r\n /* Style Definitions */\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-unhide:no;margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\r\n")
                .append("@page WordSection1\r\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n-->\r\n</style>\r\n</head>\r\n\r\n")
                .append("<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n\r\n<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n");
        for (Node child : article.childNodes()) {
            out.append(child.outerHtml().replaceAll("><(/?(?:td|tr|p|tbody|thead|table)\\b)", ">\r\n<$1")).append("\r\n\r\n");
        }
        out.append("</div>\r\n\r\n</body>\r\n\r\n</html>\r\n");
        return out.toString().getBytes(GBK);
    }

    private static Element boldParagraph(String text, String font) {
        return Jsoup.parseBodyFragment("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:"
                + font + "'>" + wordRuns(text, font, "16.0pt") + "</span></b><span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>").body().child(0);
    }

    /** Word's runs: ASCII and CJK in spans of their own (lang=EN-US for the ASCII), long CJK runs wrapped in the source. */
    private static String wordRuns(String text, String font, String size) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean ascii = text.charAt(i) < 0x80;
            int j = i;
            while (j < text.length() && (text.charAt(j) < 0x80) == ascii) {
                j++;
            }
            String run = Entities.escape(text.substring(i, j));
            out.append(ascii ? "<span lang=EN-US style='font-size:" + size + "'>" : "<span style='font-size:" + size + ";font-family:" + font + "'>")
                    .append(ascii ? run : wrap(run)).append("</span>");
            i = j;
        }
        return out.toString();
    }

    /** Word wraps its source at about 76 characters, between two CJK characters where a line has no space. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            run++;
            if (run >= 13 && i + 1 < text.length() && c >= 0x4E00 && c <= 0x9FFF && text.charAt(i + 1) >= 0x4E00 && text.charAt(i + 1) <= 0x9FFF) {
                out.append("\r\n");
                run = 0;
            }
        }
        return out.toString();
    }

    /**
     * A CMS editor's page (TRS / UEditor style) inside the site's chrome: navigation, breadcrumb,
     * the metadata box, the title outside the editor's element, scripts, share bar and footer.
     */
    static String cms(AnnualReport report, boolean declareCharset) {
        Document page = parse(official(report));
        Element article = page.selectFirst("article");
        String title = article.selectFirst("h1").text();
        article.selectFirst("h1").remove();
        Element published = article.selectFirst("p.xxgk-published");
        if (published != null) {
            published.remove();
        }
        for (Element table : article.select("table")) {
            Element caption = table.selectFirst("caption");
            table.before("<p style=\"text-indent:2em;\"><strong>" + Entities.escape(caption.text()) + "</strong></p>");
            caption.remove();
            table.clearAttributes().attr("border", "1").attr("cellspacing", "0").attr("cellpadding", "0")
                    .attr("style", "border-collapse:collapse;width:100%;").attr("align", "center");
            for (Element cell : table.select("th, td")) {
                String text = cell.text();
                cell.tagName("td").removeAttr("scope").attr("style", "border:1px solid #000;");
                cell.empty();
                cell.append(text.isEmpty() ? "<p style=\"text-align:center;\"><br></p>"
                        : "<p style=\"text-align:center;\"><span style=\"font-family:宋体, SimSun;font-size:14px;\">"
                                + Entities.escape(text) + "</span></p>");
            }
        }
        for (Element heading : article.select("h2, h3")) {
            heading.replaceWith(parse("<p style=\"text-indent:2em;\"><strong><span style=\"font-family:黑体;\">"
                    + Entities.escape(heading.text()) + "</span></strong></p>").body().child(0));
        }
        for (Element p : article.select("section > p")) {
            p.attr("style", "text-indent:2em;line-height:2em;");
        }
        for (Element section : article.select("section")) {
            section.unwrap();
        }
        String date = (report.publishedOn() == null ? CMS_DEFAULT_DATE : report.publishedOn()).toString();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n");
        if (declareCharset) {
            out.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n");
        }
        out.append("<title>").append(Entities.escape(title)).append("_东营区人民政府</title>\n")
                .append("<meta name=\"SiteName\" content=\"东营区人民政府\" />\n")
                .append("<meta name=\"ArticleTitle\" content=\"").append(Entities.escape(title)).append("\" />\n")
                .append("<meta name=\"PubDate\" content=\"").append(date).append(" 10:12\" />\n")
                .append("<meta name=\"ContentSource\" content=\"").append(Entities.escape(report.agency())).append("\" />\n")
                .append("<link rel=\"stylesheet\" href=\"/css/style.css\" />\n")
                .append("<script type=\"text/javascript\">var title = \"<p>一、总体情况</p><table><tr><td>自然人</td><td>总计</td></tr></table>\";</script>\n")
                .append("</head>\n<body>\n<div class=\"header\"><div class=\"logo\"><img src=\"/images/logo.png\" alt=\"东营区人民政府\" /></div>\n")
                .append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>")
                .append("<li><a href=\"/xxgk/ndbg\">政府信息公开年度报告</a></li><li><a href=\"/hdjl\">互动交流</a></li></ul></div></div>\n")
                .append("<div class=\"location\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xxgk\">政府信息公开</a> &gt; <a href=\"/xxgk/ndbg\">年度报告</a></div>\n")
                .append("<div class=\"main\">\n<div class=\"xxgk-info\"><table class=\"info-table\">\n")
                .append("<tr><td class=\"t\">索引号：</td><td>11370502004207011Y/2024-00012</td><td class=\"t\">主题分类：</td><td>其他</td></tr>\n")
                .append("<tr><td class=\"t\">发布机构：</td><td>").append(Entities.escape(report.agency()))
                .append("</td><td class=\"t\">发布日期：</td><td>").append(date).append("</td></tr>\n")
                .append("<tr><td class=\"t\">名称：</td><td colspan=\"3\">").append(Entities.escape(title)).append("</td></tr>\n</table></div>\n")
                .append("<div class=\"article\">\n<h1 class=\"article-title\">").append(Entities.escape(title)).append("</h1>\n")
                .append("<div class=\"article-info\">来源：").append(Entities.escape(report.agency()))
                .append("　发布时间：").append(date).append("　浏览次数：<span id=\"hits\">1024</span></div>\n")
                .append("<div class=\"TRS_Editor\"><div class=\"Custom_UnionStyle\">\n");
        for (Node child : article.childNodes()) {
            out.append(child.outerHtml()).append('\n');
        }
        out.append("</div></div>\n<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n")
                .append("<div class=\"print\"><a href=\"javascript:window.print()\">【打印本页】</a> <a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n")
                .append("</div>\n</div>\n<div class=\"footer\"><p>主办：").append(Entities.escape(report.agency()))
                .append("　联系电话：0546-8182296</p><p>网站标识码：3705020001　鲁ICP备05002181号</p></div>\n")
                .append("<script>document.getElementById('hits').innerHTML = '1025';</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The data row before which {@link #splitApplications} splits section 三: the first row of the
     * first group of the second level (（三）不予公开), so that the split cuts only the group
     * 三、本年度办理结果, as a page break in Word does.
     */
    static int splitRow(Template template) {
        List<Row> rows = template.tables(Section.APPLICATIONS).get(0).rows();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).groupLabels().size() == 2) {
                return r;
            }
        }
        throw new IllegalStateException("no second-level group in section 三");
    }

    /**
     * The official layout with the section 三 table split before {@link #splitRow} into a second
     * table without header; the cut group label is merged over its rows in each table.
     */
    static String splitApplications(AnnualReport report) {
        int splitAfter = splitRow(report.template());
        List<Row> rows = report.template().tables(Section.APPLICATIONS).get(0).rows();
        Document page = parse(official(report));
        Element table = page.selectFirst("table.xxgk-applications");
        Element second = table.clone();
        second.select("caption, thead").remove();
        List<Element> firstRows = table.select("tbody > tr");
        List<Element> secondRows = second.select("tbody > tr");
        for (int r = 0; r < firstRows.size(); r++) {
            (r < splitAfter ? secondRows : firstRows).get(r).remove();
        }
        List<Element> kept = table.select("tbody > tr");
        for (int r = 0; r < kept.size(); r++) {
            for (Element th : kept.get(r).select("th[rowspan]")) {
                th.attr("rowspan", Integer.toString(Math.min(Integer.parseInt(th.attr("rowspan")), kept.size() - r)));
            }
        }
        String group = rows.get(splitAfter).groupLabels().get(0);
        int m = 0;
        while (splitAfter + m < rows.size() && !rows.get(splitAfter + m).groupLabels().isEmpty()
                && rows.get(splitAfter + m).groupLabels().get(0).equals(group)) {
            m++;
        }
        second.selectFirst("tbody > tr").prependElement("th").attr("scope", "rowgroup").attr("rowspan", Integer.toString(m))
                .text(group);
        table.after(second);
        table.after("<p style=\"page-break-before:always\"></p>");
        return page.outerHtml();
    }

    /** The official layout with blanks as cells of {@code &nbsp;} only and every character of the other cells in a span of its own. */
    static String nbspAndOneCharacterSpans(AnnualReport report, SplittableRandom random) {
        Document page = parse(official(report));
        String[] blanks = {"&nbsp;", "&nbsp;&nbsp;&nbsp;", "<span>&nbsp;</span>", " &nbsp; ", "<p>&nbsp;</p>", "<font>&nbsp;</font>"};
        for (Element cell : page.select("th, td")) {
            String text = cell.text();
            cell.empty();
            if (text.isEmpty()) {
                cell.append(blanks[random.nextInt(blanks.length)]);
            } else {
                StringBuilder spans = new StringBuilder(random.nextBoolean() ? "&nbsp;" : "");
                text.codePoints().forEach(c -> spans.append("<span style=\"font-size:12pt\">")
                        .append(Entities.escape(new String(Character.toChars(c)))).append("</span>"));
                cell.append(spans.append(random.nextBoolean() ? "&nbsp;" : "").toString());
            }
        }
        return page.outerHtml();
    }

    /** Re-indented: every block element on a line of its own, indented by its depth, as a formatter leaves a page. */
    static String reindent(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(true).indentAmount(4);
        return page.outerHtml();
    }

    /** Every text node of the body cut into spans at random points. */
    static String splitSpans(String html, SplittableRandom random) {
        Document page = parse(html);
        List<TextNode> texts = new ArrayList<>();
        for (Element element : page.body().getAllElements()) {
            texts.addAll(element.textNodes());
        }
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            if (whole.isBlank() || whole.length() < 2 || random.nextInt(3) == 0) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            int i = 0;
            while (i < whole.length()) {
                int j = Math.min(whole.length(), i + 1 + random.nextInt(4));
                if (j < whole.length() && Character.isLowSurrogate(whole.charAt(j))) {
                    j++;
                }
                pieces.add(whole.substring(i, j));
                i = j;
            }
            StringBuilder matched = new StringBuilder();
            for (String piece : pieces) {
                boolean span = random.nextBoolean();
                matched.append(span ? "<span>" : "<font face=\"宋体\">").append(Entities.escape(piece)).append(span ? "</span>" : "</font>");
            }
            text.after(matched.toString());
            text.remove();
        }
        return page.outerHtml();
    }
}
