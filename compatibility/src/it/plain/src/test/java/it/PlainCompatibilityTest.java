package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.serialization.json.JsonFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** No framework and no BOM but the SDK's: the versions the SDK's POMs name, plain mappers, plain Bean Validation. */
class PlainCompatibilityTest {

    @Test
    void readsWritesAndValidatesEveryForm() throws Exception {
        Common.validate(Common.readTheThreeForms());
    }

    @Test
    void bothJacksonsWithTheirModulesFoundByServiceLoader() throws Exception {
        AnnualReport report = Common.readTheThreeForms();
        String sdk = Common.COMPACT.toJson(report);
        JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
        ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
        assertEquals(sdk, jackson3.writeValueAsString(report));
        assertEquals(sdk, jackson2.writeValueAsString(report));
        String pretty = new JsonFormat().toJson(report);
        assertEquals(report, jackson3.readValue(pretty, AnnualReport.class));
        assertEquals(report, jackson2.readValue(pretty, AnnualReport.class));
    }

    @Test
    void beanValidationInTheValidatorsLocale() throws Exception {
        AnnualReport broken = Common.broken(Common.readTheThreeForms());
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .defaultLocale(locale).buildValidatorFactory()) {
                Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(broken);
                List<String> messages = violations.stream().map(ConstraintViolation::getMessage).toList();
                String expected = locale.getLanguage().equals("zh") ? "APP-ROW-TOTAL: 四 行：" : "APP-ROW-TOTAL: row carriedForward: ";
                assertTrue(messages.stream().anyMatch(m -> m.startsWith(expected)), messages.toString());
            }
        }
    }
}
