package io.ownerscope.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.InvalidInput;

/**
 * Turns what a caller gives (a JSON object, URL query parameters, {@code --param key=value}) into the typed
 * parameters of one saved query: unknown names, missing required values and values of the wrong type are refused
 * with a message naming the parameter; the others get their defaults. Values only ever reach Neo4j as parameters.
 */
final class QueryArguments {

    private QueryArguments() {
    }

    /** From a JSON object: strings, numbers, booleans, arrays for lists; {@code null} counts as not given. */
    static Map<String, Object> fromJson(SavedQuery query, Map<String, ?> given) {
        return typed(query, given == null ? Map.of() : given, ParameterType::fromJson);
    }

    /** From text: URL query parameters or {@code --param}; a list takes repeated or comma-separated values. */
    static Map<String, Object> fromText(SavedQuery query, Map<String, List<String>> given) {
        return typed(query, given, ParameterType::fromText);
    }

    private static <T> Map<String, Object> typed(SavedQuery query, Map<String, T> given,
            BiFunction<ParameterType, T, Object> convert) {
        var unknown = new TreeSet<>(given.keySet());
        query.parameters().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw new BadRequestException("Unknown parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " for query '" + query.name() + "'; it takes "
                    + (query.parameters().isEmpty() ? "none"
                            : String.join(", ", query.parameters().stream().map(QueryParameter::name).toList())));
        }
        var typed = new LinkedHashMap<String, Object>();
        for (var parameter : query.parameters()) {
            var value = given.get(parameter.name());
            if (value == null) {
                if (parameter.required()) {
                    throw new BadRequestException(parameter.name() + " is required by query '" + query.name()
                            + "': " + parameter.description());
                }
                typed.put(parameter.name(), parameter.defaultValue());
                continue;
            }
            try {
                typed.put(parameter.name(), convert.apply(parameter.type(), value));
            } catch (ParameterType.WrongValue e) {
                throw new BadRequestException(InvalidInput.wrongType(parameter.name(), e.value(), e.expected()).detail());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(parameter.name() + " (" + parameter.type() + ") " + e.getMessage());
            }
        }
        return typed;
    }
}
