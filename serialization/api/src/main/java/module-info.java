/**
 * xxgk serialization API: the format SPI and registry, the exceptions every format throws, and the
 * one codec of header fields, counts, money and dates that the formats share. The formats are
 * modules of their own ({@code dev.xxgk.serialization.json}, {@code .csv}, {@code .published}, …),
 * found by {@link java.util.ServiceLoader}.
 */
module dev.xxgk.serialization {
    requires transitive dev.xxgk.core;

    exports dev.xxgk.serialization;
    exports dev.xxgk.serialization.spi;
    exports dev.xxgk.serialization.codec;

    uses dev.xxgk.serialization.spi.ReportFormat;
}
