package dev.xxgk.serialization.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.xxgk.serialization.csv.LayoutCsvFormat;
import dev.xxgk.serialization.csv.WideCsvFormat;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.published.PublishedTextFormat;

/**
 * Coverage-guided fuzzing of every reader and of sniffing, with Jazzer. {@code mvn verify} replays
 * the seed corpus ({@code src/test/resources/.../ReaderFuzzTestInputs/<target>}: reports the SDK
 * wrote, the published texts of the fixtures, and every finding kept) in the ordinary test run, and
 * fuzzes each target in a JVM of its own: {@code xxgk.fuzz.runs} inputs from the fixed seed
 * {@code xxgk.fuzz.seed} in every build, or {@code xxgk.fuzz.seconds} from a random seed in the long
 * run. A reader built later is one more method here. See docs/fuzzing.md.
 */
class ReaderFuzzTest {

    private static final JsonFormat JSON = new JsonFormat();
    private static final WideCsvFormat WIDE = new WideCsvFormat();
    private static final WideCsvFormat WIDE_READ_AHEAD = WideCsvFormat.builder().readAhead(true).build();
    private static final LayoutCsvFormat LAYOUT = new LayoutCsvFormat();
    private static final PublishedTextFormat TEXT = new PublishedTextFormat();

    @FuzzTest
    void json(byte[] input) {
        FuzzHarness.read(JSON, input);
    }

    @FuzzTest
    void wideCsv(byte[] input) {
        FuzzHarness.read(WIDE, input);
        FuzzHarness.read(WIDE_READ_AHEAD, input);
    }

    @FuzzTest
    void layoutCsv(byte[] input) {
        FuzzHarness.read(LAYOUT, input);
    }

    @FuzzTest
    void text(byte[] input) {
        FuzzHarness.read(TEXT, input);
    }

    @FuzzTest
    void sniffing(FuzzedDataProvider data) {
        String name = data.consumeString(40);
        FuzzHarness.sniff(name, data.consumeRemainingAsBytes());
    }
}
