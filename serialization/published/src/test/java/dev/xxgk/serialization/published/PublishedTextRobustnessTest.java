package dev.xxgk.serialization.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading arbitrary input gives a reading or a {@link ReportFormatException}, never another
 * exception: random text, shuffled pieces of the published fixtures, truncated fixtures, fixtures
 * with bytes changed, and rendered reports with lines dropped, repeated or with numbers changed.
 */
class PublishedTextRobustnessTest {

    private static final int TRIES = Integer.getInteger("xxgk.property.tries", 1000);
    private static final PublishedTextFormat FORMAT = new PublishedTextFormat();
    private static final List<String> FIXTURES = List.of(PublishedReports.ZHAOYUAN_2019,
            PublishedReports.DONGYING_XZSP_2020, PublishedReports.DONGYINGQU_2023, PublishedReports.NOT_A_REPORT,
            PublishedReports.NOT_A_TEMPLATE);
    private static final String ALPHABET = "0123456789０１２ \t\t\n\n\r|/-—无增减元万（）()、.，,第页一二三四五六七"
            + "规章行政许可其他处理总计合计自然人信息内容年政府信息公开工作年度报告发布日期時間報告規";

    /** The kinds of input the property draws. */
    enum Input {
        RANDOM_UNICODE(random -> {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(3000);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                } else if (kind < 9) {
                    text.append((char) random.nextInt(0xD800));
                } else {
                    text.appendCodePoint(random.nextInt(0x10000, 0x110000));
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }),
        RANDOM_BYTES(random -> {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            return bytes;
        }),
        SHUFFLED_FIXTURE_LINES(random -> {
            List<String> lines = new ArrayList<>();
            for (String name : FIXTURES) {
                for (String line : PublishedReports.text(name).split("\n")) {
                    if (random.nextInt(3) == 0) {
                        lines.add(line);
                    }
                }
            }
            Collections.shuffle(lines, new java.util.Random(random.nextLong()));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }),
        TRUNCATED_FIXTURE(random -> {
            byte[] bytes = PublishedReports.bytes(FIXTURES.get(random.nextInt(FIXTURES.size())));
            return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }),
        FIXTURE_WITH_BYTES_CHANGED(random -> {
            byte[] bytes = PublishedReports.bytes(FIXTURES.get(random.nextInt(3))).clone();
            int changes = 1 + random.nextInt(20);
            for (int i = 0; i < changes; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return bytes;
        }),
        FIXTURE_WITH_DIGITS_CHANGED(random -> {
            char[] text = PublishedReports.text(FIXTURES.get(random.nextInt(3))).toCharArray();
            for (int i = 0; i < text.length; i++) {
                if (text[i] >= '0' && text[i] <= '9' && random.nextInt(4) == 0) {
                    text[i] = "0123456789 \t/-".charAt(random.nextInt(14));
                }
            }
            return new String(text).getBytes(StandardCharsets.UTF_8);
        }),
        RENDERED_REPORT_WITH_LINES_CHANGED(random -> {
            String rendered = FORMAT.render(PublishedTextRoundTripTest.report(random.nextLong()));
            List<String> lines = new ArrayList<>(Arrays.asList(rendered.split("\n")));
            int changes = 1 + random.nextInt(10);
            for (int i = 0; i < changes && !lines.isEmpty(); i++) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    case 2 -> lines.set(at, lines.get(at).replaceFirst("\t[^\t]*", ""));
                    default -> lines.set(at, lines.get(at) + "\t" + random.nextInt(100));
                }
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        });

        private final Function<SplittableRandom, byte[]> make;

        Input(Function<SplittableRandom, byte[]> make) {
            this.make = make;
        }
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void readsOrRefusesWithTheDocumentedExceptionOnly(Input input) {
        qt().withExamples(Math.max(1, TRIES / 4)).forAll(longs().all()).checkAssert(seed -> {
            byte[] bytes = input.make.apply(new SplittableRandom(seed));
            Reading reading = null;
            try {
                reading = FORMAT.reader().orElseThrow().read(new ByteArrayInputStream(bytes), "arbitrary");
            } catch (ReportFormatException e) {
                assertEquals("text", e.format());
                assertEquals("arbitrary", e.source());
                assertTrue(e.line() >= 0 && !e.problem().isEmpty(), e.getMessage());
                return;
            } catch (RuntimeException | Error e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                fail(input + " seed " + seed + " threw " + trace);
            }
            assertNotNull(reading);
            long lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length + 1;
            long previous = 0;
            for (ReadingNote note : reading.notes()) {
                assertTrue(note.line() >= previous && note.line() <= lines, note.toString());
                previous = note.line();
            }
        });
    }
}
