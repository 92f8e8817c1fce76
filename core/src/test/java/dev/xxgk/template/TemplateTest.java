package dev.xxgk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.CellValue;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue against TEMPLATE.md, transcribed here by hand: every table, row and column of
 * each edition with its code and exact official label, in order.
 */
class TemplateTest {

    /** Section 二 of edition 2019: caption; columns as code=label; rows as code=label. */
    private static final String PROACTIVE_2019 = """
            第二十条第（一）项 | newlyMade=本年新制作数量 newlyPublished=本年新公开数量 totalPublished=对外公开总数量 | regulations=规章 normativeDocuments=规范性文件
            第二十条第（五）项 | previousYearItems=上一年项目数量 change=本年增/减 decisions=处理决定数量 | licensing=行政许可 otherServices=其他对外管理服务事项
            第二十条第（六）项 | previousYearItems=上一年项目数量 change=本年增/减 decisions=处理决定数量 | penalties=行政处罚 coercion=行政强制
            第二十条第（八）项 | previousYearItems=上一年项目数量 change=本年增/减 | fees=行政事业性收费
            第二十条第（九）项 | projects=采购项目数量 totalAmount=采购总金额 | procurement=政府集中采购
            """;

    private static final String PROACTIVE_2021 = """
            第二十条第（一）项 | issued=本年制发件数 repealed=本年废止件数 inForce=现行有效件数 | regulations=规章 normativeDocuments=行政规范性文件
            第二十条第（五）项 | decisions=本年处理决定数量 | licensing=行政许可
            第二十条第（六）项 | decisions=本年处理决定数量 | penalties=行政处罚 coercion=行政强制
            第二十条第（八）项 | amountWanYuan=本年收费金额（单位：万元） | fees=行政事业性收费
            """;

    /** Section 三 columns as TEMPLATE prints them (group / label). */
    private static final List<String> APPLICANT_COLUMNS = List.of(
            "naturalPerson=自然人",
            "commercialEnterprise=法人或其他组织 / 商业企业",
            "researchInstitution=法人或其他组织 / 科研机构",
            "publicInterestOrganization=法人或其他组织 / 社会公益组织",
            "legalServiceAgency=法人或其他组织 / 法律服务机构",
            "otherOrganization=法人或其他组织 / 其他",
            "total=总计");

    /** Section 三 rows, code=label with the group labels before the row's own, space-separated. */
    private static final String APPLICATION_ROWS_BEFORE_OTHER = """
            newRequests=一、本年新收政府信息公开申请数量
            carriedOver=二、上年结转政府信息公开申请数量
            granted=三、本年度办理结果 （一）予以公开
            partiallyGranted=三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）
            withheld.stateSecret=三、本年度办理结果 （三）不予公开 1.属于国家秘密
            withheld.prohibitedByLaw=三、本年度办理结果 （三）不予公开 2.其他法律行政法规禁止公开
            withheld.securityOrStability=三、本年度办理结果 （三）不予公开 3.危及“三安全一稳定”
            withheld.thirdPartyRights=三、本年度办理结果 （三）不予公开 4.保护第三方合法权益
            withheld.internalAffairs=三、本年度办理结果 （三）不予公开 5.属于三类内部事务信息
            withheld.processInformation=三、本年度办理结果 （三）不予公开 6.属于四类过程性信息
            withheld.enforcementFiles=三、本年度办理结果 （三）不予公开 7.属于行政执法案卷
            withheld.administrativeQuery=三、本年度办理结果 （三）不予公开 8.属于行政查询事项
            unavailable.notHeld=三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息
            unavailable.needsCompilation=三、本年度办理结果 （四）无法提供 2.没有现成信息需要另行制作
            unavailable.unclearAfterCorrection=三、本年度办理结果 （四）无法提供 3.补正后申请内容仍不明确
            notProcessed.complaint=三、本年度办理结果 （五）不予处理 1.信访举报投诉类申请
            notProcessed.duplicate=三、本年度办理结果 （五）不予处理 2.重复申请
            notProcessed.publication=三、本年度办理结果 （五）不予处理 3.要求提供公开出版物
            notProcessed.excessive=三、本年度办理结果 （五）不予处理 4.无正当理由大量反复申请
            notProcessed.confirmation=三、本年度办理结果 （五）不予处理 5.要求行政机关确认或重新出具已获取信息
            """;

