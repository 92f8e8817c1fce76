package dev.xxgk.examples.spark;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The two data sets the job writes: {@code reports/}, one row per report read, and
 * {@code findings/}, one row per violation, reading note, cross-year rule not applied, and file or
 * report refused.
 *
 * <p><b>reports</b>: {@code file} (the path under the input folder), {@code index} (0 for a file
 * holding one report; 1, 2, … for the rows of a wide CSV), {@code format} (the format id it was
 * read as), {@code edition} ({@code 2019} or {@code 2021}), {@code agency}, {@code agencyKey} (the
 * {@linkplain AgencyKey join key}), {@code year}, {@code publishedOn} (null when not known),
 * {@code valid}, {@code errors}, {@code warnings}, {@code infos} (violations of each severity,
 * the cross-year ones included), {@code notes} (reading notes), {@code previous} (the reports of
 * the year before the cross-year rules were run against, as {@code file} or {@code file#index}),
 * then one column per cell of the template, named by its code ({@code applications.granted.total}):
 * the union of both editions' codes, a cell of the other edition being null. A count is an
 * {@code int}, null when blank. A money cell is a {@code decimal(38,6)} holding the amount exactly
 * as printed, in the unit it was printed in, never converted, with that unit ({@code 元} or
 * {@code 万元}) in a string column named {@code <code>.unit}. Column names hold dots: quote them in
 * SQL as {@code `applications.granted.total`}.
 *
 * <p><b>findings</b>: {@code file}, {@code index}, {@code seq} (the order within the report:
 * reading notes, then violations, then cross-year findings), {@code kind} ({@code violation},
 * {@code note}, {@code not-applied}, {@code refused}), {@code id} (the rule id, the note's id, or
 * why refused: {@code unknown-format}, {@code not-readable}, {@code format-error},
 * {@code unreadable}, {@code data-set-limit}, {@code validation-failed}), {@code severity}
 * ({@code error}, {@code warning}, {@code info}; null for notes and refusals), {@code path},
 * {@code label}, {@code expected}, {@code actual}, {@code location} (a line {@code 12},
 * {@code 12:5}, a page position {@code p3@72,400} or a sheet cell {@code 表三!C12}; empty when
 * none), {@code message} (Chinese), {@code messageEn}, {@code format}, and {@code previous} (for
 * cross-year findings, the report of the year before).
 */
public final class CorpusSchema {

    /** Precision and scale of a money amount: 32 digits before the point, 6 after. */
    public static final DecimalType MONEY = DataTypes.createDecimalType(38, 6);

    /** The suffix of the column that holds a money cell's unit. */
    public static final String UNIT_SUFFIX = ".unit";

    /** Number of the columns of {@link #reports()} before the cells. */
    public static final int HEADER_COLUMNS = 14;

    private static final List<CellColumn> CELLS = cellColumns();
    private static final StructType REPORTS = reportsSchema();
    private static final StructType FINDINGS = findingsSchema();

    private CorpusSchema() {
    }

    /**
     * One cell of the template as a column of the reports data set.
     *
     * @param code the cell's code, the column's name
     * @param kind what the cell holds
     */
    public record CellColumn(String code, CellKind kind) {

        /** Rejects nulls. */
        public CellColumn {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * The cell columns, in the order of edition 2021's template, then the cells only edition 2019 has.
     *
     * @return the columns, one per distinct code of both editions
     */
    public static List<CellColumn> cells() {
        return CELLS;
    }

    /**
     * The schema of the reports data set.
     *
     * @return the schema
     */
    public static StructType reports() {
        return REPORTS;
    }

    /**
     * The schema of the findings data set.
     *
     * @return the schema
     */
    public static StructType findings() {
        return FINDINGS;
    }

    private static List<CellColumn> cellColumns() {
        Map<String, CellKind> codes = new LinkedHashMap<>();
        for (Edition edition : List.of(Edition.EDITION_2021, Edition.EDITION_2019)) {
            for (Cell cell : Template.of(edition).cells()) {
                CellKind before = codes.putIfAbsent(cell.code(), cell.kind());
                if (before != null && before.isMoney() != cell.kind().isMoney()) {
                    // one column cannot hold a count in one edition and money in the other
                    throw new IllegalStateException("cell " + cell.code() + " is " + before + " in one edition and "
                            + cell.kind() + " in the other");
                }
            }
        }
        List<CellColumn> columns = new ArrayList<>();
        codes.forEach((code, kind) -> columns.add(new CellColumn(code, kind)));
        return List.copyOf(columns);
    }

    private static StructType reportsSchema() {
        List<StructField> fields = new ArrayList<>(List.of(
                field("file", DataTypes.StringType, false),
                field("index", DataTypes.IntegerType, false),
                field("format", DataTypes.StringType, false),
                field("edition", DataTypes.StringType, false),
                field("agency", DataTypes.StringType, false),
                field("agencyKey", DataTypes.StringType, false),
                field("year", DataTypes.IntegerType, false),
                field("publishedOn", DataTypes.DateType, true),
                field("valid", DataTypes.BooleanType, false),
                field("errors", DataTypes.IntegerType, false),
                field("warnings", DataTypes.IntegerType, false),
                field("infos", DataTypes.IntegerType, false),
                field("notes", DataTypes.IntegerType, false),
                field("previous", DataTypes.createArrayType(DataTypes.StringType, false), false)));
        if (fields.size() != HEADER_COLUMNS) {
            throw new IllegalStateException("HEADER_COLUMNS is " + HEADER_COLUMNS + ", the header has " + fields.size());
        }
        for (CellColumn cell : CELLS) {
            if (cell.kind().isMoney()) {
                fields.add(field(cell.code(), MONEY, true));
                fields.add(field(cell.code() + UNIT_SUFFIX, DataTypes.StringType, true));
            } else {
                fields.add(field(cell.code(), DataTypes.IntegerType, true));
            }
        }
        return DataTypes.createStructType(fields);
    }

    private static StructType findingsSchema() {
        return DataTypes.createStructType(List.of(
                field("file", DataTypes.StringType, false),
                field("index", DataTypes.IntegerType, false),
                field("seq", DataTypes.IntegerType, false),
                field("kind", DataTypes.StringType, false),
                field("id", DataTypes.StringType, false),
                field("severity", DataTypes.StringType, true),
                field("path", DataTypes.StringType, false),
                field("label", DataTypes.StringType, false),
                field("expected", DataTypes.StringType, false),
                field("actual", DataTypes.StringType, false),
                field("location", DataTypes.StringType, false),
                field("message", DataTypes.StringType, false),
                field("messageEn", DataTypes.StringType, false),
                field("format", DataTypes.StringType, true),
                field("previous", DataTypes.StringType, true)));
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
