package dev.xxgk.model;

import dev.xxgk.constraint.ConsistentReport;
import dev.xxgk.template.Cell;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An annual report on government information disclosure (政府信息公开工作年度报告) of one agency for
 * one year, in one edition of the template.
 *
 * <p>Typed access follows the template's codes ({@code report.applications().granted().total()});
 * generic access takes the code as a string ({@code report.cell("applications.granted.total")}).
 * A report that does not add up is still a report: only structural impossibilities are rejected
 * here, and the rules of the validation module diagnose the rest.
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder(Edition.EDITION_2021)
 *         .agency("东营市东营区人民政府办公室")
 *         .year(2023)
 *         .applications(Applications.builder(Edition.EDITION_2021)
 *                 .newRequests(18, 0, 0, 0, 0, 0, 18)
 *                 .build())
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value.
 *
 * @param edition the edition of the template the report is made in
 * @param agency the reporting agency's full name, not blank
 * @param year the report year, whose statistics it gives, in {@value #MIN_YEAR}..{@value #MAX_YEAR}
 * @param publishedOn the publication date, or {@code null} when not known
 * @param overview 一、总体情况
 * @param proactiveDisclosure 二、主动公开政府信息情况, of the report's edition
 * @param applications 三、收到和处理政府信息公开申请情况, of the report's edition
 * @param reconsiderationAndLitigation 四、政府信息公开行政复议、行政诉讼情况
 * @param problemsAndImprovements 五、存在的主要问题及改进情况, empty when absent
 * @param otherMatters 六、其他需要报告的事项, empty when absent
 * @param deviations the rows the report prints that its edition's template does not have, with
 *     their figures as printed (see {@link TemplateDeviation}); empty for a report that keeps to
 *     its template
 */
@ConsistentReport
@ConsistentReport(profile = ConsistentReport.Profile.AUDIT, groups = ConsistentReport.Audit.class)
public record AnnualReport(
        Edition edition,
        String agency,
        int year,
        LocalDate publishedOn,
        Overview overview,
        ProactiveDisclosure proactiveDisclosure,
        Applications applications,
        ReconsiderationAndLitigation reconsiderationAndLitigation,
        String problemsAndImprovements,
        String otherMatters,
        List<TemplateDeviation> deviations) {

    /** The first report year: the 条例 took effect on 2008-05-01. */
    public static final int MIN_YEAR = 2008;

    /** The last report year the model accepts. */
    public static final int MAX_YEAR = 2100;

    /**
     * Rejects what cannot exist as a report: a null component (other than {@code publishedOn}),
     * a blank agency, a year outside {@value #MIN_YEAR}..{@value #MAX_YEAR}, a section of
     * another edition than the report's, or a deviation that is not one of
     * {@link TemplateDeviation#rowsOutside(Edition)} or holds a row a second time.
     *
     * @param edition the edition of the template the report is made in
     * @param agency the reporting agency's full name, not blank
     * @param year the report year, whose statistics it gives, in {@value #MIN_YEAR}..{@value #MAX_YEAR}
     * @param publishedOn the publication date, or {@code null} when not known
     * @param overview 一、总体情况
     * @param proactiveDisclosure 二、主动公开政府信息情况, of the report's edition
     * @param applications 三、收到和处理政府信息公开申请情况, of the report's edition
     * @param reconsiderationAndLitigation 四、政府信息公开行政复议、行政诉讼情况
     * @param problemsAndImprovements 五、存在的主要问题及改进情况, empty when absent
     * @param otherMatters 六、其他需要报告的事项, empty when absent
     * @param deviations rows printed that the edition's template does not have, kept as printed; empty
     *     for a report that keeps to its template
     */
    public AnnualReport {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(agency, "agency");
        if (agency.isBlank()) {
            throw new IllegalArgumentException("agency must not be blank");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year must be in " + MIN_YEAR + ".." + MAX_YEAR + ", was " + year);
        }
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(proactiveDisclosure, "proactiveDisclosure");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(reconsiderationAndLitigation, "reconsiderationAndLitigation");
        Objects.requireNonNull(problemsAndImprovements, "problemsAndImprovements");
        Objects.requireNonNull(otherMatters, "otherMatters");
        deviations = List.copyOf(deviations);
        for (int i = 0; i < deviations.size(); i++) {
            String problem = TemplateDeviation.problemIn(edition, deviations.get(i));
            if (problem != null) {
                throw new IllegalArgumentException("deviations[" + i + "] " + problem);
            }
        }
        String repeated = TemplateDeviation.repeated(deviations);
        if (repeated != null) {
            throw new IllegalArgumentException("deviations must hold a row once, hold " + repeated + " twice");
        }
        if (proactiveDisclosure.edition() != edition) {
            throw new IllegalArgumentException("proactiveDisclosure must be of edition " + edition
                    + ", was of edition " + proactiveDisclosure.edition());
        }
        if (applications.edition() != edition) {
            throw new IllegalArgumentException("applications must be of edition " + edition
                    + ", was of edition " + applications.edition());
        }
    }

    /**
     * A report that keeps to its template: no {@linkplain #deviations() deviations}.
     *
     * @param edition the edition
     * @param agency the agency's full name
     * @param year the report year
     * @param publishedOn the publication date, or null
     * @param overview 一、总体情况
     * @param proactiveDisclosure 二
     * @param applications 三
     * @param reconsiderationAndLitigation 四
     * @param problemsAndImprovements 五
     * @param otherMatters 六
     */
    public AnnualReport(Edition edition, String agency, int year, LocalDate publishedOn, Overview overview,
            ProactiveDisclosure proactiveDisclosure, Applications applications,
            ReconsiderationAndLitigation reconsiderationAndLitigation, String problemsAndImprovements,
            String otherMatters) {
        this(edition, agency, year, publishedOn, overview, proactiveDisclosure, applications,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, List.of());
    }

    /**
     * A builder of a report of an edition; every cell is blank and every text empty until set.
     *
     * @param edition the edition
     * @return a new builder
     */
    public static Builder builder(Edition edition) {
        return new Builder(edition);
    }

    /**
     * The catalogue of the report's edition.
     *
     * @return the template
     */
    public Template template() {
        return Template.of(edition);
    }

    /**
     * A cell's value by code.
     *
     * @param code a code of the report's edition, such as {@code applications.granted.total}
     * @return the value
     * @throws IllegalArgumentException if the edition has no such cell
     */
    public CellValue cell(String code) {
        return template().cell(code).get(this);
    }

    /**
     * A copy with one cell replaced.
     *
     * @param code a code of the report's edition
     * @param value the new value, of the kind the cell holds
     * @return the copy
     * @throws IllegalArgumentException if the edition has no such cell, or the value is of the
     *     wrong kind (money for a count, or an amount in 元 where the column is in 万元)
     */
    public AnnualReport withCell(String code, CellValue value) {
        return toBuilder().cell(code, value).build();
    }

    /**
     * A copy with one count replaced.
     *
     * @param code a code of the report's edition whose cell holds a count
     * @param value the new count
     * @return the copy
     * @throws IllegalArgumentException if the edition has no such cell or it holds money
     */
    public AnnualReport withCell(String code, int value) {
        return withCell(code, Count.of(value));
    }

    /**
     * {@return the edition, agency, year, publication date and how many cells are filled, on one
     * short line}, such as {@code AnnualReport[2021, 东营市东营区人民政府办公室, 2023, published 2024-01-26,
     * 200 of 200 cells filled]}. Every value: {@link #cell(String)} by code, or a format's writer.
     */
    @Override
    public String toString() {
        List<Cell> cells = template().cells();
        int filled = 0;
        for (Cell cell : cells) {
            filled += cell.get(this).isBlank() ? 0 : 1;
        }
        return "AnnualReport[" + edition.code() + ", " + agency + ", " + year
                + (publishedOn == null ? "" : ", published " + publishedOn) + ", " + filled + " of " + cells.size()
                + " cells filled]";
    }

    /**
     * A builder holding everything this report holds.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(edition)
                .agency(agency)
                .year(year)
                .publishedOn(publishedOn)
                .overview(overview)
                .proactiveDisclosure(proactiveDisclosure)
                .applications(applications)
                .reconsiderationAndLitigation(reconsiderationAndLitigation)
                .problemsAndImprovements(problemsAndImprovements)
                .otherMatters(otherMatters)
                .deviations(deviations);
    }

    /**
     * A copy with the agency replaced.
     *
     * @param value the agency's full name
     * @return the copy
     */
    public AnnualReport withAgency(String value) {
        return new AnnualReport(edition, value, year, publishedOn, overview, proactiveDisclosure, applications,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with the year replaced.
     *
     * @param value the report year
     * @return the copy
     */
    public AnnualReport withYear(int value) {
        return new AnnualReport(edition, agency, value, publishedOn, overview, proactiveDisclosure, applications,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with the publication date replaced.
     *
     * @param value the date, or null when not known
     * @return the copy
     */
    public AnnualReport withPublishedOn(LocalDate value) {
        return new AnnualReport(edition, agency, year, value, overview, proactiveDisclosure, applications,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with section 一 replaced.
     *
     * @param value the overview
     * @return the copy
     */
    public AnnualReport withOverview(Overview value) {
        return new AnnualReport(edition, agency, year, publishedOn, value, proactiveDisclosure, applications,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with section 二 replaced.
     *
     * @param value the section, of the report's edition
     * @return the copy
     */
    public AnnualReport withProactiveDisclosure(ProactiveDisclosure value) {
        return new AnnualReport(edition, agency, year, publishedOn, overview, value, applications,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with section 三 replaced.
     *
     * @param value the section, of the report's edition
     * @return the copy
     */
    public AnnualReport withApplications(Applications value) {
        return new AnnualReport(edition, agency, year, publishedOn, overview, proactiveDisclosure, value,
                reconsiderationAndLitigation, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with section 四 replaced.
     *
     * @param value the section
     * @return the copy
     */
    public AnnualReport withReconsiderationAndLitigation(ReconsiderationAndLitigation value) {
        return new AnnualReport(edition, agency, year, publishedOn, overview, proactiveDisclosure, applications,
                value, problemsAndImprovements, otherMatters, deviations);
    }

    /**
     * A copy with section 五 replaced.
     *
     * @param value the text, empty when absent
     * @return the copy
     */
    public AnnualReport withProblemsAndImprovements(String value) {
        return new AnnualReport(edition, agency, year, publishedOn, overview, proactiveDisclosure, applications,
                reconsiderationAndLitigation, value, otherMatters, deviations);
    }

    /**
     * A copy with section 六 replaced.
     *
     * @param value the text, empty when absent
     * @return the copy
     */
    public AnnualReport withOtherMatters(String value) {
        return new AnnualReport(edition, agency, year, publishedOn, overview, proactiveDisclosure, applications,
                reconsiderationAndLitigation, problemsAndImprovements, value, deviations);
    }

    /**
     * Builds a report field by field or cell by cell, by code or by section. Every cell is blank
     * and every text empty until set; the agency and the year must be set. A builder is mutable
     * and meant for one thread; the report it builds is immutable.
     */
    public static final class Builder {

        private final Edition edition;
        private final Template template;
        private final CellValue[] cells;
        private String agency;
        private int year;
        private LocalDate publishedOn;
        private String overviewText = "";
        private String overviewProactive = "";
        private String overviewOnRequest = "";
        private String overviewInformationManagement = "";
        private String overviewPlatforms = "";
        private String overviewOversight = "";
        private String problemsAndImprovements = "";
        private String otherMatters = "";
        private List<TemplateDeviation> deviations = List.of();

        /** Every cell blank, per edition: a builder starts from a copy (readers make one per report). */
        private static final Map<Edition, CellValue[]> BLANK = blankCells();

        private Builder(Edition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            this.template = Template.of(edition);
            this.cells = BLANK.get(edition).clone();
        }

        private static Map<Edition, CellValue[]> blankCells() {
            Map<Edition, CellValue[]> blank = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                List<Cell> all = Template.of(edition).cells();
                CellValue[] cells = new CellValue[all.size()];
                for (Cell cell : all) {
                    cells[cell.index()] = cell.blank();
                }
                blank.put(edition, cells);
            }
            return blank;
        }

        /**
         * The edition of the report being built.
         *
         * @return the edition
         */
        public Edition edition() {
            return edition;
        }

        /**
         * Sets the agency.
         *
         * @param value the agency's full name
         * @return this builder
         */
        public Builder agency(String value) {
            this.agency = value;
            return this;
        }

        /**
         * Sets the report year.
         *
         * @param value the year
         * @return this builder
         */
        public Builder year(int value) {
            this.year = value;
            return this;
        }

        /**
         * Sets the publication date.
         *
         * @param value the date, or null when not known
         * @return this builder
         */
        public Builder publishedOn(LocalDate value) {
            this.publishedOn = value;
            return this;
        }

        /**
         * Sets section 一.
         *
         * @param value the overview
         * @return this builder
         */
        public Builder overview(Overview value) {
            Objects.requireNonNull(value, "overview");
            overviewText = value.text();
            overviewProactive = value.proactive();
            overviewOnRequest = value.onRequest();
            overviewInformationManagement = value.informationManagement();
            overviewPlatforms = value.platforms();
            overviewOversight = value.oversight();
            return this;
        }

        /**
         * Sets section 五.
         *
         * @param value the text, empty when absent
         * @return this builder
         */
        public Builder problemsAndImprovements(String value) {
            this.problemsAndImprovements = Objects.requireNonNull(value, "problemsAndImprovements");
            return this;
        }

        /**
         * Sets section 六.
         *
         * @param value the text, empty when absent
         * @return this builder
         */
        public Builder otherMatters(String value) {
            this.otherMatters = Objects.requireNonNull(value, "otherMatters");
            return this;
        }

        /**
         * Sets a header or text field from its text, as {@link ReportField#toText} writes it.
         *
         * @param field the field
         * @param text the text: the edition code, a decimal year, an ISO date or empty, or the text
         * @return this builder
         * @throws IllegalArgumentException if the text is not a value of the field, or names another
         *     edition than the builder's
         */
        public Builder field(ReportField field, String text) {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
            switch (field) {
                case EDITION -> {
                    if (Edition.parse(text) != edition) {
                        throw new IllegalArgumentException("edition is " + edition + " in this builder, was " + text);
                    }
                }
                case AGENCY -> agency = text;
                case YEAR -> year = parseYear(text);
                case PUBLISHED_ON -> publishedOn = parseDate(text);
                case OVERVIEW_TEXT -> overviewText = text;
                case OVERVIEW_PROACTIVE -> overviewProactive = text;
                case OVERVIEW_ON_REQUEST -> overviewOnRequest = text;
                case OVERVIEW_INFORMATION_MANAGEMENT -> overviewInformationManagement = text;
                case OVERVIEW_PLATFORMS -> overviewPlatforms = text;
                case OVERVIEW_OVERSIGHT -> overviewOversight = text;
                case PROBLEMS_AND_IMPROVEMENTS -> problemsAndImprovements = text;
                case OTHER_MATTERS -> otherMatters = text;
            }
            return this;
        }

        private static int parseYear(String text) {
            if (!text.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("year must be four digits, was \"" + text + "\"");
            }
            return Integer.parseInt(text);
        }

        private static LocalDate parseDate(String text) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("publishedOn must be a date yyyy-MM-dd, was \"" + text + "\"", e);
            }
        }

        /**
         * Sets every cell of section 二 from a section.
         *
         * @param value the section, of the builder's edition
         * @return this builder
         */
        public Builder proactiveDisclosure(ProactiveDisclosure value) {
            return section(Section.PROACTIVE_DISCLOSURE, value);
        }

        /**
         * Sets every cell of section 三 from a section.
         *
         * @param value the section, of the builder's edition
         * @return this builder
         */
        public Builder applications(Applications value) {
            return section(Section.APPLICATIONS, value);
        }

        /**
         * Sets every cell of section 三 from a builder of the report's edition, so that the
         * edition is given once:
         *
         * <pre>{@code
         * AnnualReport.builder(Edition.EDITION_2021).agency("某县人民政府办公室").year(2023)
         *         .applications(rows -> rows.newRequests(ApplicantCounts.builder().naturalPerson(18).total(18).build()))
         *         .build();
         * }</pre>
         *
         * @param rows sets the rows; a row it does not set is blank
         * @return this builder
         */
        public Builder applications(Consumer<Applications.Builder> rows) {
            Objects.requireNonNull(rows, "rows");
            Applications.Builder builder = Applications.builder(edition);
            rows.accept(builder);
            return applications(builder.build());
        }

        /**
         * Sets every cell of section 四 from a section.
         *
         * @param value the section
         * @return this builder
         */
        public Builder reconsiderationAndLitigation(ReconsiderationAndLitigation value) {
            return section(Section.RECONSIDERATION_AND_LITIGATION, value);
        }

        private Builder section(Section section, CellTable table) {
            Objects.requireNonNull(table, section.code());
            if (table instanceof ProactiveDisclosure p && p.edition() != edition
                    || table instanceof Applications a && a.edition() != edition) {
                throw new IllegalArgumentException(section.code() + " must be of edition " + edition);
            }
            for (Cell cell : template.cells()) {
                if (cell.section() == section) {
                    cells[cell.index()] = table.row(cell.row().index()).cell(cell.column().index());
                }
            }
            return this;
        }

        /**
         * Sets a cell by code.
         *
         * @param code a code of the builder's edition
         * @param value the value, of the kind the cell holds
         * @return this builder
         * @throws IllegalArgumentException if the edition has no such cell, or the value is of the
         *     wrong kind
         */
        public Builder cell(String code, CellValue value) {
            return cell(template.cell(code), value);
        }

        /**
         * Sets a count by code.
         *
         * @param code a code of the builder's edition whose cell holds a count
         * @param value the count
         * @return this builder
         * @throws IllegalArgumentException if the edition has no such cell or it holds money
         */
        public Builder cell(String code, int value) {
            return cell(code, Count.of(value));
        }

        /**
         * Sets a cell.
         *
         * @param cell a cell of the builder's edition
         * @param value the value, of the kind the cell holds
         * @return this builder
         * @throws IllegalArgumentException if the cell is of another edition, or the value is of
         *     the wrong kind
         */
        public Builder cell(Cell cell, CellValue value) {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(value, "value");
            if (cell.table().edition() != edition) {
                throw new IllegalArgumentException(cell.code() + " is a cell of edition " + cell.table().edition()
                        + ", this builder is for edition " + edition);
            }
            if (cell.kind().isCount() != (value instanceof Count)) {
                throw new IllegalArgumentException(cell.code() + " holds " + (cell.kind().isCount() ? "a count" : "money")
                        + ", was given " + value.getClass().getSimpleName() + " " + value);
            }
            if (cell.kind() == dev.xxgk.template.CellKind.MONEY_WAN_YUAN && !value.isBlank()
                    && ((Money) value).unit() != MoneyUnit.WAN_YUAN) {
                throw new IllegalArgumentException(cell.code() + " is in 万元, was given " + value);
            }
            cells[cell.index()] = value;
            return this;
        }

        /**
         * Sets the rows printed that the edition's template does not have.
         *
         * @param value the deviations
         * @return this builder
         */
        public Builder deviations(List<TemplateDeviation> value) {
            this.deviations = List.copyOf(value);
            return this;
        }

        /**
         * Adds a row printed that the edition's template does not have.
         *
         * @param value the deviation
         * @return this builder
         */
        public Builder deviation(TemplateDeviation value) {
            List<TemplateDeviation> all = new java.util.ArrayList<>(deviations);
            all.add(Objects.requireNonNull(value, "value"));
            this.deviations = List.copyOf(all);
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the immutable report
         * @throws NullPointerException if the agency was not set
         * @throws IllegalArgumentException if the agency is blank or the year was not set or is
         *     out of range
         */
        public AnnualReport build() {
            return new AnnualReport(edition, agency, year, publishedOn,
                    new Overview(overviewText, overviewProactive, overviewOnRequest, overviewInformationManagement,
                            overviewPlatforms, overviewOversight),
                    Assembly.proactiveDisclosure(edition, cells),
                    Assembly.applications(edition, template, cells),
                    Assembly.reconsiderationAndLitigation(template, cells),
                    problemsAndImprovements, otherMatters, deviations);
        }
    }
}
