package dev.xxgk.examples.spark.internal;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.ReportFormats;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.validation.NotApplied;
import dev.xxgk.validation.Profile;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import dev.xxgk.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * The cross-year rules on the pairs the join found: this year's report against the same agency's
 * report of the year before. The validator and the JSON reader are built once per partition.
 */
public final class CrossYear {

    /** One side of a pair: a report with what the findings need. */
    public record Side(String file, int index, String format, int nextSeq, byte[] json) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Rejects nulls. */
        public Side {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(json, "json");
        }

        /**
         * This side of an item.
         *
         * @param item a report read
         * @return its side
         */
        public static Side of(Item item) {
            String format = item.report().getString(2);
            return new Side(item.file(), item.index(), format, item.nextSeq(), item.json());
        }

        /** @return {@code file} or {@code file#index} */
        public String source() {
            return PartitionReader.source(file, index);
        }
    }

    /**
     * What the cross-year rules found on one pair.
     *
     * @param file this year's report's file
     * @param index its index
     * @param previous the report of the year before, as {@code file} or {@code file#index}
     * @param errors cross-year violations of severity error
     * @param warnings of severity warning
     * @param infos of severity info
     * @param findings the findings: violations and rules not applied
     */
    public record Result(String file, int index, String previous, int errors, int warnings, int infos,
            List<Row> findings) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Copies the findings. */
        public Result {
            findings = List.copyOf(findings);
        }
    }

    private final ReportValidator validator;
    private final ReportReader json;

    /**
     * The cross-year check of one partition.
     *
     * @param profile the validation profile
     */
    public CrossYear(Profile profile) {
        this.validator = ReportValidator.standard(Objects.requireNonNull(profile, "profile"));
        this.json = ReportFormats.installed().byId("json").reader().orElseThrow();
    }

    /**
     * Checks each pair of a partition.
     *
     * @param pairs this year's report and the year before's
     * @return the results, one per pair
     */
    public Iterator<Result> check(Iterator<scala.Tuple2<Side, Side>> pairs) {
        List<Result> results = new ArrayList<>();
        pairs.forEachRemaining(pair -> results.add(check(pair._1(), pair._2())));
        return results.iterator();
    }

    /**
     * Checks one pair.
     *
     * @param current this year's report
     * @param previous the same agency's report of the year before
     * @return the cross-year findings: what validating the pair finds beyond validating this year's report alone
     */
    public Result check(Side current, Side previous) {
        AnnualReport now = read(current);
        AnnualReport before = read(previous);
        String source = previous.source();
        ValidationResult alone = validator.validate(now);
        ValidationResult both;
        try {
            both = validator.validate(now, before);
        } catch (RuntimeException e) {
            Row failed = Findings.refused(current.file(), current.index(), current.format(), Findings.VALIDATION_FAILED,
                    "", "", "", current.source() + ": the cross-year validation against " + source + " failed: "
                            + e.getMessage());
            return new Result(current.file(), current.index(), source, 0, 0, 0, List.of(failed));
        }
        List<Violation> extra = new ArrayList<>(both.violations());
        for (Violation violation : alone.violations()) {
            extra.remove(violation);
        }
        List<Row> findings = new ArrayList<>();
        int seq = current.nextSeq();
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Violation violation : extra) {
            findings.add(Findings.violation(current.file(), current.index(), seq++, current.format(), violation, source));
            switch (violation.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        for (NotApplied rule : both.notApplied()) {
            findings.add(Findings.notApplied(current.file(), current.index(), seq++, current.format(), rule, source));
        }
        return new Result(current.file(), current.index(), source, errors, warnings, infos, findings);
    }

    private AnnualReport read(Side side) {
        return json.read(new ByteArrayInputStream(side.json()), side.source()).report();
    }
}
