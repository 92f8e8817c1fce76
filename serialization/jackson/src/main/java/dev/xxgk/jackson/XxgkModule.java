package dev.xxgk.jackson;

import dev.xxgk.jackson.internal.ReportDeserializer;
import dev.xxgk.jackson.internal.ReportSerializer;
import dev.xxgk.model.AnnualReport;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes {@link AnnualReport} in exactly the SDK's JSON format
 * ({@link dev.xxgk.serialization.json.JsonFormat}): the same keys, a blank cell as {@code null},
 * amounts with their scale, and the same strict reading, whatever the mapper's own features say
 * (an unknown, missing or duplicate key is an error even where the mapper ignores unknown
 * properties).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();  // or .addModule(new XxgkModule())
 * AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * String same = mapper.writeValueAsString(report);  // JsonFormat.builder().prettyPrint(false).build().toJson(report)
 * }</pre>
 *
 * <p>Found by {@code MapperBuilder.findAndAddModules()} through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/tools.jackson.databind.JacksonModule} and {@code provides} in
 * {@code module-info}); Spring Boot 4 registers it so. A report that cannot be read is a
 * {@link tools.jackson.databind.DatabindException} whose message names the JSON pointer and the
 * problem, and whose cause is the SDK's {@link dev.xxgk.serialization.ReportFormatException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class XxgkModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, with its serializer and deserializer of {@link AnnualReport}. */
    public XxgkModule() {
        super("xxgk", Version.unknownVersion());
        addSerializer(AnnualReport.class, new ReportSerializer());
        addDeserializer(AnnualReport.class, new ReportDeserializer());
    }
}
