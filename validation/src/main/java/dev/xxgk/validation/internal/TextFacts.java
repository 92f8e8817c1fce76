package dev.xxgk.validation.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellPath;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Template;
import dev.xxgk.validation.Severity;
import dev.xxgk.validation.Violation;
import dev.xxgk.validation.spi.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEXT-TABLE: the figures the report's texts state, compared with the cells they state.
 *
 * <p>The grammar is narrow on purpose: a text is cut into sentences (at 。；！？) and each sentence
 * into clauses (at ，、：and brackets); a clause is a fact only when the whole of it, once a year
 * ({@code 2023年}), a subject that is the reporting agency itself or its whole area ({@code 本机关},
 * {@code 我局}, {@code 全区}) and connecting words ({@code 共}, {@code 其中}, {@code 含}) are taken
 * off its front, is one of the phrasings below. A clause with anything else in it (another
 * agency as subject, {@code 余}, {@code 以上}, {@code 比去年增加}) is no fact. Facts that cannot be
 * tied to one cell or one sum of cells ({@code 信息不存在的 7 件}, which an agency may count under
 * 三（四）1 or 三（六）3; {@code 失效 3 件}, which is not 本年废止件数) are not read at all.
 */
final class TextFacts {

    /** Where a figure of the text is: the cells whose sum it states. */
    enum Target {
        NEW_REQUESTS("applications.newRequests.total"),
        CARRIED_OVER("applications.carriedOver.total"),
        TOTAL_HANDLED("applications.totalHandled.total"),
        CARRIED_FORWARD("applications.carriedForward.total"),
        GRANTED("applications.granted.total"),
        PARTIALLY_GRANTED("applications.partiallyGranted.total"),
        GRANTED_OR_PARTIALLY("applications.granted.total", "applications.partiallyGranted.total"),
        WITHHELD("applications.withheld.*"),
        UNAVAILABLE("applications.unavailable.*"),
        NOT_PROCESSED("applications.notProcessed.*"),
        OTHER_HANDLING("applications.otherHandling*"),
        STATE_SECRET("applications.withheld.stateSecret.total"),
        PROHIBITED_BY_LAW("applications.withheld.prohibitedByLaw.total"),
        SECURITY_OR_STABILITY("applications.withheld.securityOrStability.total"),
        THIRD_PARTY_RIGHTS("applications.withheld.thirdPartyRights.total"),
        INTERNAL_AFFAIRS("applications.withheld.internalAffairs.total"),
        PROCESS_INFORMATION("applications.withheld.processInformation.total"),
        ENFORCEMENT_FILES("applications.withheld.enforcementFiles.total"),
        ADMINISTRATIVE_QUERY("applications.withheld.administrativeQuery.total"),
        NOT_HELD("applications.unavailable.notHeld.total"),
        NEEDS_COMPILATION("applications.unavailable.needsCompilation.total"),
        UNCLEAR_AFTER_CORRECTION("applications.unavailable.unclearAfterCorrection.total"),
        COMPLAINT("applications.notProcessed.complaint.total"),
        DUPLICATE("applications.notProcessed.duplicate.total"),
        PUBLICATION("applications.notProcessed.publication.total"),
        EXCESSIVE("applications.notProcessed.excessive.total"),
        CONFIRMATION("applications.notProcessed.confirmation.total"),
        RECONSIDERATION("reconsiderationAndLitigation.reconsideration.total"),
        RECONSIDERATION_UPHELD("reconsiderationAndLitigation.reconsideration.upheld"),
        RECONSIDERATION_CORRECTED("reconsiderationAndLitigation.reconsideration.corrected"),
        RECONSIDERATION_OTHER("reconsiderationAndLitigation.reconsideration.other"),
        RECONSIDERATION_PENDING("reconsiderationAndLitigation.reconsideration.pending"),
        LITIGATION("reconsiderationAndLitigation.litigationDirect.total",
                "reconsiderationAndLitigation.litigationAfterReconsideration.total"),
        LITIGATION_UPHELD("reconsiderationAndLitigation.litigationDirect.upheld",
                "reconsiderationAndLitigation.litigationAfterReconsideration.upheld"),
        LITIGATION_CORRECTED("reconsiderationAndLitigation.litigationDirect.corrected",
                "reconsiderationAndLitigation.litigationAfterReconsideration.corrected"),
        LITIGATION_OTHER("reconsiderationAndLitigation.litigationDirect.other",
                "reconsiderationAndLitigation.litigationAfterReconsideration.other"),
        LITIGATION_PENDING("reconsiderationAndLitigation.litigationDirect.pending",
                "reconsiderationAndLitigation.litigationAfterReconsideration.pending"),
        REGULATIONS_ISSUED("proactiveDisclosure.regulations.issued"),
        REGULATIONS_REPEALED("proactiveDisclosure.regulations.repealed"),
        REGULATIONS_IN_FORCE("proactiveDisclosure.regulations.inForce"),
        NORMATIVE_ISSUED("proactiveDisclosure.normativeDocuments.issued"),
        NORMATIVE_REPEALED("proactiveDisclosure.normativeDocuments.repealed"),
        NORMATIVE_IN_FORCE("proactiveDisclosure.normativeDocuments.inForce"),
        LICENSING("proactiveDisclosure.licensing.decisions"),
        PENALTIES("proactiveDisclosure.penalties.decisions"),
        COERCION("proactiveDisclosure.coercion.decisions");

