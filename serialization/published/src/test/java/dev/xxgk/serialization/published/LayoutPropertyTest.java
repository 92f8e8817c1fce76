package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.published.internal.PublishedTextNormalizer;
import dev.xxgk.serialization.testing.Tries;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated reports of both editions rendered as text and then laid out as copies in the wild lay
 * them out (page markers, Markdown or bold headings, CRLF, full-width digits, 1、, traditional
 * characters, blank lines, no-break spaces, a metadata box, several at once) and with the figures of
 * some rows of section 三 run together: the reading gives the report back, except that a row whose
 * run-together digits admit more than one reading is blank with a note on it. Never a number the
 * text does not hold.
 */
class LayoutPropertyTest {

    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();

    /** Runs the figures of a line of section 三 together when they are all counts. */
    private static String merge(String text, SplittableRandom random, List<String> merged) {
        String[] lines = text.split("\n", -1);
        boolean in = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(Section.APPLICATIONS.heading())) {
                in = true;
            } else if (lines[i].startsWith(Section.RECONSIDERATION_AND_LITIGATION.heading())) {
                in = false;
            }
            String[] fields = lines[i].split("\t");
            if (!in || fields.length != 8 || random.nextInt(4) != 0) {
                continue;
            }
            boolean digits = true;
            for (int f = 1; f < 8; f++) {
                digits &= fields[f].matches("\\d+");
            }
            if (digits) {
                StringBuilder b = new StringBuilder(fields[0]).append('\t');
                for (int f = 1; f < 8; f++) {
                    b.append(fields[f]);
                }
                lines[i] = b.toString();
                merged.add(PublishedTextNormalizer.compact(fields[0].replaceAll("(\\d)、", "$1.")));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void readingGivesTheReportBackOrLeavesAmbiguousRowsBlankWithANote() {
        List<DamagedVariantsTest.Damage> damages = DamagedVariantsTest.damages();
        qt().withExamples(Math.max(30, Tries.TRIES / 10)).withFixedSeed(1111).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            AnnualReport report = PublishedTextRoundTripTest.report(seed);
            String text = FORMAT.render(report);
            List<String> applied = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                DamagedVariantsTest.Damage d = damages.get(random.nextInt(damages.size()));
                text = d.apply().apply(text);
                applied.add(d.name());
            }
            List<String> merged = new ArrayList<>();
            text = merge(text, random, merged);
            Reading reading = FORMAT.read(text, "seed-" + seed);
            AnnualReport read = reading.report();
            assertEquals(report.year(), read.year());
            assertEquals(report.edition(), read.edition());
            for (Cell cell : report.template().cells()) {
                if (cell.get(read).equals(cell.get(report))) {
                    continue;
                }
                String row = cell.row().code();
                // only a row whose figures were run together may differ, and only by being blank with a note
                assertTrue(cell.get(read).isBlank(), () -> "seed " + seed + " " + applied + ": " + cell.code()
                        + " read " + cell.get(read) + ", printed " + cell.get(report));
                String label = PublishedTextNormalizer.compact(cell.row().label());
                assertTrue(merged.stream().anyMatch(label::equals), () -> "seed " + seed
                        + " " + applied + ": " + cell.code() + " blank but its row was not run together");
                assertTrue(reading.notes().stream().anyMatch(n -> n.path().equals(row)), () -> "seed " + seed
                        + ": " + row + " blank without a note " + reading.notes());
            }
        });
    }
}
