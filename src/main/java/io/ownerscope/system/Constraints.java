package io.ownerscope.system;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a Bean Validation constraint allows, read from its attributes. A value below the lower bound is told that
 * bound; a value above the upper bound is told the whole range when there is one.
 */
final class Constraints {

    private Constraints() {
    }

    static InvalidInput invalid(String parameter, ConstraintViolation<?> violation, Annotation[] siblings) {
        var constraint = violation.getConstraintDescriptor().getAnnotation();
        var attributes = violation.getConstraintDescriptor().getAttributes();
        var value = violation.getInvalidValue();
        return InvalidInput.outOfRange(parameter, value, allowed(constraint, attributes, siblings, value));
    }

    private static String allowed(Annotation constraint, Map<String, Object> attributes, Annotation[] siblings,
            Object value) {
        return switch (constraint) {
            case NotBlank ignored -> "not blank";
            case NotNull ignored -> "present";
            case Min min -> "at least " + min.value();
            case DecimalMin min -> (min.inclusive() ? "at least " : "more than ") + plain(min.value());
            case Max max -> upTo(lowerBound(siblings), String.valueOf(max.value()), true);
            case DecimalMax max -> upTo(lowerBound(siblings), plain(max.value()), max.inclusive());
            case Size size -> size(size, value);
            default -> String.valueOf(attributes.getOrDefault("message", constraint.annotationType().getSimpleName()));
        };
    }

    private static String upTo(String lower, String upper, boolean inclusive) {
        if (lower != null && inclusive) {
            return "between " + lower + " and " + upper;
        }
        return (inclusive ? "at most " : "less than ") + upper;
    }

    private static String lowerBound(Annotation[] siblings) {
        for (var sibling : siblings) {
            if (sibling instanceof Min min) {
                return String.valueOf(min.value());
            }
            if (sibling instanceof DecimalMin min && min.inclusive()) {
                return plain(min.value());
            }
        }
        return null;
    }

    private static String size(Size size, Object value) {
        var unit = value instanceof CharSequence ? " characters" : " elements";
        if (size.min() > 0 && size.max() < Integer.MAX_VALUE) {
            return "between " + size.min() + " and " + size.max() + unit + " long";
        }
        return size.min() > 0 ? "at least " + size.min() + unit + " long" : "at most " + size.max() + unit + " long";
    }

    private static String plain(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
}
