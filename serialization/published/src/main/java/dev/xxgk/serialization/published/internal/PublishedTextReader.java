package dev.xxgk.serialization.published.internal;

import dev.xxgk.serialization.Limits;
import dev.xxgk.serialization.codec.TextInput;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Overview;
import dev.xxgk.serialization.Reading;
import dev.xxgk.serialization.Location;
import dev.xxgk.serialization.ReadingNote;
import dev.xxgk.serialization.ReportFormatException;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the published text of an annual report (a web page or a PDF copied as text) into the
 * model, with notes on what was damaged and what was done about it: the text is decoded
 * (UTF-8 or GB18030), made a {@link dev.xxgk.serialization.published.document.Document} by the
 * {@link TextFrontEnd}, and read by the {@link Pipeline} every front end shares. See
 * {@code docs/published-text.md} for the rules.
 *
 * <p>Stateless and thread-safe; every call reads its own input.
 */
public final class PublishedTextReader implements ReportReader {

    /** The format id used in errors. */
    public static final String FORMAT = "text";

    /** The words that end every report's title, after the agency and the year. */
    public static final String TITLE = "政府信息公开工作年度报告";

    /** The largest input read, in characters. */
    public static final int MAX_CHARS = Limits.MAX_DOCUMENT_CHARS;

    /** What follows the year in a title. */
    static final String YEAR = "年";
    private static final Map<Edition, List<String>> MARKERS = markers();

    @Override
    public Reading read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return read(decode(in, source), source);
    }

    /**
     * Reads a text already decoded.
     *
     * @param text the text
     * @param source where it came from, for errors
     * @return the reading
     * @throws ReportFormatException if the text is not an annual report this reader can read
     */
    public Reading read(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.length() > MAX_CHARS) {
            throw new ReportFormatException(FORMAT, source, 0, 0, "", "", "the text is longer than " + MAX_CHARS
                    + " characters: not the text of an annual report", null);
        }
        return Pipeline.read(TextFrontEnd.read(text, source), FORMAT);
    }

    private static String decode(InputStream in, String source) {
        StringBuilder text = new StringBuilder();
        String charset = "UTF-8";
        try {
            TextInput.Decoded decoded = TextInput.open(in);
            charset = decoded.charset().name();
            Reader reader = decoded.reader();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw new ReportFormatException(FORMAT, source, 0, 0, "", "", "the input is longer than "
                            + MAX_CHARS + " characters: not the text of an annual report", null);
                }
            }
        } catch (TextInput.InvalidTextException e) {
            // Item 10: the decoder knows the place of the byte; counting what was read so far does not
            throw new ReportFormatException(FORMAT, source, e.line(), e.column(), "", "",
                    e.problem() + " (UTF-8 or GB18030 expected)", e);
        } catch (CharacterCodingException e) {
            throw new ReportFormatException(FORMAT, source, 0, 0, "", "",
                    "the input is not valid " + charset + " text (UTF-8 or GB18030 expected)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The labels of each edition's tables that no label of the other edition contains. */
    private static Map<Edition, List<String>> markers() {
        Map<Edition, Set<String>> labels = new EnumMap<>(Edition.class);
        Map<Edition, Set<String>> all = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            Set<String> own = new LinkedHashSet<>();
            Set<String> every = new LinkedHashSet<>();
            for (Table table : Template.of(edition).tables()) {
                every.add(PublishedTextNormalizer.compact(table.caption()));
                every.add(PublishedTextNormalizer.compact(table.heading()));
                for (Row row : table.rows()) {
                    own.add(PublishedTextNormalizer.compact(row.label()));
                    row.groupLabels().forEach(g -> every.add(PublishedTextNormalizer.compact(g)));
                }
                for (Column column : table.columns()) {
                    own.add(PublishedTextNormalizer.compact(column.label()));
                    column.groupLabels().forEach(g -> every.add(PublishedTextNormalizer.compact(g)));
                }
            }
            every.addAll(own);
            labels.put(edition, own);
            all.put(edition, every);
        }
        Map<Edition, List<String>> markers = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            List<String> list = new ArrayList<>();
            for (String label : labels.get(edition)) {
                boolean shared = false;
                for (Edition other : Edition.values()) {
                    if (other != edition) {
                        for (String o : all.get(other)) {
                            shared |= o.contains(label);
                        }
                    }
                }
                if (!shared && !label.isEmpty()) {
                    list.add(label);
                }
            }
            markers.put(edition, List.copyOf(list));
        }
        return markers;
    }

    /**
     * The labels that tell the editions apart.
     *
     * @param edition an edition
     * @return its table labels that no label of the other edition contains, normalized
     */
    public static List<String> editionMarkers(Edition edition) {
        return MARKERS.get(edition);
    }

}
