package dev.xxgk.template;

import dev.xxgk.model.Edition;
import java.util.ArrayList;
import java.util.List;

/** The template of each edition, as TEMPLATE.md lists it: the one place its labels are written. */
final class Definitions {

    static final String INFORMATION_CONTENT = "信息内容";
    static final String APPLICATIONS_HEADING = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String OUTCOMES = "三、本年度办理结果";
    static final String LEGAL_PERSONS = "法人或其他组织";
    static final String LITIGATION = "行政诉讼";

    private Definitions() {
    }

    /** Collects the tables of one edition in order, numbering rows per section and cells overall. */
    private static final class Tables {
        final Edition edition;
        final List<Table> tables = new ArrayList<>();
        int cellIndex;
        int rowIndex;
        Section section;

        Tables(Edition edition) {
            this.edition = edition;
        }

        Table add(Section section, String caption, String heading, List<Column> columns, List<Row> rows) {
            Table table = new Table(edition, section, caption, heading, columns, rows, cellIndex);
            cellIndex += table.cells().size();
            tables.add(table);
            return table;
        }

        Row row(Section in, String code, String label, List<String> groups, String shortLabel) {
            if (section != in) {
                section = in;
                rowIndex = 0;
            }
            return new Row(in.code() + "." + code, label, groups, shortLabel, rowIndex++);
        }

        Row band(String code, String label) {
            return row(Section.PROACTIVE_DISCLOSURE, code, label, List.of(), label);
        }
    }

