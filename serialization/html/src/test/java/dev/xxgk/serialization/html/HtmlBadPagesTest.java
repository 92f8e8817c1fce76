package dev.xxgk.serialization.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.serialization.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages that are no report page get a {@link ReportFormatException} saying what was found and
 * where, in bounded time and memory: the size limit is checked before parsing, nesting is capped
 * by jsoup and refused, a span bomb is refused before it is expanded.
 */
class HtmlBadPagesTest {

    private static final HtmlFormat FORMAT = new HtmlFormat();

    private static ReportFormatException refused(byte[] page) {
        return refused(FORMAT, new ByteArrayInputStream(page));
    }

    private static ReportFormatException refused(HtmlFormat format, InputStream in) {
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> format.reader().orElseThrow().read(in, "bad.html"));
        assertEquals("html", e.format());
        assertEquals("bad.html", e.source());
        assertTrue(e.getMessage().startsWith("bad.html"), e.getMessage());
        return e;
    }

    @Test
    void plainTextIsNotHtml() {
        ReportFormatException e = refused(PublishedReports.bytes(PublishedReports.DONGYINGQU_2023));
        assertTrue(e.problem().contains("not an HTML page"), e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void aPdfIsNotHtml() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
        ReportFormatException e = refused(pdf);
        assertTrue(e.problem().contains("not a text page") || e.problem().contains("not an HTML page"), e.problem());
    }

    @Test
    void bytesValidInNoCharsetAreRefusedWithTheirLine() {
        byte[] page = "<html><meta charset=\"utf-8\"><body>\n<p>一、总体情况</p>\n<p>\u0081\u0030\u00ff</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        ReportFormatException e = refused(page);
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("utf-8"), e.problem());
        assertTrue(e.found().contains("FF"), e.found());
    }

    @Test
    void aPageWithoutReportIsRefused() {
        String news = "<html><head><title>东营区召开全区安全生产工作会议</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>"
                + "<div class=\"article\"><h1>东营区召开全区安全生产工作会议</h1><p>12月1日，东营区召开会议，部署冬季安全生产工作。</p>"
                + "<table><tr><td>单位</td><td>人数</td></tr><tr><td>区应急局</td><td>12</td></tr></table></div></body></html>";
        ReportFormatException e = refused(news.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.problem().startsWith("no report in the page"), e.problem());
        assertEquals("东营区召开全区安全生产工作会议", e.found());
    }

    @Test
    void aFiftyMegabytePageIsRefusedBeforeItIsParsed() {
        long size = 50L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '<');
                left -= n;
                return n;
            }
        };
        ReportFormatException e = refused(FORMAT, huge);
        assertTrue(e.problem().contains("larger than " + HtmlFormat.DEFAULT_MAX_BYTES + " bytes"), e.problem());
        ReportFormatException small = refused(HtmlFormat.builder().maxBytes(1000).build(),
                new ByteArrayInputStream(new byte[1001]));
        assertTrue(small.problem().contains("larger than 1000 bytes"), small.problem());
    }

    @Test
    void aTableNestedAThousandDeepIsRefused() {
        StringBuilder page = new StringBuilder("<html><body><h2>一、总体情况</h2>");
        for (int i = 0; i < 1000; i++) {
            page.append("<table><tr><td>");
        }
        page.append("自然人 总计");
        for (int i = 0; i < 1000; i++) {
            page.append("</td></tr></table>");
        }
        ReportFormatException e = refused(page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(e.problem().contains("nested more than"), e.problem());
        assertTrue(e.line() > 0, "where the nesting passed the limit");
    }

    @Test
    void divsNestedAHundredThousandDeepAreRefused() {
        String page = "<html><body><h2>一、总体情况</h2>" + "<div>".repeat(100_000) + "文字" + "</div>".repeat(100_000) + "</body></html>";
        ReportFormatException e = refused(page.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.problem().contains("nested more than"), e.problem());
    }

    @Test
    void aSpanBombIsRefusedBeforeItIsExpanded() {
        String page = "<html><body><h2>三、收到和处理政府信息公开申请情况</h2><table>"
                + "<tr><td>自然人</td><td>总计</td></tr>"
                + "<tr><td colspan=\"1000\" rowspan=\"65534\">x</td></tr>" + "<tr></tr>".repeat(70_000) + "</table></body></html>";
        ReportFormatException e = refused(page.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.problem().contains("expands to more than"), e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void onlyTheDocumentedExceptionEscapesOnAnyCutOfAPage() {
        byte[] page = PortalPages.word(HtmlFrontEndTest.withTexts(PublishedReports.dongyingqu2023()));
        for (int cut = 0; cut < page.length; cut += page.length / 37 + 1) {
            byte[] part = java.util.Arrays.copyOf(page, cut);
            try {
                FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(part), "cut.html");
            } catch (ReportFormatException expected) {
                assertEquals("cut.html", expected.source());
            }
        }
    }
}
