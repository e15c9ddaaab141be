package io.ownerscope.system;

import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Marks as nullable in the OpenAPI document every field of an answer that can be {@code null}: answers write empty
 * fields as {@code null}, and a field of a reference type may be empty. Numbers and flags of primitive types are never
 * null.
 */
@Component
class NullableProperties implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || neverNull(type.getType())) {
            return property;
        }
        if (property.get$ref() != null) {
            Schema<Object> reference = new Schema<>(SpecVersion.V31).$ref(property.get$ref());
            return new Schema<>(SpecVersion.V31).anyOf(List.of(reference, ApiDocumentation.typed("null")))
                    .description(property.getDescription());
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        }
        return property;
    }

    private static boolean neverNull(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive();
        }
        if (type instanceof JavaType javaType) {
            return javaType.isPrimitive();
        }
        return false;
    }
}