        private final String[] codes;

        Target(String... codes) {
            this.codes = codes;
        }

        /** The cells of the target in an edition; empty when the edition has none of them. */
        List<Cell> cells(Template template) {
            List<Cell> found = new ArrayList<>();
            for (String code : codes) {
                if (code.endsWith("*")) {
                    String prefix = code.substring(0, code.length() - 1);
                    for (Cell cell : template.cells()) {
                        if (cell.code().startsWith(prefix) && cell.code().endsWith(".total")) {
                            found.add(cell);
                        }
                    }
                } else {
                    template.findCell(code).ifPresent(found::add);
                }
            }
            return found;
        }
    }

    /**
     * A figure a text states.
     *
     * @param field the text it is in
     * @param sentence the sentence, white space removed
     * @param target the cells it states
     * @param value the figure
     */
    record Fact(ReportField field, String sentence, Target target, long value) {
    }

    /**
     * A share a text states of a fact just before it, such as {@code 予以公开的 2 件，占 11%}.
     *
     * @param field the text
     * @param sentence the sentence
     * @param target the cells whose share it is
     * @param percent the share as printed, without {@code %}
     */
    record Share(ReportField field, String sentence, Target target, BigDecimal percent) {
    }

    /** What the texts of a report state. */
    record Reading(List<Fact> facts, List<Share> shares) {
    }

    private static final String N = "(\\d+|[零〇一二两三四五六七八九十百千万]+)";
    private static final String APPLICATION = "(?:各类)?(?:政府)?(?:信息公开)?申请";

    private static final Pattern YEAR = Pattern.compile("^\\d{4}年(?:度)?(?:以来|全年|内|中)?");
    private static final String[] LEADING = {
        "全区", "全市", "全县", "全旗", "全镇", "全乡", "本机关", "本单位", "本部门", "本局", "本委", "本办", "本厅",
        "我局", "我办", "我委", "我厅", "我区", "我市", "我县", "我镇", "我乡", "我单位", "我部门", "我中心",
        "区政府", "市政府", "县政府", "本年度", "本年", "全年", "年内", "今年", "年度内", "共计", "累计", "合计", "总计",
        "共", "依法", "其中", "含", "另有", "另", "此外", "以及", "并", "已", "均", "全部", "分别", "总共", "一共",
    };