    private static final String OTHER_HANDLING_2019 = """
            otherHandling=三、本年度办理结果 （六）其他处理
            """;

    private static final String OTHER_HANDLING_2021 = """
            otherHandling.noCorrection=三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
            otherHandling.unpaidFee=三、本年度办理结果 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
            otherHandling.other=三、本年度办理结果 （六）其他处理 3.其他
            """;

    private static final String APPLICATION_ROWS_AFTER_OTHER = """
            totalHandled=三、本年度办理结果 （七）总计
            carriedForward=四、结转下年度继续办理
            """;

    private static final List<String> LITIGATION_ROWS = List.of(
            "reconsideration=行政复议",
            "litigationDirect=行政诉讼 未经复议直接起诉",
            "litigationAfterReconsideration=行政诉讼 复议后起诉");

    private static final List<String> LITIGATION_COLUMNS = List.of(
            "upheld=结果维持", "corrected=结果纠正", "other=其他结果", "pending=尚未审结", "total=总计");

    private static List<String> lines(String... blocks) {
        List<String> lines = new ArrayList<>();
        for (String block : blocks) {
            block.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        return lines;
    }

    private static String pairs(List<String> codeLabels) {
        return String.join(" ", codeLabels);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void proactiveDisclosureBandsAreThoseOfTemplateMd(Edition edition) {
        List<String> expected = lines(edition == Edition.EDITION_2019 ? PROACTIVE_2019 : PROACTIVE_2021);
        List<String> actual = Template.of(edition).tables(Section.PROACTIVE_DISCLOSURE).stream()
                .map(t -> t.caption() + " | "
                        + pairs(t.columns().stream().map(c -> c.code() + "=" + c.fullLabel()).toList()) + " | "
                        + pairs(t.rows().stream().map(r -> r.code().substring("proactiveDisclosure.".length())
                                + "=" + r.fullLabel()).toList()))
                .toList();
        assertEquals(expected, actual);
        Template.of(edition).tables(Section.PROACTIVE_DISCLOSURE)
                .forEach(t -> assertEquals("信息内容", t.heading()));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void applicationsTableIsThatOfTemplateMd(Edition edition) {
        List<String> expectedRows = lines(APPLICATION_ROWS_BEFORE_OTHER,
                edition == Edition.EDITION_2019 ? OTHER_HANDLING_2019 : OTHER_HANDLING_2021,
                APPLICATION_ROWS_AFTER_OTHER);
        List<Table> tables = Template.of(edition).tables(Section.APPLICATIONS);
        assertEquals(1, tables.size());
        Table table = tables.get(0);
        assertEquals(expectedRows, table.rows().stream()
                .map(r -> r.code().substring("applications.".length()) + "=" + r.fullLabel()).toList());
        assertEquals(APPLICANT_COLUMNS, table.columns().stream().map(c -> c.code() + "=" + c.fullLabel()).toList());
        assertEquals(edition == Edition.EDITION_2019 ? 23 : 25, table.rows().size());
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", table.heading());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void reconsiderationAndLitigationIsThatOfTemplateMd(Edition edition) {
        Table table = Template.of(edition).tables(Section.RECONSIDERATION_AND_LITIGATION).get(0);
        assertEquals(LITIGATION_ROWS, table.rows().stream()
                .map(r -> r.code().substring("reconsiderationAndLitigation.".length()) + "=" + r.fullLabel()).toList());
        assertEquals(LITIGATION_COLUMNS, table.columns().stream().map(c -> c.code() + "=" + c.fullLabel()).toList());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void codesAreUniqueAcrossCellsAndFields(Edition edition) {
        Template template = Template.of(edition);
        Set<String> codes = new HashSet<>();
        template.fields().forEach(f -> assertTrue(codes.add(f.code()), f.code()));
        template.cells().forEach(c -> assertTrue(codes.add(c.code()), c.code()));
        Set<String> rowCodes = new HashSet<>();
        template.tables().forEach(t -> t.rows().forEach(r -> assertTrue(rowCodes.add(r.code()), r.code())));
        // no code is the prefix of a cell's code and a cell at once (JSON nesting must be possible)
        for (String code : codes) {
            assertFalse(codes.stream().anyMatch(other -> other.startsWith(code + ".")), code);
        }
    }

    @Test
    void aFieldsSectionComesFromItsCode() {
        for (ReportField field : ReportField.values()) {
            java.util.Optional<Section> expected = switch (field) {
                case EDITION, AGENCY, YEAR, PUBLISHED_ON -> java.util.Optional.empty();
                case PROBLEMS_AND_IMPROVEMENTS -> java.util.Optional.of(Section.PROBLEMS_AND_IMPROVEMENTS);
                case OTHER_MATTERS -> java.util.Optional.of(Section.OTHER_MATTERS);
                default -> java.util.Optional.of(Section.OVERVIEW);
            };
            assertEquals(expected, field.section(), field.code());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aNewReportHoldsEachCellsBlankOfItsKind(Edition edition) {
        AnnualReport report = AnnualReport.builder(edition).agency("某机关").year(2023).build();
        for (Cell cell : Template.of(edition).cells()) {
            CellValue blank = cell.blank();
            assertTrue(blank.isBlank(), cell.code());
            assertEquals(cell.kind().isMoney(), blank instanceof Money, cell.code());
            assertEquals(blank, cell.get(report), cell.code());
        }
    }

    @Test
    void cellCountsAreThoseOfTheTwoEditions() {
        // 2019: 2×3 + 4×3 + 2 + 2 = 22 cells in section 二, 23×7 in 三, 15 in 四
        assertEquals(22 + 23 * 7 + 15, Template.of(Edition.EDITION_2019).cells().size());
        // 2021: 2×3 + 3×1 + 1 = 10 cells in section 二, 25×7 in 三, 15 in 四
        assertEquals(10 + 25 * 7 + 15, Template.of(Edition.EDITION_2021).cells().size());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cellKindsFollowTheColumns(Edition edition) {
        Set<String> signed = Template.of(edition).cells().stream()
                .filter(c -> c.kind() == CellKind.SIGNED_COUNT).map(Cell::code).collect(Collectors.toSet());
        Set<String> money = Template.of(edition).cells().stream()
                .filter(c -> c.kind().isMoney()).map(Cell::code).collect(Collectors.toSet());
        if (edition == Edition.EDITION_2019) {
            assertEquals(Set.of("proactiveDisclosure.licensing.change", "proactiveDisclosure.otherServices.change",
                    "proactiveDisclosure.penalties.change", "proactiveDisclosure.coercion.change",
                    "proactiveDisclosure.fees.change"), signed);
            assertEquals(Set.of("proactiveDisclosure.procurement.totalAmount"), money);
        } else {
            assertEquals(Set.of(), signed);
            assertEquals(Set.of("proactiveDisclosure.fees.amountWanYuan"), money);
        }
    }

    /**
     * Every cell set by code is read back through the record components named by the code's
     * segments: the catalogue, the builder's assembly and the component names agree.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyCodeNamesTheRecordComponentsThatHoldTheCell(Edition edition) throws Exception {
        Template template = Template.of(edition);
        AnnualReport.Builder builder = AnnualReport.builder(edition).agency("某机关").year(2023);
        for (Cell cell : template.cells()) {
            builder.cell(cell, distinct(cell));
        }
        AnnualReport report = builder.build();
        for (Cell cell : template.cells()) {
            Object value = report;
            for (String segment : cell.code().split("\\.")) {
                Method accessor = value.getClass().getMethod(segment);
                value = accessor.invoke(value);
            }
            assertEquals(distinct(cell), value, cell.code());
            assertEquals(distinct(cell), cell.get(report), cell.code());
            assertEquals(distinct(cell), report.cell(cell.code()), cell.code());
            assertSame(cell, template.cell(cell.code()));
        }
    }

    private static CellValue distinct(Cell cell) {
        return switch (cell.kind()) {
            case COUNT, SIGNED_COUNT -> Count.of(1000 + cell.index());
            case MONEY -> Money.parse(cell.index() + ".5元");
            case MONEY_WAN_YUAN -> Money.ofWanYuan(new BigDecimal(cell.index() + ".25"));
        };
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void relationsAreTheTemplatesArithmetic(Edition edition) {
        Template template = Template.of(edition);
        int rows = edition == Edition.EDITION_2019 ? 23 : 25;
        assertEquals(7, template.relations(dev.xxgk.template.RuleId.of("APP-BALANCE")).size());
        assertEquals(7, template.relations(dev.xxgk.template.RuleId.of("APP-OUTCOMES")).size());
        assertEquals(rows, template.relations(dev.xxgk.template.RuleId.of("APP-ROW-TOTAL")).size());
        assertEquals(3, template.relations(dev.xxgk.template.RuleId.of("LIT-TOTAL")).size());
        assertEquals(7 + 7 + rows + 3, template.relations().size());

        Relation balance = template.relations(dev.xxgk.template.RuleId.of("APP-BALANCE")).get(0);
        assertEquals(List.of("applications.newRequests.naturalPerson", "applications.carriedOver.naturalPerson"),
                balance.left().stream().map(Cell::code).toList());
        assertEquals(List.of("applications.totalHandled.naturalPerson", "applications.carriedForward.naturalPerson"),
                balance.right().stream().map(Cell::code).toList());

        Relation outcomes = template.relations(dev.xxgk.template.RuleId.of("APP-OUTCOMES")).get(6);
        assertEquals("applications.totalHandled.total", outcomes.anchor().code());
        // every outcome leaf, granted to otherHandling, and nothing else
        assertEquals(rows - 4, outcomes.left().size());
        assertEquals("applications.granted.total", outcomes.left().get(0).code());
        assertTrue(outcomes.left().get(outcomes.left().size() - 1).code().startsWith("applications.otherHandling"));

        Relation rowTotal = template.relations(dev.xxgk.template.RuleId.of("APP-ROW-TOTAL")).get(2);
        assertEquals("applications.granted.total", rowTotal.anchor().code());
        assertEquals(6, rowTotal.left().size());

        Relation lit = template.relations(dev.xxgk.template.RuleId.of("LIT-TOTAL")).get(1);
        assertEquals(List.of("reconsiderationAndLitigation.litigationDirect.upheld",
                        "reconsiderationAndLitigation.litigationDirect.corrected",
                        "reconsiderationAndLitigation.litigationDirect.other",
                        "reconsiderationAndLitigation.litigationDirect.pending"),
                lit.left().stream().map(Cell::code).toList());
        assertEquals("reconsiderationAndLitigation.litigationDirect.total", lit.anchor().code());
    }

    @Test
    void unknownCodesAndOtherEditionsAreRefusedWithTheirNames() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Template.of(Edition.EDITION_2019).cell("applications.otherHandling.other.total"));
        assertEquals("edition 2019 has no cell \"applications.otherHandling.other.total\"", unknown.getMessage());
        Cell cell2021 = Template.of(Edition.EDITION_2021).cell("applications.granted.total");
        AnnualReport report2019 = AnnualReport.builder(Edition.EDITION_2019).agency("某机关").year(2020).build();
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> cell2021.get(report2019));
        assertEquals("applications.granted.total is a cell of edition 2021, the report is of edition 2019",
                other.getMessage());
    }

    @Test
    void labelsOfCellsNameRowAndColumn() {
        Template template = Template.of(Edition.EDITION_2019);
        assertEquals("三、本年度办理结果 （一）予以公开｜总计", template.cell("applications.granted.total").label());
        assertEquals("第二十条第（五）项 行政许可｜本年增/减", template.cell("proactiveDisclosure.licensing.change").label());
        assertEquals("三（七）总计", template.cell("applications.totalHandled.total").row().shortLabel());
        assertEquals("三（三）1", template.cell("applications.withheld.stateSecret.total").row().shortLabel());
    }

    @Test
    void sectionsHaveTheOfficialHeadings() {
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                java.util.Arrays.stream(Section.values()).map(Section::heading).toList());
        assertEquals(List.of("政府信息公开行政复议、行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
                Section.RECONSIDERATION_AND_LITIGATION.titles());
    }
}
