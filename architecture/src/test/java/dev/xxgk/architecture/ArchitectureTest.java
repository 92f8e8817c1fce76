package dev.xxgk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules over the main classes of every published module together. */
class ArchitectureTest {

    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.xxgk");

    /** Package prefix to Maven module, most specific first. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("dev.xxgk.serialization.json", "xxgk-serialization-json");
        MODULES.put("dev.xxgk.serialization.csv", "xxgk-serialization-csv");
        MODULES.put("dev.xxgk.serialization.published", "xxgk-serialization-published");
        MODULES.put("dev.xxgk.serialization", "xxgk-serialization-api");
        MODULES.put("dev.xxgk.jackson2", "xxgk-jackson2");
        MODULES.put("dev.xxgk.jackson", "xxgk-jackson");
        MODULES.put("dev.xxgk.testkit", "xxgk-testkit");
        MODULES.put("dev.xxgk.validation", "xxgk-validation");
        MODULES.put("dev.xxgk", "xxgk-core");
    }

    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        for (Map.Entry<String, String> module : MODULES.entrySet()) {
            if (name.equals(module.getKey()) || name.startsWith(module.getKey() + ".")) {
                return module.getValue();
            }
        }
        return null;
    }

    private static final SliceAssignment BY_MODULE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String module = moduleOf(type);
            return module == null ? SliceIdentifier.ignore() : SliceIdentifier.of(module);
        }

        @Override
        public String getDescription() {
            return "the Maven modules of the SDK";
        }
    };

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }

    /** Public, and in a public type outside an internal package: part of the API. */
    private static boolean isApi(HasModifiers member, JavaClass owner) {
        boolean visible = member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
        return visible && owner.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(owner)
                && (owner.getEnclosingClass().isEmpty() || owner.getEnclosingClass().get().getModifiers().contains(JavaModifier.PUBLIC));
    }

    private static final ArchCondition<JavaCodeUnit> EXPOSE_NO_INTERNAL_TYPE = new ArchCondition<>(
            "expose no type of an internal package") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
            Set<JavaClass> involved = new java.util.HashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
            unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
            unit.getExceptionTypes().forEach(involved::add);
            for (JavaClass type : involved) {
                if (isInternal(type)) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + type.getName()));
                }
            }
        }
    };

    private static final ArchCondition<JavaField> HAVE_NO_INTERNAL_TYPE = new ArchCondition<>(
            "have no type of an internal package") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
            for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                if (isInternal(type)) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " exposes " + type.getName()));
                }
            }
        }
    };

    private static final ArchCondition<JavaClass> EXTEND_NO_INTERNAL_TYPE = new ArchCondition<>(
            "extend or implement no type of an internal package") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            type.getAllRawSuperclasses().stream().filter(ArchitectureTest::isInternal).forEach(s -> events.add(
                    SimpleConditionEvent.violated(type, type.getName() + " extends " + s.getName())));
            type.getAllRawInterfaces().stream().filter(ArchitectureTest::isInternal).forEach(s -> events.add(
                    SimpleConditionEvent.violated(type, type.getName() + " implements " + s.getName())));
        }
    };

    private static final DescribedPredicate<JavaCodeUnit> API_CODE_UNITS = DescribedPredicate.describe(
            "are public API", unit -> isApi(unit, unit.getOwner()));

    private static final DescribedPredicate<JavaField> API_FIELDS = DescribedPredicate.describe(
            "are public API", field -> isApi(field, field.getOwner()));

    private static final DescribedPredicate<JavaClass> API_TYPES = DescribedPredicate.describe(
            "are public API", type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(type));

    static final ArchRule API_METHODS_EXPOSE_NO_INTERNAL = codeUnits().that(API_CODE_UNITS).should(EXPOSE_NO_INTERNAL_TYPE);
    static final ArchRule API_FIELDS_EXPOSE_NO_INTERNAL = fields().that(API_FIELDS).should(HAVE_NO_INTERNAL_TYPE);
    static final ArchRule API_TYPES_EXTEND_NO_INTERNAL = classes().that(API_TYPES).should(EXTEND_NO_INTERNAL_TYPE);
    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices().assignedFrom(BY_MODULE).should().beFreeOfCycles();

    @Test
    void theImportSeesEveryModule() {
        Set<String> modules = SDK.stream().map(ArchitectureTest::moduleOf).filter(m -> m != null)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(MODULES.values()), modules);
        assertTrue(SDK.size() > 150, SDK.size() + " classes");
    }

    @Test
    void noPublicTypeExposesAnInternalType() {
        API_METHODS_EXPOSE_NO_INTERNAL.check(SDK);
        API_FIELDS_EXPOSE_NO_INTERNAL.check(SDK);
        API_TYPES_EXTEND_NO_INTERNAL.check(SDK);
    }

    @Test
    void theRuleCatchesAnExposedInternalType() {
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class, dev.xxgk.architecture.internal.Hidden.class);
        AssertionError e = assertThrows(AssertionError.class, () -> codeUnits()
                .that(DescribedPredicate.describe("are public", (JavaCodeUnit u) -> u.getModifiers()
                        .contains(JavaModifier.PUBLIC) && u.getOwner().equals(leaky.get(Leaky.class))))
                .should(EXPOSE_NO_INTERNAL_TYPE).check(leaky));
        assertTrue(e.getMessage().contains("exposes " + dev.xxgk.architecture.internal.Hidden.class.getName()), e.getMessage());
    }

    @Test
    void modulesHaveNoCycles() {
        MODULES_ARE_FREE_OF_CYCLES.check(SDK);
    }

    @Test
    void coreDependsOnNoOtherModuleAndTheFormatsNotOnTheEngine() {
        classes().that().resideInAnyPackage("dev.xxgk", "dev.xxgk.model..", "dev.xxgk.template..", "dev.xxgk.constraint..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("are not of another SDK module",
                        (JavaClass t) -> moduleOf(t) == null || moduleOf(t).equals("xxgk-core")))
                .check(SDK);
        classes().that().resideInAPackage("dev.xxgk.serialization..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("are not of the rule engine",
                        (JavaClass t) -> !"xxgk-validation".equals(moduleOf(t)) && !"xxgk-testkit".equals(moduleOf(t))))
                .check(SDK);
    }
}
