package io.ownerscope.queries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a saved query file: a header of {@code // key: value} lines, then the Cypher. See {@code docs/queries.md}
 * for the syntax; in short:
 *
 * <pre>
 * // name: new-firms-importing-chpl
 * // description: Firms incorporated on or after a date that import Common High Priority List items,
 * //   continued on indented lines.
 * // basis: FinCEN/BIS joint alert, June 2022 (optional)
 * // param: countries list&lt;string&gt; = [KZ, KG, AM] — Countries of incorporation
 * // param: since date required — Incorporated on or after
 * // param: asOf date optional — Listings in force on this date (default: today)
 * // max-rows: 500
 *
 * MATCH ... RETURN ... LIMIT $maxRows
 * </pre>
 *
 * The header is the first block of {@code //} lines; a blank line or the first line of Cypher ends it. The file is
 * also checked against its header: every {@code $parameter} is declared and every declared one is used, the query
 * ends its answer with {@code LIMIT $maxRows}, and variable-length patterns have an upper bound.
 */
final class QueryFileParser {

    static final int MAX_ROWS_LIMIT = 100_000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEY_LINE = Pattern.compile("// ?([A-Za-z][\\w-]*):(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("//\\s{2,}(\\S.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z][A-Za-z0-9]*)\\s+(\\S+)\\s+(required|optional|=\\s*(.+?))\\s+(?:—|--)\\s+(\\S.*)");
    private static final List<String> KEYS = List.of("name", "description", "basis", "param", "max-rows");

    private QueryFileParser() {
    }

    /**
     * @param file the path under the queries folder, e.g. {@code trade/top-chpl-reexporters-to-russia.cypher}
     * @throws InvalidQueryException with the line and the reason when the file is not a valid saved query
     */
    static SavedQuery parse(String file, String text) {
        var fields = headerFields(text);
        var name = single(fields, "name", true);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidQueryException("name '" + name + "' must be lower case words joined by hyphens");
        }
        var description = single(fields, "description", true);
        var basis = single(fields, "basis", false);
        var maxRows = maxRows(single(fields, "max-rows", true));
        var parameters = new ArrayList<QueryParameter>();
        var names = new HashSet<String>();
        for (var field : fields.getOrDefault("param", List.of())) {
            var parameter = parameter(field);
            if (!names.add(parameter.name())) {
                throw new InvalidQueryException(field.where() + ": parameter '" + parameter.name()
                        + "' is declared twice");
            }
            parameters.add(parameter);
        }
        checkAgainstCypher(text, names);
        var slash = file.lastIndexOf('/');
        var topic = slash < 0 ? "" : file.substring(0, slash);
        return new SavedQuery(name, file, topic, description, basis, List.copyOf(parameters), maxRows, text.strip(),
                List.of());
    }

    private record Field(int line, String value) {
        String where() {
            return "line " + line;
        }
    }

    private static Map<String, List<Field>> headerFields(String text) {
        var fields = new LinkedHashMap<String, List<Field>>();
        String key = null;
        var lines = text.split("\\R", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        for (; i < lines.length; i++) {
            var line = lines[i].strip();
            if (!line.startsWith("//")) {
                break;
            }
            var lineNumber = i + 1;
            if (line.substring(2).isBlank()) {
                continue;
            }
            var continuation = CONTINUATION.matcher(lines[i].stripLeading());
            var keyLine = KEY_LINE.matcher(line);
            if (continuation.matches() && key != null) {
                var values = fields.get(key);
                var last = values.getLast();
                values.set(values.size() - 1,
                        new Field(last.line(), last.value() + " " + continuation.group(1).strip()));
            } else if (keyLine.matches()) {
                key = keyLine.group(1);
                if (!KEYS.contains(key)) {
                    throw new InvalidQueryException("line " + lineNumber + ": unknown header key '" + key
                            + "' (known: " + String.join(", ", KEYS) + ")");
                }
                fields.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Field(lineNumber, keyLine.group(2).strip()));
            } else {
                throw new InvalidQueryException("line " + lineNumber + ": expected '// key: value' or an indented "
                        + "continuation line in the header, found '" + line + "'");
            }
        }
        if (fields.isEmpty()) {
            throw new InvalidQueryException("no header: the file must start with '// name: ...' lines");
        }
        return fields;
    }

    private static String single(Map<String, List<Field>> fields, String key, boolean required) {
        var values = fields.getOrDefault(key, List.of());
        if (values.size() > 1) {
            throw new InvalidQueryException(values.get(1).where() + ": '" + key + "' is given more than once");
        }
        if (values.isEmpty() || values.getFirst().value().isEmpty()) {
            if (required) {
                throw new InvalidQueryException("the header has no '" + key + ":'");
            }
            return "";
        }
        return values.getFirst().value();
    }

    private static int maxRows(String text) {
        try {
            int maxRows = Integer.parseInt(text);
            if (maxRows >= 1 && maxRows <= MAX_ROWS_LIMIT) {
                return maxRows;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidQueryException("max-rows '" + text + "' must be a whole number from 1 to " + MAX_ROWS_LIMIT);
    }

    private static QueryParameter parameter(Field field) {
        var matcher = PARAM.matcher(field.value());
        if (!matcher.matches()) {
            throw new InvalidQueryException(field.where() + ": expected 'param: NAME TYPE required|optional|= DEFAULT"
                    + " — DESCRIPTION', found '" + field.value() + "'");
        }
        var name = matcher.group(1);
        if (name.equals(SavedQuery.MAX_ROWS)) {
            throw new InvalidQueryException(field.where() + ": '" + name + "' is reserved: the runner sets it to the"
                    + " row cap");
        }
        var type = ParameterType.parse(matcher.group(2));
        if (type == null) {
            throw new InvalidQueryException(field.where() + ": parameter '" + name + "' has unknown type '"
                    + matcher.group(2) + "' (types: string, int, float, bool, date, list<T>)");
        }
        var required = matcher.group(3).equals("required");
        var defaultText = matcher.group(4);
        Object defaultValue = null;
        if (defaultText != null) {
            try {
                defaultValue = type.fromHeader(defaultText);
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException(field.where() + ": default of '" + name + "': " + e.getMessage());
            }
        }
        return new QueryParameter(name, type, required, defaultValue, defaultText == null ? null : defaultText.strip(),
                matcher.group(5).strip());
    }

    private static void checkAgainstCypher(String text, java.util.Set<String> declared) {
        var cypher = CypherText.of(text);
        var used = cypher.parameters();
        for (var name : used) {
            if (!declared.contains(name) && !name.equals(SavedQuery.MAX_ROWS)) {
                throw new InvalidQueryException("the query uses $" + name + ", which the header does not declare");
            }
        }
        for (var name : declared) {
            if (!used.contains(name)) {
                throw new InvalidQueryException("parameter '" + name + "' is declared but the query does not use it");
            }
        }
        if (!cypher.limitsToMaxRows()) {
            throw new InvalidQueryException("the query must bound its answer with LIMIT $maxRows");
        }
        cypher.unboundedPattern().ifPresent(pattern -> {
            throw new InvalidQueryException("variable-length pattern " + pattern + " has no upper bound (write e.g. "
                    + "*1..6)");
        });
    }
}