    /** A phrasing and the target its figure states; group 1 is the figure. */
    private record Phrase(Pattern pattern, Target target, Context sets, Context needs) {
    }

    /** What a clause says for the clauses after it in the same sentence. */
    private enum Context {
        NONE, RECONSIDERATION, LITIGATION
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    /**
     * Every phrasing in one alternation, so that a clause costs one matcher, not one per phrasing:
     * alternative {@code i} (its figure is group {@code i + 1}) is the regex of {@code BY_GROUP[i]},
     * the phrasings that share it (the outcomes of 行政复议 and of 行政诉讼 differ by context only).
     */
    private static final Pattern ALL;
    private static final List<List<Phrase>> BY_GROUP = new ArrayList<>();

    private static void phrase(String regex, Target target) {
        PHRASES.add(new Phrase(Pattern.compile(regex), target, Context.NONE, Context.NONE));
    }

    private static void phrase(String regex, Target target, Context sets, Context needs) {
        PHRASES.add(new Phrase(Pattern.compile(regex), target, sets, needs));
    }

    static {
        phrase("(?:收到|新收|受理|接收)(?:了)?" + APPLICATION + "(?:共|总计|合计|共计)?" + N + "件", Target.NEW_REQUESTS);
        phrase("(?:收到|新收|受理|接收)(?:了)?" + N + "件" + APPLICATION, Target.NEW_REQUESTS);
        phrase("(?:上年度|上一年度|上年)结转(?:的)?" + APPLICATION.replace("申请", "(?:申请)?") + N + "件",
                Target.CARRIED_OVER);
        phrase("(?:办结|答复)(?:了)?" + APPLICATION.replace("申请", "(?:申请)?") + "(?:共|总计|合计|共计)?" + N + "件",
                Target.TOTAL_HANDLED);
        phrase("(?:结转|顺延)(?:至|到)?下(?:一)?年度(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?" + N + "件",
                Target.CARRIED_FORWARD);
        phrase(N + "件(?:申请)?(?:结转|顺延)(?:至|到)?下(?:一)?年度(?:继续)?(?:办理|答复)?", Target.CARRIED_FORWARD);
        phrase("予以公开(?:及|和|与|、)部分公开(?:的)?(?:申请)?(?:共)?" + N + "件", Target.GRANTED_OR_PARTIALLY);
        outcome("予以公开", Target.GRANTED);
        outcome("部分公开", Target.PARTIALLY_GRANTED);
        outcome("不予公开", Target.WITHHELD);
        outcome("无法提供", Target.UNAVAILABLE);
        outcome("不予处理", Target.NOT_PROCESSED);
        outcome("其他处理", Target.OTHER_HANDLING);
        leaf("(?:属于)?国家秘密", Target.STATE_SECRET);
        leaf("(?:属于)?(?:其他)?法律行政法规禁止公开", Target.PROHIBITED_BY_LAW);
        leaf("(?:属于)?危及[“\"]?三安全一稳定[”\"]?", Target.SECURITY_OR_STABILITY);
        leaf("(?:属于)?保护第三方合法权益", Target.THIRD_PARTY_RIGHTS);
        leaf("(?:属于)?三类内部事务信息", Target.INTERNAL_AFFAIRS);
        leaf("(?:属于)?四类过程性信息", Target.PROCESS_INFORMATION);
        leaf("(?:属于)?行政执法案卷", Target.ENFORCEMENT_FILES);
        leaf("(?:属于)?行政查询事项", Target.ADMINISTRATIVE_QUERY);
        leaf("(?:因)?(?:本机关)?不掌握(?:相关)?(?:政府)?(?:信息)?", Target.NOT_HELD);
        leaf("(?:因)?没有现成信息(?:需要另行制作)?", Target.NEEDS_COMPILATION);
        leaf("补正后申请内容仍不明确", Target.UNCLEAR_AFTER_CORRECTION);
        leaf("(?:属于)?信访举报投诉类(?:申请)?", Target.COMPLAINT);
        leaf("(?:属于)?重复申请", Target.DUPLICATE);
        leaf("要求提供公开出版物", Target.PUBLICATION);
        leaf("无正当理由大量反复申请", Target.EXCESSIVE);
        leaf("要求行政机关确认或重新出具已获取信息", Target.CONFIRMATION);
        String caseWords = "(?:政府信息公开)?(?:案件|申请)?(?:共|共计|合计)?";
        phrase("(?:因)?(?:政府信息公开)?(?:工作)?(?:被申请|被提起|发生|涉及)?行政复议" + caseWords + N + "(?:件|起)",
                Target.RECONSIDERATION, Context.RECONSIDERATION, Context.NONE);
        phrase("(?:因)?(?:政府信息公开)?(?:工作)?(?:被提起|被|发生|涉及|提起)?行政诉讼" + caseWords + N + "(?:件|起)",
                Target.LITIGATION, Context.LITIGATION, Context.NONE);
        caseOutcome("(?:结果)?维持(?:原行政行为)?", Target.RECONSIDERATION_UPHELD, Target.LITIGATION_UPHELD);
        caseOutcome("(?:结果)?纠正", Target.RECONSIDERATION_CORRECTED, Target.LITIGATION_CORRECTED);
        caseOutcome("其他结果", Target.RECONSIDERATION_OTHER, Target.LITIGATION_OTHER);
        caseOutcome("尚未审结", Target.RECONSIDERATION_PENDING, Target.LITIGATION_PENDING);
        decisions("行政许可", Target.LICENSING);
        decisions("行政处罚", Target.PENALTIES);
        decisions("行政强制", Target.COERCION);
        java.util.Map<String, List<Phrase>> byRegex = new java.util.LinkedHashMap<>();
        for (Phrase phrase : PHRASES) {
            byRegex.computeIfAbsent(phrase.pattern.pattern(), r -> new ArrayList<>()).add(phrase);
        }
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, List<Phrase>> entry : byRegex.entrySet()) {
            all.append(all.length() == 0 ? "" : "|").append("(?:").append(entry.getKey()).append(')');
            BY_GROUP.add(entry.getValue());
        }
        ALL = Pattern.compile(all.toString());
        if (ALL.matcher("").groupCount() != BY_GROUP.size()) {
            throw new IllegalStateException("every phrasing must capture its figure and nothing else");
        }
    }

