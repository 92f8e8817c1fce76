package dev.xxgk.examples.spark.internal;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What reading one report, or failing to read a file, gave: the report's row (null when refused),
 * its findings, and what the cross-year join needs.
 */
public final class Item implements Serializable {

    private static final long serialVersionUID = 1L;

    final Row report;
    final List<Row> findings;
    final String file;
    final int index;
    final String agencyKey;
    final int year;
    final byte[] json;

    private Item(Row report, List<Row> findings, String file, int index, String agencyKey, int year, byte[] json) {
        this.report = report;
        this.findings = List.copyOf(findings);
        this.file = file;
        this.index = index;
        this.agencyKey = agencyKey;
        this.year = year;
        this.json = json;
    }

    static Item report(Row report, List<Row> findings, String file, int index, String agencyKey, int year,
            byte[] json) {
        return new Item(report, findings, file, index, agencyKey, year, json);
    }

    static Item refused(Row finding, String file, int index) {
        return new Item(null, List.of(finding), file, index, null, 0, null);
    }

    /** @return whether a report was read */
    public boolean isReport() {
        return report != null;
    }

    /** @return the report's row, with the single-year validation's counts */
    public Row report() {
        return report;
    }

    /** @return the findings of reading and of the single-year validation, or the refusal */
    public List<Row> findings() {
        return findings;
    }

    /** @return the file, under the input folder */
    public String file() {
        return file;
    }

    /** @return the report's index in its file (0 for a file of one report) */
    public int index() {
        return index;
    }

    /** @return the agency's join key */
    public String agencyKey() {
        return agencyKey;
    }

    /** @return the report's year */
    public int year() {
        return year;
    }

    /** @return the report in the SDK's JSON format, for the cross-year rules */
    public byte[] json() {
        return json;
    }

    /** @return the number of findings so far, where the cross-year findings continue */
    public int nextSeq() {
        return findings.size();
    }
}
