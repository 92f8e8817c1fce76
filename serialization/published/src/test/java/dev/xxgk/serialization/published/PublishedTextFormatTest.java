package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.published.internal.PublishedTextNormalizer;
import dev.xxgk.serialization.published.internal.PublishedTextReader;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of reading and writing published text, one case at a time, on texts made from the
 * writer's rendering of known reports and then changed the way published copies differ.
 */
class PublishedTextFormatTest {

    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();

    /** Edition 2019, with 增/减, money in 万元 and a blank group in section 四. */
    private static final AnnualReport XZSP = PublishedReports.dongyingXzsp2020().toBuilder()
            .overview(Overview.of("市行政审批服务局聚焦中心工作。"))
            .problemsAndImprovements("一是政务公开专区目前尚处于探索阶段。")
            .publishedOn(LocalDate.of(2021, 1, 20))
            .build();

    /** Edition 2021. */
    private static final AnnualReport DONGYINGQU = PublishedReports.dongyingqu2023().toBuilder()
            .overview(Overview.of("2023 年以来，东营区人民政府办公室始终坚持“公开为常态，不公开为例外”的原则。"))
            .otherMatters("（五）年度报告数据统计需要说明的事项：无。")
            .build();

    private static Reading read(String text) {
        return FORMAT.read(text, "test.txt");
    }

    /** Applies a change to the lines of the tables only (sections 二 to 四). */
    private static String inTables(String text, UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int from = lines.indexOf(Section.PROACTIVE_DISCLOSURE.heading());
        int to = lines.indexOf(Section.PROBLEMS_AND_IMPROVEMENTS.heading());
        for (int i = from + 1; i < to; i++) {
            lines.set(i, change.apply(lines.get(i)));
        }
        return String.join("\n", lines);
    }

