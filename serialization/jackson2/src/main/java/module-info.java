/**
 * xxgk for Jackson 2: {@link dev.xxgk.jackson2.XxgkJackson2Module}, which a mapper finds through
 * {@code findAndRegisterModules()}, reads and writes {@link dev.xxgk.model.AnnualReport} in exactly
 * the SDK's JSON format.
 */
module dev.xxgk.jackson2 {
    requires transitive dev.xxgk.serialization.json;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.xxgk.jackson2;

    provides com.fasterxml.jackson.databind.Module with dev.xxgk.jackson2.XxgkJackson2Module;
}