    private static void outcome(String keyword, Target target) {
        phrase(keyword + "(?:的)?(?:申请)?(?:共)?" + N + "件", target);
        phrase(N + "件(?:申请)?(?:按要求|依法)?" + keyword, target);
    }

    private static void leaf(String keyword, Target target) {
        phrase(keyword + "(?:的)?(?:申请)?" + N + "件", target);
    }

    private static void caseOutcome(String keyword, Target reconsideration, Target litigation) {
        String regex = keyword + "(?:的)?" + N + "(?:件|起)";
        phrase(regex, reconsideration, Context.RECONSIDERATION, Context.RECONSIDERATION);
        phrase(regex, litigation, Context.LITIGATION, Context.LITIGATION);
    }

    private static void decisions(String keyword, Target target) {
        phrase("(?:作出|办理|实施|办结)?(?:的)?" + keyword + "(?:决定|案件)?(?:共)?" + N + "件", target);
    }

    /** 制发 / 废止 / 现行有效 规章 and 行政规范性文件, edition 2021. */
    private static final Pattern DOCUMENTS = Pattern.compile(
            "(制发|印发|废止|现行有效)?(?:了)?(?:的)?((?:市|区|县|省)?(?:政府)?规章|(?:行政)?规范性文件)?(现行有效)?(?:共)?" + N + "件");

