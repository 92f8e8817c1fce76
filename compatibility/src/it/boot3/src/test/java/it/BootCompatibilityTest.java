package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xxgk.jackson2.XxgkJackson2Module;
import org.springframework.context.annotation.Bean;

/** Spring Boot 3.5: the SDK inside a Spring Boot application, with Boot's own JSON mapper and validator. */
class BootCompatibilityTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
        // Boot 3 registers every Jackson Module bean with its mapper
        @Bean
        XxgkJackson2Module xxgkModule() {
            return new XxgkJackson2Module();
        }
    }

    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void readsWritesAndValidatesEveryForm() throws Exception {
        Common.validate(Common.readTheThreeForms());
    }

    @Test
    void bootsMapperWritesAndReadsExactlyTheSdksJson() throws Exception {
        ObjectMapper mapper = context.getBean(ObjectMapper.class);
        AnnualReport report = Common.readTheThreeForms();
        String json = mapper.writeValueAsString(report);
        assertEquals(Common.COMPACT.toJson(report), json);
        assertEquals(report, mapper.readValue(json, AnnualReport.class));
        assertEquals(report, mapper.readValue(new dev.xxgk.serialization.json.JsonFormat().toJson(report), AnnualReport.class));
    }

    @Test
    void bootsValidatorSpeaksTheRequestsLanguageAndCarriesTheViolation() throws Exception {
        Validator validator = context.getBean(Validator.class);
        AnnualReport report = Common.readTheThreeForms();
        assertEquals(Set.of(), validator.validate(report, dev.xxgk.constraint.ConsistentReport.Audit.class));
        AnnualReport broken = Common.broken(report);
        try {
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            List<String> zh = validator.validate(broken).stream().map(ConstraintViolation::getMessage).sorted().toList();
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            Set<ConstraintViolation<AnnualReport>> en = validator.validate(broken);
            List<String> english = en.stream().map(ConstraintViolation::getMessage).sorted().toList();
            assertTrue(zh.stream().anyMatch(m -> m.startsWith("APP-ROW-TOTAL: 四 行：")), zh.toString());
            assertTrue(english.stream().anyMatch(m -> m.startsWith("APP-ROW-TOTAL: row carriedForward: ")),
                    english.toString());
            for (ConstraintViolation<AnnualReport> v : en) {
                HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
                Violation payload = hibernate.getDynamicPayload(Violation.class);
                assertEquals(v.getPropertyPath().toString(), payload.path().toString());
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void springsBindingResultGetsTheCellAndItsValue() throws Exception {
        // what Spring MVC does with @Validated @RequestBody: field errors at the cells' paths
        org.springframework.validation.Validator spring = context.getBean(org.springframework.validation.Validator.class);
        AnnualReport broken = Common.broken(Common.readTheThreeForms());
        org.springframework.validation.BeanPropertyBindingResult errors =
                new org.springframework.validation.BeanPropertyBindingResult(broken, "report");
        spring.validate(broken, errors);
        assertTrue(errors.hasFieldErrors("applications.carriedForward.total"), errors.toString());
        assertEquals(broken.cell("applications.carriedForward.total"),
                errors.getFieldError("applications.carriedForward.total").getRejectedValue());
    }
}