    private static String replaceLine(String text, String line, String... with) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = lines.indexOf(line);
        assertTrue(at >= 0, "no line " + line);
        lines.remove(at);
        lines.addAll(at, List.of(with));
        return String.join("\n", lines);
    }

    private static String lineStarting(String text, String start) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    private static String fullWidthDigits(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static String spacedLabels(String line) {
        int tab = line.indexOf('\t');
        if (tab <= 1) {
            return line;
        }
        StringBuilder label = new StringBuilder();
        for (char c : line.substring(0, tab).toCharArray()) {
            label.append(c).append(c == '.' || c >= '0' && c <= '9' ? "" : " ");
        }
        return label.toString().strip() + line.substring(tab);
    }

    private static String traditional(String line) {
        String from = "规请开处总计数决关现无";
        String to = "規請開處總計數決關現無";
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            int at = from.indexOf(c);
            out.append(at >= 0 ? to.charAt(at) : c);
        }
        return out.toString();
    }

    private static String markdown(String line) {
        if (line.isEmpty() || !line.contains("\t")) {
            return line;
        }
        String row = "| " + line.replace("\t", " | ") + " |";
        return line.startsWith("信息内容") ? row + "\n|---|---|---|---|" : row;
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("as written", UnaryOperator.<String>identity()),
                Arguments.of("traditional characters in labels", (UnaryOperator<String>) PublishedTextFormatTest::traditional),
                Arguments.of("half-width brackets", (UnaryOperator<String>) l -> l.replace('（', '(').replace('）', ')')),
                Arguments.of("full-width digits", (UnaryOperator<String>) PublishedTextFormatTest::fullWidthDigits),
                Arguments.of("spaces inside labels", (UnaryOperator<String>) PublishedTextFormatTest::spacedLabels),
                Arguments.of("cells separated by spaces", (UnaryOperator<String>) l -> l.replace("\t", "  ")),
                Arguments.of("cells separated by pipes", (UnaryOperator<String>) l -> l.replace("\t", " | ")),
                Arguments.of("a Markdown table", (UnaryOperator<String>) PublishedTextFormatTest::markdown),
                Arguments.of("every cell on a line of its own", (UnaryOperator<String>) l -> l.replace("\t", "\n")),
                Arguments.of("blank lines between all lines", (UnaryOperator<String>) l -> l + "\n"),
                Arguments.of("placeholder -", (UnaryOperator<String>) l -> l.replace("/", "-")),
                Arguments.of("placeholder —", (UnaryOperator<String>) l -> l.replace("/", "—")),
                Arguments.of("placeholder 无", (UnaryOperator<String>) l -> l.replace("\t/", "\t无")),
                Arguments.of("increase and decrease as words", (UnaryOperator<String>) l -> l.replace("\t25\t", "\t增 25\t")
                        .replace("\t-5\t", "\t减5\t")),
                Arguments.of("minus sign", (UnaryOperator<String>) l -> l.replace("\t-5\t", "\t−5\t")),
                Arguments.of("money unit in brackets", (UnaryOperator<String>) l -> l.replace("608万元", "608（万元）")),
                Arguments.of("money unit apart", (UnaryOperator<String>) l -> l.replace("608万元", "608 万元")),
                Arguments.of("thousands separators", (UnaryOperator<String>) l -> l.replace("15592", "15,592")
                        .replace("45338", "45,338")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsTheTablesHoweverTheyAreLaidOut(String layout, UnaryOperator<String> change) {
        String text = inTables(FORMAT.render(XZSP), change);
        Reading reading = read(text);
        assertEquals(List.of(), reading.notes());
        assertEquals(XZSP, reading.report());
    }

    @Test
    void writesTheOfficialLayout() {
        String text = FORMAT.render(XZSP);
        List<String> lines = Arrays.asList(text.split("\n"));
        assertEquals("东营市行政审批服务局2020年政府信息公开工作年度报告", lines.get(0));
        assertEquals("发布日期：2021-01-20", lines.get(1));
        for (Section section : Section.values()) {
            assertTrue(lines.contains(section.heading()), section.heading());
        }
        assertTrue(lines.contains("第二十条第（五）项"));
        assertTrue(lines.contains("行政许可\t94\t25\t15592"));
        assertTrue(lines.contains("其他对外管理服务事项\t22\t-5\t45338"));
        assertTrue(lines.contains("政府集中采购\t4\t608万元"));
        assertTrue(lines.contains("（三）不予公开"));
        assertTrue(lines.contains("2.重复申请\t1\t0\t0\t0\t0\t0\t1"));
        assertTrue(lines.contains("/\t/\t/\t/\t/\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"), "section 四 as one row, blanks as /");
        assertTrue(text.endsWith("六、其他需要报告的事项\n在“政务公开看山东”栏目刊发经验稿件 1 篇。\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writer().orElseThrow().write(XZSP, out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
        assertEquals(DONGYINGQU, read(FORMAT.render(DONGYINGQU)).report());
        assertTrue(FORMAT.render(DONGYINGQU).contains("\n行政事业性收费\t0\n"), "万元 column written without unit");
    }

    @Test
    void resolvesARowMissingOneNumberByTheRowTotal() {
        AnnualReport report = XZSP.withCell("applications.granted.commercialEnterprise", 2)
                .withCell("applications.granted.total", 3)
                .withCell("applications.totalHandled.commercialEnterprise", 2)
                .withCell("applications.totalHandled.total", 5)
                .withCell("applications.newRequests.commercialEnterprise", 2)
                .withCell("applications.newRequests.total", 5);
        String text = replaceLine(FORMAT.render(report), "（一）予以公开\t1\t2\t0\t0\t0\t0\t3", "（一）予以公开\t1\t2\t0\t0\t0\t3");
        Reading reading = read(text);
        assertEquals(report, reading.report());
        ReadingNote note = reading.notes().get(0);
        assertEquals(1, reading.notes().size());
        assertEquals("applications.granted", note.path());
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("6 numbers for 7 cells (1 2 0 0 0 3)"), note.message(java.util.Locale.ENGLISH));
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("read as 1 2 0 0 0 0 3"), note.message(java.util.Locale.ENGLISH));
        assertTrue(note.message(java.util.Locale.ENGLISH).contains("APP-OUTCOMES") && note.message(java.util.Locale.ENGLISH).contains("APP-ROW-TOTAL"), note.message(java.util.Locale.ENGLISH));
    }

    static Stream<Arguments> damagedRows() {
        return Stream.of(
                Arguments.of("several readings of section 四", "reconsiderationAndLitigation",
                        (UnaryOperator<AnnualReport>) r -> r.toBuilder()
                                .reconsiderationAndLitigation(dev.xxgk.model.ReconsiderationAndLitigation.zero())
                                .cell("reconsiderationAndLitigation.litigationDirect.upheld", Count.of(1))
                                .cell("reconsiderationAndLitigation.litigationDirect.corrected", Count.of(1))
                                .cell("reconsiderationAndLitigation.litigationDirect.total", Count.of(2)).build(),
                        "0\t0\t0\t0\t0\t1\t1\t0\t0\t2\t0\t0\t0\t0\t0",
                        "0 0 0 0 0 1 0 0 2 0 0 0 0 0",
                        "more than one reading"),
                Arguments.of("no reading adds up", "applications.granted", UnaryOperator.<AnnualReport>identity(),
                        "（一）予以公开\t1\t0\t0\t0\t0\t0\t1", "（一）予以公开\t1\t2\t3\t4\t5\t6\t7\t8",
                        "no reading fits the row's cells and agrees with the table's arithmetic"),
                Arguments.of("section 二 has no arithmetic", "proactiveDisclosure.licensing",
                        UnaryOperator.<AnnualReport>identity(),
                        "行政许可\t94\t25\t15592", "行政许可\t94\t15592",
                        "does not determine the missing numbers"),
                Arguments.of("too many numbers missing", "applications.carriedForward",
                        UnaryOperator.<AnnualReport>identity(),
                        "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t0\t0\t0",
                        "too many numbers are missing or extra"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedRows")
    void leavesARowBlankUnlessExactlyOneReadingAddsUp(String name, String path, UnaryOperator<AnnualReport> setUp,
            String line, String damaged, String why) {
        AnnualReport report = setUp.apply(XZSP);
        String text = FORMAT.render(report);
        Reading reading = read(damaged.contains("\t") ? replaceLine(text, line, damaged)
                : replaceLine(text, line, damaged.replace(' ', '\t')));
        List<ReadingNote> notes = reading.notes().stream().filter(n -> n.path().equals(path)).toList();
        assertEquals(1, notes.size(), reading.notes().toString());
        assertTrue(notes.get(0).message(java.util.Locale.ENGLISH).contains(why), notes.get(0).message(java.util.Locale.ENGLISH));
        assertTrue(notes.get(0).message(java.util.Locale.ENGLISH).contains("left blank"), notes.get(0).message(java.util.Locale.ENGLISH));
        for (Cell cell : report.template().cells()) {
            boolean inRow = cell.code().startsWith(path + ".");
            assertEquals(inRow ? cell.blank() : cell.get(report),
                    cell.get(reading.report()), cell.code());
        }
    }

    @Test
    void aNumberThatDoesNotFitItsCellIsLeftBlank() {
        String text = FORMAT.render(XZSP)
                .replace("\n行政处罚\t0\t0\t0\n", "\n行政处罚\t1.5\t0\t12元\n")
                .replace("\n政府集中采购\t4\t608万元\n", "\n政府集中采购\t4\t608\n");
        Reading reading = read(text);
        assertEquals(List.of("proactiveDisclosure.penalties.previousYearItems", "proactiveDisclosure.penalties.decisions",
                "proactiveDisclosure.procurement.totalAmount"), reading.notes().stream().map(ReadingNote::path).toList());
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("\"1.5\"") && reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("not a whole number"));
        assertTrue(reading.notes().get(1).message(java.util.Locale.ENGLISH).contains("is an amount of money"));
        assertTrue(reading.notes().get(2).message(java.util.Locale.ENGLISH).contains("has no unit"));
        assertEquals(Count.blank(), reading.report().cell("proactiveDisclosure.penalties.previousYearItems"));
        assertEquals(Count.of(0), reading.report().cell("proactiveDisclosure.penalties.change"));
        assertEquals(Money.blank(), reading.report().cell("proactiveDisclosure.procurement.totalAmount"));
    }

    @Test
    void takesAMoneyUnitFromTheColumnHeader() {
        String text = FORMAT.render(XZSP).replace("\t采购总金额\n", "\t采购总金额（万元）\n")
                .replace("\n政府集中采购\t4\t608万元\n", "\n政府集中采购\t4\t608\n");
        Reading reading = read(text);
        assertEquals(List.of(), reading.notes());
        assertEquals(Money.of(new BigDecimal("608"), MoneyUnit.WAN_YUAN),
                reading.report().cell("proactiveDisclosure.procurement.totalAmount"));
    }

    @Test
    void neverConvertsYuanInAWanYuanColumn() {
        String text = FORMAT.render(DONGYINGQU).replace("\n行政事业性收费\t0\n", "\n行政事业性收费\t3000元\n");
        Reading reading = read(text);
        assertEquals(Money.blank(), reading.report().cell("proactiveDisclosure.fees.amountWanYuan"));
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("never converted"), reading.notes().toString());
    }

    @Test
    void notesNumbersOutsideEveryRowAndRowsNotFound() {
        String text = FORMAT.render(XZSP);
        text = replaceLine(text, "2.重复申请\t1\t0\t0\t0\t0\t0\t1");
        text = text.replace("\n四、结转下年度继续办理", "\n说明：共 3 件\n四、结转下年度继续办理");
        Reading reading = read(text);
        assertEquals(List.of("applications.notProcessed.duplicate", "applications"),
                reading.notes().stream().map(ReadingNote::path).toList());
        assertEquals(0, reading.notes().get(0).line());
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("was not found"));
        assertTrue(reading.notes().get(1).line() > 0 && reading.notes().get(1).message(java.util.Locale.ENGLISH).contains("(3)"));
        assertEquals(Count.blank(), reading.report().cell("applications.notProcessed.duplicate.total"));
    }

    @Test
    void notesATableNotFound() {
        String text = FORMAT.render(XZSP);
        int from = text.indexOf(Section.RECONSIDERATION_AND_LITIGATION.heading());
        int to = text.indexOf(Section.PROBLEMS_AND_IMPROVEMENTS.heading());
        Reading reading = read(text.substring(0, from) + text.substring(to));
        assertEquals(List.of("reconsiderationAndLitigation"), reading.notes().stream().map(ReadingNote::path).toList());
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("was not found: its cells are blank"));
    }

    @Test
    void aRowReadTwiceMustAgree() {
        String text = FORMAT.render(XZSP);
        String same = text.replace("\n行政处罚\t0\t0\t0\n", "\n行政处罚\t0\t0\t0\n行政处罚\t0\t0\t0\n");
        assertEquals(List.of(), read(same).notes());
        assertEquals(XZSP, read(same).report());
        String other = text.replace("\n行政处罚\t0\t0\t0\n", "\n行政处罚\t0\t0\t0\n行政处罚\t0\t7\t0\n");
        Reading reading = read(other);
        assertEquals(List.of("proactiveDisclosure.penalties"), reading.notes().stream().map(ReadingNote::path).toList());
        assertEquals(Count.blank(), reading.report().cell("proactiveDisclosure.penalties.change"));
        assertEquals(Count.of(0), reading.report().cell("proactiveDisclosure.penalties.decisions"));
    }

    @Test
    void readsATitleAndDatesOnlyFromTheHeader() {
        String text = FORMAT.render(XZSP).replace("发布日期：2021-01-20", "发布时间: 2021 年 1 月 20 日 | 浏览次数: 52");
        assertEquals(LocalDate.of(2021, 1, 20), read(text).report().publishedOn());

        String early = FORMAT.render(XZSP).replace("发布日期：2021-01-20", "发布日期：2020-12-30");
        Reading reading = read(early);
        assertNull(reading.report().publishedOn());
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("before the end of the report year 2020"), reading.notes().toString());

        String invalid = FORMAT.render(XZSP).replace("发布日期：2021-01-20", "发布日期：2021-13-45");
        assertNull(read(invalid).report().publishedOn());
        assertTrue(read(invalid).notes().get(0).message(java.util.Locale.ENGLISH).contains("not a valid date"));

        String split = FORMAT.render(XZSP).replace("东营市行政审批服务局2020年", "《东营市行政审批服务局\n2020 年 ");
        assertEquals("东营市行政审批服务局", read(split).report().agency());
    }

    static Stream<Arguments> refusals() {
        String text = FORMAT.render(XZSP);
        return Stream.of(
                Arguments.of("", "the input is empty"),
                Arguments.of(" \n\t\n　\n", "the input is empty"),
                Arguments.of("通知\n各单位：请于 5 月 1 日前报送。", "not an annual report"),
                Arguments.of(text.replace("东营市行政审批服务局2020年政府信息公开工作年度报告", "年度报告"),
                        "has no title \"<机关><年份>年政府信息公开工作年度报告\""),
                Arguments.of(text.replace("东营市行政审批服务局2020年", "\n2020年"), "the title names no agency"),
                Arguments.of(text.replace("2020年政府", "1999年政府"), "the report year 1999 is outside 2008..2100"),
                Arguments.of(text.substring(0, text.indexOf(Section.PROACTIVE_DISCLOSURE.heading())),
                        "has no template tables"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusesWithAClearMessage(String text, String problem) {
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> read(text));
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertEquals("text", e.format());
        assertEquals("test.txt", e.source());
        assertTrue(e.getMessage().startsWith("test.txt"), e.getMessage());
    }

    @Test
    void refusesMalformedBytesAtTheirLineAndColumn() {
        byte[] good = "东营市行政审批服务局2020年政府信息公开工作年度报告\nab".getBytes(StandardCharsets.UTF_8);
        byte[] longer = new byte[good.length + 70_000];
        Arrays.fill(longer, (byte) 'x');
        System.arraycopy(good, 0, longer, 0, good.length);
        longer[70_000] = (byte) 0xFF;
        ReportFormatException e = assertThrows(ReportFormatException.class,
                () -> FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(longer), "bad.txt"));
        assertEquals(2, e.line());
        assertTrue(e.column() > 1 && e.problem().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void tellsTheEditionByItsLabelsNotByTheYear() {
        AnnualReport oldTables = XZSP.withYear(2021).withPublishedOn(null);
        Reading reading = read(FORMAT.render(oldTables));
        assertEquals(oldTables, reading.report());
        assertEquals(List.of("edition"), reading.notes().stream().map(ReadingNote::path).toList());
        assertTrue(reading.notes().get(0).message(java.util.Locale.ENGLISH).contains("tables are those of edition 2019"));

        String mixed = FORMAT.render(XZSP).replace("\t本年新公开数量\t", "\t本年废止件数\t");
        Reading majority = read(mixed);
        assertEquals(Edition.EDITION_2019, majority.report().edition());
        assertTrue(majority.notes().stream().anyMatch(n -> n.path().equals("edition") && n.message(java.util.Locale.ENGLISH).contains("本年废止件数")));

        String onlyApplications = FORMAT.render(XZSP);
        onlyApplications = onlyApplications.substring(0, onlyApplications.indexOf(Section.PROACTIVE_DISCLOSURE.heading()))
                + onlyApplications.substring(onlyApplications.indexOf(Section.APPLICATIONS.heading()));
        Reading byYear = read(onlyApplications);
        assertEquals(Edition.EDITION_2019, byYear.report().edition());
        assertTrue(byYear.notes().stream().anyMatch(n -> n.path().equals("edition") && n.message(java.util.Locale.ENGLISH).contains("report year 2020")),
                byYear.notes().toString());
    }

    @Test
    void everyEditionHasLabelsOfItsOwn() {
        assertTrue(PublishedTextReader.editionMarkers(Edition.EDITION_2019).containsAll(
                List.of("本年新制作数量", "上一年项目数量", "本年增/减", "采购项目数量")));
        assertTrue(PublishedTextReader.editionMarkers(Edition.EDITION_2021).containsAll(
                List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量")));
        assertTrue(PublishedTextReader.editionMarkers(Edition.EDITION_2021).stream().anyMatch(m -> m.startsWith("本年收费金额")));
        assertTrue(PublishedTextReader.editionMarkers(Edition.EDITION_2021).stream().anyMatch(m -> m.startsWith("1.申请人")));
        assertTrue(!PublishedTextReader.editionMarkers(Edition.EDITION_2019).contains("处理决定数量"),
                "a label inside a label of the other edition tells nothing");
    }

    @Test
    void readsTextsUnderHeadingsAndHeadingVariants() {
        String text = FORMAT.render(XZSP)
                .replace("六、其他需要报告的事项\n在“政务公开看山东”栏目刊发经验稿件 1 篇。", "六、其他需要报告的事项：无。")
                .replace(Section.RECONSIDERATION_AND_LITIGATION.heading(),
                        "四、" + Section.RECONSIDERATION_AND_LITIGATION.titles().get(1))
                .replace("五、存在的主要问题及改进情况", "**五、存在的主要问题及改进情况**");
        Reading reading = read(text);
        assertEquals(List.of(), reading.notes());
        assertEquals(XZSP.withOtherMatters("无。"), reading.report());
    }

    @Test
    void splitsSectionOneIntoTheTopicsOnlyWhenItsSubHeadingsAreTheTopics() {
        AnnualReport topics = DONGYINGQU.withOverview(new Overview("引言。", "主动公开的情况。", "", "管理。", "平台。", "监督。"));
        assertEquals(topics, read(FORMAT.render(topics)).report());
        String text = FORMAT.render(topics).replace("\n（五）监督保障\n", "\n（五）监督保障。\n");
        assertEquals(topics, read(text).report());
        String other = FORMAT.render(topics).replace("\n（五）监督保障\n", "\n（六）其他工作\n");
        assertEquals(Overview.of("引言。\n（一）主动公开\n主动公开的情况。\n（三）政府信息管理\n管理。\n（四）政府信息公开平台建设\n平台。\n（六）其他工作\n监督。"),
                read(other).report().overview());
    }

    @Test
    void normalizesTheLabelVocabularyOneCharacterToOne() {
        assertEquals("二、主动公开政府信息情况", PublishedTextNormalizer.compact("二、主動公開政府信息情況"));
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
                PublishedTextNormalizer.compact("（二）部分公開（區分處理的，只計這一情形，不計其他情形）"));
        assertEquals("3.危及\"三安全一稳定\"", PublishedTextNormalizer.compact("3. 危及“三安全一穩定”"));
        assertEquals("0123", PublishedTextNormalizer.compact("０１ ２３"));
        for (Edition edition : Edition.values()) {
            for (Cell cell : Template.of(edition).cells()) {
                String label = cell.row().label();
                assertEquals(label.length(), PublishedTextNormalizer.compact(label).length(), label);
            }
        }
    }
}
