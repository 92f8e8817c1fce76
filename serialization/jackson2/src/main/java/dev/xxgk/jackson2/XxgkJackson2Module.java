package dev.xxgk.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.xxgk.jackson2.internal.ReportDeserializer;
import dev.xxgk.jackson2.internal.ReportSerializer;
import dev.xxgk.model.AnnualReport;

/**
 * A Jackson 2 module, for applications on {@code com.fasterxml.jackson} (Spring Boot 3), that
 * reads and writes {@link AnnualReport} in exactly the SDK's JSON format
 * ({@link dev.xxgk.serialization.json.JsonFormat}): the same keys, a blank cell as {@code null},
 * amounts with their scale, and the same strict reading, whatever the mapper's own features say
 * (an unknown, missing or duplicate key is an error even where the mapper ignores unknown
 * properties).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();  // or .registerModule(new XxgkJackson2Module())
 * AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * String same = mapper.writeValueAsString(report);  // JsonFormat.builder().prettyPrint(false).build().toJson(report)
 * }</pre>
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/com.fasterxml.jackson.databind.Module} and {@code provides} in
 * {@code module-info}). Spring Boot 3 registers every {@code Module} bean with its mapper: declare
 * {@code @Bean XxgkJackson2Module xxgkModule()}. A report that cannot be read is a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose message names the JSON pointer
 * and the problem, and whose cause is the SDK's {@link dev.xxgk.serialization.ReportFormatException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class XxgkJackson2Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, with its serializer and deserializer of {@link AnnualReport}. */
    public XxgkJackson2Module() {
        super("xxgk", Version.unknownVersion());
        addSerializer(AnnualReport.class, new ReportSerializer());
        addDeserializer(AnnualReport.class, new ReportDeserializer());
    }
}
