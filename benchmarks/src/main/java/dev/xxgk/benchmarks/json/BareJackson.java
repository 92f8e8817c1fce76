package dev.xxgk.benchmarks.json;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Applications;
import dev.xxgk.model.Applications2019;
import dev.xxgk.model.Applications2021;
import dev.xxgk.model.Count;
import dev.xxgk.model.Edition;
import dev.xxgk.model.Money;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.model.ProactiveDisclosure;
import dev.xxgk.model.ProactiveDisclosure2019;
import dev.xxgk.model.ProactiveDisclosure2021;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The floor of reading a JSON report: Jackson databind binding the document straight onto the
 * model's records through their canonical constructors, with no check of shape or arithmetic.
 *
 * <p>Databind cannot bind three things of the model by itself, and gets the least it needs: a
 * deserializer for each value type ({@link Count}: a number or null for a blank; {@link Money}: an
 * {@code {amount, unit}} object, a plain number in 万元, or null; {@link Edition}: its code), and
 * the concrete records of the sealed sections. The sections' type depends on the document's
 * edition, so the floor is given the edition up front instead of finding it in the document:
 * that flatters the floor, never the SDK.
 */
final class BareJackson {

    private BareJackson() {
    }

    /**
     * A reader of reports of one edition.
     *
     * @param edition the edition of every document it reads
     * @return the reader
     */
    static ObjectReader reader(Edition edition) {
        SimpleModule module = new SimpleModule("xxgk-values")
                .addDeserializer(Count.class, new CountDeserializer())
                .addDeserializer(Money.class, new MoneyDeserializer())
                .addDeserializer(Edition.class, new EditionDeserializer());
        if (edition == Edition.EDITION_2019) {
            module.addAbstractTypeMapping(ProactiveDisclosure.class, ProactiveDisclosure2019.class)
                    .addAbstractTypeMapping(Applications.class, Applications2019.class);
        } else {
            module.addAbstractTypeMapping(ProactiveDisclosure.class, ProactiveDisclosure2021.class)
                    .addAbstractTypeMapping(Applications.class, Applications2021.class);
        }
        return JsonMapper.builder().addModule(module).build().readerFor(AnnualReport.class);
    }

    private static final class CountDeserializer extends StdDeserializer<Count> {
        CountDeserializer() {
            super(Count.class);
        }

        @Override
        public Count deserialize(JsonParser p, DeserializationContext ctxt) {
            return Count.of(p.getIntValue());
        }

        @Override
        public Count getNullValue(DeserializationContext ctxt) {
            return Count.blank();
        }
    }

    private static final class MoneyDeserializer extends StdDeserializer<Money> {
        MoneyDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return Money.ofWanYuan(p.getDecimalValue());
            }
            BigDecimal amount = null;
            MoneyUnit unit = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("amount")) {
                    amount = p.getDecimalValue();
                } else {
                    unit = MoneyUnit.parse(p.getString());
                }
            }
            return Money.of(amount, unit);
        }

        @Override
        public Money getNullValue(DeserializationContext ctxt) {
            return Money.blank();
        }
    }

    private static final class EditionDeserializer extends StdDeserializer<Edition> {
        EditionDeserializer() {
            super(Edition.class);
        }

        @Override
        public Edition deserialize(JsonParser p, DeserializationContext ctxt) {
            return Edition.parse(p.getString());
        }
    }
}
