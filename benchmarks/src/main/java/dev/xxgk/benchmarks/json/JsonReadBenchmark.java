package dev.xxgk.benchmarks.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.xxgk.benchmarks.support.Reports;
import dev.xxgk.fixtures.PublishedReports;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.json.JsonFormat;
import dev.xxgk.serialization.spi.ReportReader;
import dev.xxgk.validation.ReportValidator;
import dev.xxgk.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * One realistic JSON report, the SDK's JSON as written from the report a real published text reads
 * to (narrative text of every section included), read from the same bytes four ways: the SDK's
 * strict reader then the standard validator; the SDK's reader alone; bare Jackson databind onto
 * the same records with no check at all (the floor, see {@link BareJackson}); and a JSON Schema
 * validator (networknt) checking the parsed document against the SDK's own published schema,
 * which cannot check a single sum. Two more measure what the schema path and any reader pay to
 * parse at all: Jackson's tree of the document, and Jackson's tokens of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class JsonReadBenchmark {

    @Param({PublishedReports.DONGYINGQU_2023, PublishedReports.ZHAOYUAN_2019})
    public String report;

    private byte[] json;
    private ReportReader reader;
    private ReportValidator validator;
    private ObjectReader bare;
    private JsonMapper treeMapper;
    private Schema schema;

    @Setup
    public void setUp() {
        AnnualReport source = Reports.fromPublishedText(report);
        Reports.check(!source.overview().text().isEmpty(), report + " read without its narrative text");
        json = Reports.json(source);
        reader = new JsonFormat().reader().orElseThrow();
        validator = ReportValidator.standard();
        bare = BareJackson.reader(source.edition());
        treeMapper = JsonMapper.builder().build();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonFormat.jsonSchema(), com.networknt.schema.InputFormat.JSON);

        AnnualReport read = sdkRead();
        Reports.check(read.equals(source), "the SDK read back another report");
        Reports.check(read.equals(bareJackson()), "bare Jackson read another report than the SDK");
        Reports.check(jsonSchema().isEmpty(), "the schema rejects the document: " + jsonSchema());
    }

    @Benchmark
    public ValidationResult sdkReadAndValidate() {
        return validator.validate(reader.read(new ByteArrayInputStream(json), "report.json").report());
    }

    @Benchmark
    public AnnualReport sdkRead() {
        return reader.read(new ByteArrayInputStream(json), "report.json").report();
    }

    @Benchmark
    public AnnualReport bareJackson() {
        return bare.readValue(new ByteArrayInputStream(json));
    }

    /**
     * What the schema validator's parse alone costs: the same bytes into Jackson's tree.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonTree() {
        return treeMapper.readTree(new ByteArrayInputStream(json));
    }

    /**
     * What any reader of the document pays at least: Jackson's streaming parser over every token,
     * each string and number decoded, nothing kept.
     *
     * @return the characters of the strings, so that no decoding is left out
     */
    @Benchmark
    public long jacksonTokens() {
        long chars = 0;
        try (JsonParser parser = treeMapper.createParser(new ByteArrayInputStream(json))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    chars += parser.getString().length();
                } else if (token.isNumeric()) {
                    chars += parser.getNumberValue().hashCode() & 1;
                }
            }
        }
        return chars;
    }

    @Benchmark
    public List<Error> jsonSchema() {
        JsonNode document = treeMapper.readTree(new ByteArrayInputStream(json));
        return schema.validate(document);
    }
}
