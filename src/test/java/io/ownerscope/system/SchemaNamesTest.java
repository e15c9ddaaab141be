package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every type the API answers or reads has a schema name of its own in the OpenAPI document: two types of one simple
 * name (a {@code PathView} of ownership and one of paths) would otherwise share a schema, and one would be documented
 * with the other's fields.
 */
class SchemaNamesTest {

    @Test
    void noTwoTypesOfTheApiShareASchemaName() throws Exception {
        var byName = new TreeMap<String, Set<String>>();
        for (var type : apiTypes()) {
            byName.computeIfAbsent(schemaName(type), n -> new TreeSet<>()).add(type.getName());
        }

        var shared = new TreeMap<String, Set<String>>();
        byName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, types);
            }
        });
        assertThat(byName).isNotEmpty();
        assertThat(shared).as("schema names given to more than one type; name them with @Schema(name = ...)")
                .isEmpty();
    }

    private static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private static Set<Class<?>> apiTypes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var seen = new HashSet<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("io.ownerscope")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    var types = new ArrayList<Type>(List.of(method.getGenericReturnType()));
                    for (var parameter : method.getParameters()) {
                        if (parameter.isAnnotationPresent(RequestBody.class)) {
                            types.add(parameter.getParameterizedType());
                        }
                    }
                    types.forEach(t -> walk(t, seen));
                }
            }
        }
        return seen;
    }

    private static void walk(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), seen);
            for (var argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen);
            }
        } else if (type instanceof Class<?> c && c.getName().startsWith("io.ownerscope.") && seen.add(c)) {
            if (c.isRecord()) {
                for (var component : c.getRecordComponents()) {
                    walk(component.getGenericType(), seen);
                }
            }
        }
    }

}
