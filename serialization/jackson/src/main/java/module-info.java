/**
 * xxgk for Jackson 3: {@link dev.xxgk.jackson.XxgkModule}, which a mapper finds through
 * {@code findAndAddModules()}, reads and writes {@link dev.xxgk.model.AnnualReport} in exactly the
 * SDK's JSON format.
 */
module dev.xxgk.jackson {
    requires transitive dev.xxgk.serialization.json;
    requires transitive tools.jackson.databind;

    exports dev.xxgk.jackson;

    provides tools.jackson.databind.JacksonModule with dev.xxgk.jackson.XxgkModule;
}
