package dev.xxgk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.Relation;
import dev.xxgk.template.Row;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every public type of the core module and fails if any could change after construction:
 * a non-final field, a setter, a component or field of a mutable type, or a list that can be
 * changed. Builders are the one, named, exception: they are mutable by design and no value
 * hands one out.
 */
class ImmutabilityTest {

    private static final Set<Class<?>> BUILDERS = Set.of(AnnualReport.Builder.class, Applications.Builder.class,
            ApplicantCounts.Builder.class);

    private static final Set<Class<?>> IMMUTABLE_LEAVES = Set.of(
            String.class, Integer.class, Long.class, Boolean.class, BigDecimal.class, LocalDate.class);

    static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(AnnualReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name);
                if (isPublic(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theWalkSeesTheWholeModel() throws Exception {
        List<Class<?>> types = publicTypes();
        assertTrue(types.containsAll(List.of(AnnualReport.class, ApplicantCounts.class, Count.class, Money.class,
                Template.class, Cell.class, Table.class, Row.class, Column.class, Relation.class,
                AnnualReport.Builder.class)), types.toString());
        assertTrue(types.size() >= 40, "only " + types.size() + " public types found");
    }

    @Test
    void everyPublicTypeIsImmutable() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            // a Bean Validation group is an interface with no methods, a name rather than a type of values
            boolean group = type.isInterface() && type.getDeclaredMethods().length == 0
                    && type.getEnclosingClass() != null && type.getEnclosingClass().isAnnotation();
            if (BUILDERS.contains(type) || type.isAnnotation() || Throwable.class.isAssignableFrom(type)
                    || type.getEnclosingClass() == ImmutabilityTest.class || group) {
                continue;
            }
            checkType(type, problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void checkType(Class<?> type, List<String> problems) {
        if (type.isInterface()) {
            if (!type.isSealed()) {
                problems.add(type.getName() + " is an interface that is not sealed");
            }
            return;
        }
        if (!type.isEnum() && !type.isRecord() && !Modifier.isFinal(type.getModifiers())) {
            problems.add(type.getName() + " is not final");
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            if (!Modifier.isFinal(field.getModifiers())) {
                problems.add(type.getName() + "." + field.getName() + " is not final");
            }
            checkFieldType(type.getName() + "." + field.getName(), field.getGenericType(), problems);
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getName().startsWith("set")) {
                problems.add(type.getName() + "." + method.getName() + " is a setter");
            }
            if (BUILDERS.contains(method.getReturnType()) && !Modifier.isStatic(method.getModifiers())
                    && !method.getName().equals("toBuilder")) {
                problems.add(type.getName() + "." + method.getName() + " hands out a builder");
            }
        }
    }

    private static void checkFieldType(String where, Type type, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == List.class || raw == Map.class) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    checkFieldType(where + "<>", argument, problems);
                }
                return; // copied with List.copyOf: checked on instances below
            }
            problems.add(where + " is of type " + type);
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isPrimitive() || raw.isEnum() || IMMUTABLE_LEAVES.contains(raw)) {
            return;
        }
        if (raw.isArray()) {
            problems.add(where + " is an array");
            return;
        }
        if (raw.getPackageName().startsWith("dev.xxgk") && (raw.isRecord() || raw.isSealed()
                || Modifier.isFinal(raw.getModifiers()))) {
            return; // checked as a type of its own
        }
        problems.add(where + " is of type " + raw.getName() + ", which may be mutable");
    }

    /** Lists held by the catalogue and the model are the JDK's unmodifiable lists. */
    @Test
    void everyListHandedOutIsUnmodifiable() {
        for (var edition : Edition.values()) {
            Template template = Template.of(edition);
            assertUnmodifiable(template.cells());
            assertUnmodifiable(template.tables());
            assertUnmodifiable(template.relations());
            for (Table table : template.tables()) {
                assertUnmodifiable(table.rows());
                assertUnmodifiable(table.columns());
                assertUnmodifiable(table.cells());
                table.rows().forEach(r -> assertUnmodifiable(r.groupLabels()));
                table.columns().forEach(c -> assertUnmodifiable(c.groupLabels()));
            }
            template.relations().forEach(r -> {
                assertUnmodifiable(r.left());
                assertUnmodifiable(r.right());
            });
        }
        List<String> groups = new ArrayList<>(List.of("组"));
        Row row = new Row("x.y", "标签", groups, "标", 0);
        groups.add("changed");
        assertEquals(List.of("组"), row.groupLabels());
    }

    private static void assertUnmodifiable(List<?> list) {
        // List.copyOf returns its argument only when it already is an unmodifiable JDK list
        assertSame(list, List.copyOf(list));
    }

    /** A type the walk must refuse, so that the walk is known to be able to fail. */
    public static final class Mutable {
        public int count;
        public List<String> names = new ArrayList<>();
        public final java.util.Date date = new java.util.Date();

        public void setCount(int count) {
            this.count = count;
        }
    }

    /** A record the walk must refuse: an array component can be changed through its accessor. */
    public record WithArray(int[] values) {
    }

    @Test
    void theWalkFindsMutability() {
        List<String> problems = new ArrayList<>();
        checkType(Mutable.class, problems);
        assertEquals(List.of(
                Mutable.class.getName() + ".count is not final",
                Mutable.class.getName() + ".names is not final",
                Mutable.class.getName() + ".date is of type java.util.Date, which may be mutable",
                Mutable.class.getName() + ".setCount is a setter"),
                problems.stream().sorted((a, b) -> order(a) - order(b)).toList());
        List<String> arrays = new ArrayList<>();
        checkType(WithArray.class, arrays);
        assertEquals(List.of(WithArray.class.getName() + ".values is an array"), arrays);
    }

    private static int order(String problem) {
        return problem.contains(".count ") ? 0 : problem.contains(".names") ? 1 : problem.contains(".date") ? 2 : 3;
    }

    @Test
    void recordsAreEqualByValue() {
        AnnualReport a = AnnualReportTest.filled(Edition.EDITION_2019, "招远市人民政府办公室", 2019, LocalDate.of(2020, 1, 20));
        AnnualReport b = AnnualReportTest.filled(Edition.EDITION_2019, "招远市人民政府办公室", 2019, LocalDate.of(2020, 1, 20));
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        for (RecordComponent component : AnnualReport.class.getRecordComponents()) {
            assertFalse(component.getType().isArray(), component.getName());
        }
    }
}