    private static final Pattern SHARE = Pattern.compile("占(?:比)?(?:全部|总数|申请总数|总量)?(?:的)?(?:比例)?(?:为)?"
            + "(\\d+(?:\\.\\d+)?)%");

    /** Matchers reset for each clause instead of made for it: one set per thread. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[] {
        ALL.matcher(""), YEAR.matcher(""), DOCUMENTS.matcher(""), SHARE.matcher(""),
    });

    private TextFacts() {
    }

    /** Whether the report has a text to read; false costs no allocation. */
    static boolean hasText(AnnualReport report) {
        for (ReportField field : TEXT_FIELDS) {
            if (!field.toText(report).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static final List<ReportField> TEXT_FIELDS = java.util.Arrays.stream(ReportField.values())
            .filter(ReportField::isText).toList();

    /** Reads the facts of every text of a report. */
    static Reading read(AnnualReport report) {
        List<Fact> facts = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (ReportField field : TEXT_FIELDS) {
            String text = field.toText(report);
            if (text.isEmpty()) {
                continue;
            }
            // only a sentence with 件, 起 or a share can state a fact: the others are neither copied nor normalized
            int start = 0;
            int next = nextMark(text, 0);
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !isSentenceEnd(text.charAt(i))) {
                    continue;
                }
                int end = Math.min(i + 1, text.length());
                if (next < start) {
                    next = nextMark(text, start);
                }
                if (next < end) {
                    String sentence = normalize(text.substring(start, end));
                    if (!sentence.isEmpty()) {
                        readSentence(field, sentence, report.edition(), facts, shares);
                    }
                }
                start = i + 1;
            }
        }
        return new Reading(facts, shares);
    }

    /** Full-width digits, {@code ％} and {@code ．} made ASCII; white space removed. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '％') {
                out.append('%');
            } else if (c == '．') {
                out.append('.');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** The first 件, 起, % or ％ at or after {@code from}, or {@link Integer#MAX_VALUE} when none is left. */
    private static int nextMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '件' || c == '起' || c == '%' || c == '％') {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean isClauseBreak(char c) {
        return c == '，' || c == ',' || c == '、' || c == '：' || c == ':' || c == '（' || c == '）' || c == '('
                || c == ')' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static void readSentence(ReportField field, String sentence, Edition edition, List<Fact> facts,
            List<Share> shares) {
        Context context = Context.NONE;
        String docVerb = null;
        String docObject = null;
        Target last = null;
        boolean previousHadNumber = true;
        char separator = 0;
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i < sentence.length() && !isClauseBreak(sentence.charAt(i))) {
                continue;
            }
            String clause = sentence.substring(start, i);
            char before = separator;
            separator = i < sentence.length() ? sentence.charAt(i) : 0;
            start = i + 1;
            if (clause.isEmpty()) {
                continue;
            }
            boolean hasNumber = hasNumeral(clause);
            // every phrasing ends its figure with 件 or 起, every share with %: other clauses cost no matcher
            boolean candidate = clause.indexOf('件') >= 0 || clause.indexOf('起') >= 0 || clause.indexOf('%') >= 0;
            // 行政复议、行政诉讼共 3 件: a list joined by 、 whose earlier items carry no figure shares the last one
            if (before == '、' && !previousHadNumber) {
                previousHadNumber = hasNumber;
                last = null;
                continue;
            }
            previousHadNumber = hasNumber;
            if (!hasNumber) {
                continue;
            }
            if (!candidate) {
                last = null;
                docVerb = null;
                docObject = null;
                continue;
            }
            Matcher share = MATCHERS.get()[3].reset(clause);
            if (share.matches()) {
                if (last != null && isShareOfRequests(last)) {
                    shares.add(new Share(field, sentence, last, new BigDecimal(share.group(1))));
                }
                last = null;
                continue;
            }
            String rest = strip(clause);
            Target found = null;
            long value = -1;
            Matcher m = MATCHERS.get()[0].reset(rest);
            if (m.matches()) {
                int group = 1;
                while (m.group(group) == null) {
                    group++;
                }
                for (Phrase phrase : BY_GROUP.get(group - 1)) {
                    if (phrase.needs == Context.NONE || phrase.needs == context) {
                        value = ChineseNumerals.parse(m.group(group));
                        if (value >= 0) {
                            found = phrase.target;
                            if (phrase.sets != Context.NONE) {
                                context = phrase.sets;
                            }
                        }
                        break;
                    }
                }
            }
            if (found == null && edition == Edition.EDITION_2021) {
                Matcher d = MATCHERS.get()[2].reset(rest);
                if (d.matches()) {
                    String verb = d.group(3) != null ? "现行有效" : d.group(1) != null ? d.group(1) : docVerb;
                    String object = d.group(2) != null ? d.group(2) : docObject;
                    // a bare figure (3件) inherits both only if the clause before named them in this sentence
                    boolean named = d.group(1) != null || d.group(2) != null || d.group(3) != null;
                    if (named && verb != null && object != null) {
                        value = ChineseNumerals.parse(d.group(4));
                        found = value < 0 ? null : document(verb, object);
                        docVerb = verb;
                        docObject = object;
                    }
                }
            }
            if (found == null) {
                last = null;
                docVerb = null;
                docObject = null;
                continue;
            }
            facts.add(new Fact(field, sentence, found, value));
            last = found;
        }
    }