    private static List<Column> columns(Object... codeLabelKind) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < codeLabelKind.length; i += 3) {
            columns.add(new Column((String) codeLabelKind[i], (String) codeLabelKind[i + 1], List.of(),
                    (CellKind) codeLabelKind[i + 2], i / 3));
        }
        return columns;
    }

    private static String article20(String item) {
        return "第二十条第（" + item + "）项";
    }

    static Template build(Edition edition) {
        Tables t = new Tables(edition);
        if (edition == Edition.EDITION_2019) {
            proactive2019(t);
        } else {
            proactive2021(t);
        }
        applications(t, edition);
        reconsiderationAndLitigation(t);
        return new Template(edition, t.tables, relations(t.tables));
    }

    private static void proactive2019(Tables t) {
        Section s = Section.PROACTIVE_DISCLOSURE;
        t.add(s, article20("一"), INFORMATION_CONTENT,
                columns("newlyMade", "本年新制作数量", CellKind.COUNT,
                        "newlyPublished", "本年新公开数量", CellKind.COUNT,
                        "totalPublished", "对外公开总数量", CellKind.COUNT),
                List.of(t.band("regulations", "规章"), t.band("normativeDocuments", "规范性文件")));
        List<Column> items = columns("previousYearItems", "上一年项目数量", CellKind.COUNT,
                "change", "本年增/减", CellKind.SIGNED_COUNT,
                "decisions", "处理决定数量", CellKind.COUNT);
        t.add(s, article20("五"), INFORMATION_CONTENT, items,
                List.of(t.band("licensing", "行政许可"), t.band("otherServices", "其他对外管理服务事项")));
        t.add(s, article20("六"), INFORMATION_CONTENT, items,
                List.of(t.band("penalties", "行政处罚"), t.band("coercion", "行政强制")));
        t.add(s, article20("八"), INFORMATION_CONTENT, items.subList(0, 2),
                List.of(t.band("fees", "行政事业性收费")));
        t.add(s, article20("九"), INFORMATION_CONTENT,
                columns("projects", "采购项目数量", CellKind.COUNT, "totalAmount", "采购总金额", CellKind.MONEY),
                List.of(t.band("procurement", "政府集中采购")));
    }

    private static void proactive2021(Tables t) {
        Section s = Section.PROACTIVE_DISCLOSURE;
        t.add(s, article20("一"), INFORMATION_CONTENT,
                columns("issued", "本年制发件数", CellKind.COUNT,
                        "repealed", "本年废止件数", CellKind.COUNT,
                        "inForce", "现行有效件数", CellKind.COUNT),
                List.of(t.band("regulations", "规章"), t.band("normativeDocuments", "行政规范性文件")));
        List<Column> decisions = columns("decisions", "本年处理决定数量", CellKind.COUNT);
        t.add(s, article20("五"), INFORMATION_CONTENT, decisions, List.of(t.band("licensing", "行政许可")));
        t.add(s, article20("六"), INFORMATION_CONTENT, decisions,
                List.of(t.band("penalties", "行政处罚"), t.band("coercion", "行政强制")));
        t.add(s, article20("八"), INFORMATION_CONTENT,
                columns("amountWanYuan", "本年收费金额（单位：万元）", CellKind.MONEY_WAN_YUAN),
                List.of(t.band("fees", "行政事业性收费")));
    }

    private static void applications(Tables t, Edition edition) {
        Section s = Section.APPLICATIONS;
        List<String> legal = List.of(LEGAL_PERSONS);
        List<Column> columns = List.of(
                new Column("naturalPerson", "自然人", List.of(), CellKind.COUNT, 0),
                new Column("commercialEnterprise", "商业企业", legal, CellKind.COUNT, 1),
                new Column("researchInstitution", "科研机构", legal, CellKind.COUNT, 2),
                new Column("publicInterestOrganization", "社会公益组织", legal, CellKind.COUNT, 3),
                new Column("legalServiceAgency", "法律服务机构", legal, CellKind.COUNT, 4),
                new Column("otherOrganization", "其他", legal, CellKind.COUNT, 5),
                new Column("total", "总计", List.of(), CellKind.COUNT, 6));
        List<String> outcomes = List.of(OUTCOMES);
        List<Row> rows = new ArrayList<>();
        rows.add(t.row(s, "newRequests", "一、本年新收政府信息公开申请数量", List.of(), "一"));
        rows.add(t.row(s, "carriedOver", "二、上年结转政府信息公开申请数量", List.of(), "二"));
        rows.add(t.row(s, "granted", "（一）予以公开", outcomes, "三（一）"));
        rows.add(t.row(s, "partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", outcomes, "三（二）"));
        group(t, rows, "withheld", "三", "（三）不予公开",
                "stateSecret", "1.属于国家秘密",
                "prohibitedByLaw", "2.其他法律行政法规禁止公开",
                "securityOrStability", "3.危及“三安全一稳定”",
                "thirdPartyRights", "4.保护第三方合法权益",
                "internalAffairs", "5.属于三类内部事务信息",
                "processInformation", "6.属于四类过程性信息",
                "enforcementFiles", "7.属于行政执法案卷",
                "administrativeQuery", "8.属于行政查询事项");
        group(t, rows, "unavailable", "四", "（四）无法提供",
                "notHeld", "1.本机关不掌握相关政府信息",
                "needsCompilation", "2.没有现成信息需要另行制作",
                "unclearAfterCorrection", "3.补正后申请内容仍不明确");
        group(t, rows, "notProcessed", "五", "（五）不予处理",
                "complaint", "1.信访举报投诉类申请",
                "duplicate", "2.重复申请",
                "publication", "3.要求提供公开出版物",
                "excessive", "4.无正当理由大量反复申请",
                "confirmation", "5.要求行政机关确认或重新出具已获取信息");
        if (edition == Edition.EDITION_2019) {
            rows.add(t.row(s, "otherHandling", "（六）其他处理", outcomes, "三（六）"));
        } else {
            group(t, rows, "otherHandling", "六", "（六）其他处理",
                    "noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "unpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "other", "3.其他");
        }
        rows.add(t.row(s, "totalHandled", "（七）总计", outcomes, "三（七）总计"));
        rows.add(t.row(s, "carriedForward", "四、结转下年度继续办理", List.of(), "四"));
        t.add(s, "", APPLICATIONS_HEADING, columns, rows);
    }

    private static void group(Tables t, List<Row> rows, String code, String number, String label, String... codeLabel) {
        List<String> groups = List.of(OUTCOMES, label);
        for (int i = 0; i < codeLabel.length; i += 2) {
            rows.add(t.row(Section.APPLICATIONS, code + "." + codeLabel[i], codeLabel[i + 1], groups,
                    "三（" + number + "）" + (i / 2 + 1)));
        }
    }

    private static void reconsiderationAndLitigation(Tables t) {
        Section s = Section.RECONSIDERATION_AND_LITIGATION;
        List<Column> columns = columns(
                "upheld", "结果维持", CellKind.COUNT,
                "corrected", "结果纠正", CellKind.COUNT,
                "other", "其他结果", CellKind.COUNT,
                "pending", "尚未审结", CellKind.COUNT,
                "total", "总计", CellKind.COUNT);
        t.add(s, "", "", columns, List.of(
                t.row(s, "reconsideration", "行政复议", List.of(), "行政复议"),
                t.row(s, "litigationDirect", "未经复议直接起诉", List.of(LITIGATION), "未经复议直接起诉"),
                t.row(s, "litigationAfterReconsideration", "复议后起诉", List.of(LITIGATION), "复议后起诉")));
    }

    private static List<Relation> relations(List<Table> tables) {
        List<Relation> relations = new ArrayList<>();
        Table applications = tables.stream().filter(x -> x.section() == Section.APPLICATIONS).findFirst().orElseThrow();
        List<Row> rows = applications.rows();
        int n = rows.size();
        for (Column column : applications.columns()) {
            relations.add(new Relation(RuleId.APP_BALANCE,
                    List.of(applications.cell(rows.get(0), column), applications.cell(rows.get(1), column)),
                    List.of(applications.cell(rows.get(n - 2), column), applications.cell(rows.get(n - 1), column))));
        }
        for (Column column : applications.columns()) {
            List<Cell> outcomes = new ArrayList<>();
            for (Row row : rows.subList(2, n - 2)) {
                outcomes.add(applications.cell(row, column));
            }
            relations.add(new Relation(RuleId.APP_OUTCOMES, outcomes, List.of(applications.cell(rows.get(n - 2), column))));
        }
        for (Row row : rows) {
            List<Cell> cells = applications.cells().subList(row.index() * 7, row.index() * 7 + 7);
            relations.add(new Relation(RuleId.APP_ROW_TOTAL, cells.subList(0, 6), cells.subList(6, 7)));
        }
        Table litigation = tables.get(tables.size() - 1);
        for (Row row : litigation.rows()) {
            List<Cell> cells = litigation.cells().subList(row.index() * 5, row.index() * 5 + 5);
            relations.add(new Relation(RuleId.LIT_TOTAL, cells.subList(0, 4), cells.subList(4, 5)));
        }
        return relations;
    }
}