    private static Target document(String verb, String object) {
        boolean regulations = object.endsWith("规章");
        return switch (verb) {
            case "制发", "印发" -> regulations ? Target.REGULATIONS_ISSUED : Target.NORMATIVE_ISSUED;
            case "废止" -> regulations ? Target.REGULATIONS_REPEALED : Target.NORMATIVE_REPEALED;
            default -> regulations ? Target.REGULATIONS_IN_FORCE : Target.NORMATIVE_IN_FORCE;
        };
    }

    private static boolean isShareOfRequests(Target target) {
        return target.ordinal() >= Target.GRANTED.ordinal() && target.ordinal() <= Target.CONFIRMATION.ordinal();
    }

    private static boolean hasNumeral(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if ((c >= '0' && c <= '9') || ChineseNumerals.isNumeral(c)) {
                return true;
            }
        }
        return false;
    }

    /** Takes a year, the agency as subject and connecting words off the front of a clause. */
    static String strip(String clause) {
        String rest = clause;
        Matcher year = MATCHERS.get()[1].reset(rest);
        if (year.find()) {
            rest = rest.substring(year.end());
        }
        boolean more = true;
        while (more && !rest.isEmpty()) {
            more = false;
            for (String word : LEADING) {
                if (rest.startsWith(word) && rest.length() > word.length()) {
                    rest = rest.substring(word.length());
                    more = true;
                    break;
                }
            }
        }
        return rest;
    }

    /** Compares every fact with the table; adds a violation for each one that differs. */
    static ArrayList<Violation> check(AnnualReport report, long[] v, Severity severity, ArrayList<Violation> out) {
        Reading reading = read(report);
        if (reading.facts.isEmpty() && reading.shares.isEmpty()) {
            return out;
        }
        Template template = report.template();
        Map<Target, List<Cell>> cells = new EnumMap<>(Target.class);
        Set<String> seen = new LinkedHashSet<>();
        for (Fact fact : reading.facts) {
            List<Cell> target = cells.computeIfAbsent(fact.target, t -> t.cells(template));
            long table = sum(target, v);
            if (target.isEmpty() || table == Plan.BLANK || table == fact.value) {
                continue;
            }
            if (!seen.add(fact.field + "|" + fact.sentence + "|" + fact.target + "|" + fact.value)) {
                continue;
            }
            out = add(out, Violation.of(BuiltInRule.TEXT_TABLE.id(), severity, CellPath.of(target.get(0)),
                    label(target), Long.toString(table), Long.toString(fact.value),
                    Msg.of("violation.TEXT-TABLE", fact.field.label(), fact.sentence, names(target),
                            Long.toString(fact.value), arithmetic(target, v))));
        }
        for (Share share : reading.shares) {
            List<Cell> target = cells.computeIfAbsent(share.target, t -> t.cells(template));
            long part = sum(target, v);
            if (target.isEmpty() || part == Plan.BLANK) {
                continue;
            }
            Cell[] bases = {template.cell("applications.totalHandled.total"), template.cell("applications.newRequests.total")};
            long handled = v[bases[0].index()];
            long received = v[bases[1].index()];
            long carried = v[template.cell("applications.carriedOver.total").index()];
            long inflow = received == Plan.BLANK || carried == Plan.BLANK ? Plan.BLANK : received + carried;
            if (handled == Plan.BLANK || handled <= 0) {
                continue;
            }
            if (fits(share.percent, part, handled) || fits(share.percent, part, received) || fits(share.percent, part, inflow)) {
                continue;
            }
            String computed = percent(part, handled, Math.max(2, share.percent.scale()));
            out = add(out, Violation.of(BuiltInRule.TEXT_TABLE.id(), severity, CellPath.of(target.get(0)), label(target),
                    computed + "%", share.percent.toPlainString() + "%",
                    Msg.of("violation.TEXT-TABLE.share", share.field.label(), share.sentence, names(target),
                            Long.toString(part), Texts.cell(bases[0]), Long.toString(handled), computed + "%",
                            share.percent.toPlainString() + "%")));
        }
        return out;
    }

    /** Whether a printed share is the share of part in base to within one unit of its last digit. */
    static boolean fits(BigDecimal printed, long part, long base) {
        if (base == Plan.BLANK || base <= 0) {
            return false;
        }
        BigDecimal actual = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), printed.scale() + 4, RoundingMode.HALF_EVEN);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(printed.scale());
        return actual.subtract(printed).abs().compareTo(unit) < 0;
    }

    private static String percent(long part, long base, int scale) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static ArrayList<Violation> add(ArrayList<Violation> out, Violation violation) {
        ArrayList<Violation> list = out == null ? new ArrayList<>() : out;
        list.add(violation);
        return list;
    }

    private static long sum(List<Cell> cells, long[] v) {
        long sum = 0;
        for (Cell cell : cells) {
            long x = v[cell.index()];
            if (x == Plan.BLANK) {
                return Plan.BLANK;
            }
            sum += x;
        }
        return sum;
    }

    /** The label of one cell, or of a sum: the groups and the column the cells share. */
    private static String label(List<Cell> cells) {
        if (cells.size() == 1) {
            return cells.get(0).label();
        }
        StringBuilder label = new StringBuilder();
        for (Cell cell : cells) {
            label.append(label.length() == 0 ? "" : " + ").append(cell.label());
        }
        return label.toString();
    }

    private static LocalizedText names(List<Cell> cells) {
        return locale -> {
            boolean chinese = LocalizedText.isChinese(locale);
            StringBuilder names = new StringBuilder();
            for (Cell cell : cells) {
                names.append(names.length() == 0 ? "" : " + ")
                        .append(chinese ? cell.row().shortLabel() + (cell.section().code().equals("applications")
                                ? "" : "｜" + cell.column().label()) : cell.code());
            }
            return names.toString();
        };
    }

    private static String arithmetic(List<Cell> cells, long[] v) {
        if (cells.size() == 1) {
            return Long.toString(v[cells.get(0).index()]);
        }
        StringBuilder text = new StringBuilder();
        long sum = 0;
        for (Cell cell : cells) {
            text.append(text.length() == 0 ? "" : " + ").append(v[cell.index()]);
            sum += v[cell.index()];
        }
        return text.append(" = ").append(sum).toString();
    }
}
