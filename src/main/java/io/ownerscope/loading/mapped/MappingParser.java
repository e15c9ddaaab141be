package io.ownerscope.loading.mapped;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.SourceFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CSV mapping (YAML, in the spirit of FollowTheMoney mappings) into a checked {@link Mapping}. Every mistake
 * is found before a row is read and reported with the mapping file, the line and the key, e.g.
 * {@code kz-registry.yml line 12: entities.company.properties.nme: unknown property 'nme' of Company}.
 */
final class MappingParser {

    private static final Set<String> TOP_KEYS = Set.of("description", "csv", "entities");
    private static final Set<String> CSV_KEYS = Set.of("delimiter", "quote", "encoding", "header_row");
    private static final Set<String> ENTITY_KEYS = Set.of("schema", "keys", "key_prefix", "key_hash", "optional",
            "properties", "extra");
    private static final Set<String> VALUE_KEYS = Set.of("column", "columns", "literal", "join", "split", "format",
            "decimal", "entity");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern EXTRA_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final String file;
    /** Where each link end names its entity, to point at it if the name is wrong. */
    private final Map<String, Node> references = new HashMap<>();

    private MappingParser(String file) {
        this.file = file;
    }

    /** Reads and checks a mapping file. */
    static Mapping read(Path path) {
        var name = String.valueOf(path.getFileName());
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MappingException("Cannot read the mapping " + path + ": " + e.getMessage(), e);
        }
        return parse(name, text);
    }

    /** Checks the text of a mapping file called {@code file}. */
    static Mapping parse(String file, String yamlText) {
        return new MappingParser(file).mapping(yamlText);
    }

    private Mapping mapping(String yamlText) {
        Node root;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new MappingException(file + (mark == null ? "" : " line " + (mark.getLine() + 1)) + ": is not valid"
                    + " YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new MappingException(file + ": is not valid YAML: " + e.getMessage().replaceAll("\\s+", " "), e);
        }
        if (root == null) {
            throw new MappingException(file + ": is empty; a mapping needs at least 'entities:'");
        }
        var top = mappingNode(root, "the mapping");
        var fields = fields(top, "the mapping", TOP_KEYS);
        var csv = fields.containsKey("csv") ? csvOptions(fields.get("csv"))
                : new Mapping.CsvOptions(',', '"', StandardCharsets.UTF_8, 1);
        if (!fields.containsKey("entities")) {
            throw error(root, "the mapping", "missing key 'entities'");
        }
        var entitiesNode = mappingNode(fields.get("entities"), "entities");
        var entities = new ArrayList<Mapping.MappedEntity>();
        var schemas = new LinkedHashMap<String, MappingSchema>();
        var entityFields = fields(entitiesNode, "entities", null);
        if (entityFields.isEmpty()) {
            throw error(entitiesNode, "entities", "maps no entity");
        }
        entityFields.forEach((name, node) -> {
            if (!NAME.matcher(name).matches()) {
                throw error(node, "entities." + name, "an entity name is letters, digits, '_' and '-'");
            }
            var entity = entity(name, node);
            schemas.put(name, entity.schema());
            entities.add(entity);
        });
        for (var entity : entities) {
            checkReferences(entity, schemas);
        }
        return new Mapping(file, SourceFiles.checksum(yamlText.getBytes(StandardCharsets.UTF_8)), csv,
                List.copyOf(entities));
    }

    private Mapping.CsvOptions csvOptions(Node node) {
        var fields = fields(mappingNode(node, "csv"), "csv", CSV_KEYS);
        char delimiter = ',';
        if (fields.containsKey("delimiter")) {
            var value = scalar(fields.get("delimiter"), "csv.delimiter");
            value = value.equalsIgnoreCase("tab") ? "\t" : value;
            if (value.length() != 1 || value.equals("\n") || value.equals("\r")) {
                throw error(fields.get("delimiter"), "csv.delimiter", "must be one character (or 'tab'), not '"
                        + value + "'");
            }
            delimiter = value.charAt(0);
        }
        Character quote = '"';
        if (fields.containsKey("quote")) {
            var value = scalar(fields.get("quote"), "csv.quote");
            if (value.length() > 1) {
                throw error(fields.get("quote"), "csv.quote", "must be one character, or empty for none");
            }
            quote = value.isEmpty() ? null : value.charAt(0);
            if (quote != null && quote == delimiter) {
                throw error(fields.get("quote"), "csv.quote", "is the same as the delimiter");
            }
        }
        Charset encoding = StandardCharsets.UTF_8;
        if (fields.containsKey("encoding")) {
            var value = scalar(fields.get("encoding"), "csv.encoding");
            try {
                encoding = Charset.forName(value);
            } catch (IllegalArgumentException e) {
                throw error(fields.get("encoding"), "csv.encoding", "unknown character set '" + value
                        + "'; e.g. UTF-8, windows-1251, KOI8-R");
            }
        }
        int headerRow = 1;
        if (fields.containsKey("header_row")) {
            var value = scalar(fields.get("header_row"), "csv.header_row");
            try {
                headerRow = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                headerRow = 0;
            }
            if (headerRow < 1) {
                throw error(fields.get("header_row"), "csv.header_row", "must be a record number from 1, not '"
                        + value + "'");
            }
        }
        return new Mapping.CsvOptions(delimiter, quote, encoding, headerRow);
    }

    private Mapping.MappedEntity entity(String name, Node node) {
        var path = "entities." + name;
        var fields = fields(mappingNode(node, path), path, ENTITY_KEYS);
        if (!fields.containsKey("schema")) {
            throw error(node, path, "missing key 'schema'; one of " + MappingSchema.ftmNames());
        }
        var schemaName = scalar(fields.get("schema"), path + ".schema");
        var schema = MappingSchema.byFtmName(schemaName);
        if (schema == null) {
            throw error(fields.get("schema"), path + ".schema", "unknown schema '" + schemaName + "'; expected one of "
                    + MappingSchema.ftmNames());
        }
        var keys = fields.containsKey("keys") ? strings(fields.get("keys"), path + ".keys") : List.<String>of();
        if (keys.isEmpty() && schema.kind() != MappingSchema.Kind.LINK) {
            throw error(fields.getOrDefault("keys", node), path + ".keys", "a " + schema.ftmName()
                    + " needs the columns that identify it, e.g. keys: [id]");
        }
        var keyPrefix = fields.containsKey("key_prefix") ? scalar(fields.get("key_prefix"), path + ".key_prefix")
                : name;
        var keyHash = fields.containsKey("key_hash") && bool(fields.get("key_hash"), path + ".key_hash");
        var optional = fields.containsKey("optional") && bool(fields.get("optional"), path + ".optional");
        var allowed = schema.properties();
        var properties = new LinkedHashMap<String, Mapping.ValueSource>();
        if (fields.containsKey("properties")) {
            fields(mappingNode(fields.get("properties"), path + ".properties"), path + ".properties", null)
                    .forEach((property, valueNode) -> {
                        var propertyPath = path + ".properties." + property;
                        var type = allowed.get(property);
                        if (type == null) {
                            throw error(valueNode, propertyPath, "unknown property '" + property + "' of "
                                    + schema.ftmName() + "; expected one of " + String.join(", ", allowed.keySet()));
                        }
                        properties.put(property, value(valueNode, propertyPath, type));
                    });
        }
        for (var required : schema.requiredProperties()) {
            if (!properties.containsKey(required)) {
                throw error(fields.getOrDefault("properties", node), path + ".properties", "a " + schema.ftmName()
                        + " needs the property '" + required + "'");
            }
        }
        var extra = new LinkedHashMap<String, Mapping.ValueSource>();
        if (fields.containsKey("extra")) {
            if (schema.kind() != MappingSchema.Kind.PARTY) {
                throw error(fields.get("extra"), path + ".extra", "only a Company, LegalEntity, Organization or"
                        + " Person takes extra properties");
            }
            fields(mappingNode(fields.get("extra"), path + ".extra"), path + ".extra", null)
                    .forEach((property, valueNode) -> {
                        var propertyPath = path + ".extra." + property;
                        if (!EXTRA_NAME.matcher(property).matches()) {
                            throw error(valueNode, propertyPath, "an extra property is named in camelCase,"
                                    + " e.g. activityCode");
                        }
                        if (MappingSchema.RESERVED.contains(property)) {
                            throw error(valueNode, propertyPath, "'" + property + "' is a property of the model;"
                                    + " map it under properties");
                        }
                        extra.put(property, value(valueNode, propertyPath, MappingSchema.ValueType.TEXT));
                    });
        }
        return new Mapping.MappedEntity(name, schema, keys, keyPrefix, keyHash, optional,
                Map.copyOf(properties), Map.copyOf(extra));
    }

    private Mapping.ValueSource value(Node node, String path, MappingSchema.ValueType type) {
        var fields = fields(mappingNode(node, path), path, VALUE_KEYS);
        var sources = fields.keySet().stream().filter(k -> Set.of("column", "columns", "literal", "entity")
                .contains(k)).toList();
        if (sources.size() != 1) {
            throw error(node, path, sources.isEmpty()
                    ? "needs one of column, columns, literal" + (type == MappingSchema.ValueType.ENTITY ? ", entity" : "")
                    : "give only one of " + String.join(", ", sources));
        }
        if (type == MappingSchema.ValueType.ENTITY) {
            if (!fields.containsKey("entity") || fields.size() != 1) {
                throw error(node, path, "refers to another mapped entity: give only 'entity: NAME'");
            }
            references.put(path, fields.get("entity"));
            return new Mapping.ValueSource(path, type, List.of(), List.of(), null, null, null, null, '.',
                    scalar(fields.get("entity"), path + ".entity"));
        }
        if (fields.containsKey("entity")) {
            throw error(fields.get("entity"), path + ".entity", "only the ends of a link or shipment refer to an"
                    + " entity");
        }
        List<String> columns = List.of();
        List<String> literals = List.of();
        if (fields.containsKey("column")) {
            columns = List.of(nonBlank(fields.get("column"), path + ".column"));
        } else if (fields.containsKey("columns")) {
            columns = strings(fields.get("columns"), path + ".columns");
            if (columns.isEmpty()) {
                throw error(fields.get("columns"), path + ".columns", "names no column");
            }
        } else {
            var literal = fields.get("literal");
            literals = literal instanceof SequenceNode ? strings(literal, path + ".literal")
                    : List.of(nonBlank(literal, path + ".literal"));
        }
        var join = fields.containsKey("join") ? scalar(fields.get("join"), path + ".join") : null;
        var split = fields.containsKey("split") ? nonBlank(fields.get("split"), path + ".split") : null;
        String format = null;
        DateTimeFormatter formatter = null;
        if (fields.containsKey("format")) {
            if (type != MappingSchema.ValueType.DATE) {
                throw error(fields.get("format"), path + ".format", "only a date takes a format");
            }
            format = nonBlank(fields.get("format"), path + ".format");
            try {
                formatter = MappedValues.dateFormatter(format);
            } catch (IllegalArgumentException e) {
                throw error(fields.get("format"), path + ".format", "'" + format + "' is not a date pattern: "
                        + e.getMessage());
            }
        }
        char decimal = '.';
        if (fields.containsKey("decimal")) {
            if (type != MappingSchema.ValueType.NUMBER) {
                throw error(fields.get("decimal"), path + ".decimal", "only a number takes a decimal separator");
            }
            var value = scalar(fields.get("decimal"), path + ".decimal");
            if (!value.equals(".") && !value.equals(",")) {
                throw error(fields.get("decimal"), path + ".decimal", "must be '.' or ',', not '" + value + "'");
            }
            decimal = value.charAt(0);
        }
        var source = new Mapping.ValueSource(path, type, columns, literals, join, split, format, formatter, decimal,
                null);
        for (var literal : literals) {
            try {
                MappedRows.convert(literal, source);
            } catch (RowRejectedException e) {
                throw error(fields.get("literal"), path + ".literal", e.getMessage());
            }
        }
        return source;
    }

    private void checkReferences(Mapping.MappedEntity entity, Map<String, MappingSchema> schemas) {
        for (var end : entity.schema().ends()) {
            var source = entity.properties().get(end);
            var node = references.get(source.path());
            var target = schemas.get(source.entity());
            if (target == null) {
                throw error(node, source.path() + ".entity", "refers to '" + source.entity()
                        + "', which is not a mapped entity; mapped are " + String.join(", ", schemas.keySet()));
            }
            if (target.kind() != MappingSchema.Kind.PARTY) {
                throw error(node, source.path() + ".entity", "refers to '" + source.entity() + "', a "
                        + target.ftmName() + "; it must be a Company, LegalEntity, Organization or Person");
            }
        }
    }

    /** The keys of a YAML mapping and their values; {@code allowed} null lets any key through. */
    private Map<String, Node> fields(MappingNode node, String path, Set<String> allowed) {
        var fields = new LinkedHashMap<String, Node>();
        var seen = new HashSet<String>();
        for (var tuple : node.getValue()) {
            var key = scalar(tuple.getKeyNode(), path);
            if (!seen.add(key)) {
                throw error(tuple.getKeyNode(), path, "the key '" + key + "' is given twice");
            }
            if (allowed != null && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), path, "unknown key '" + key + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    private MappingNode mappingNode(Node node, String path) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(node, path, "must be a mapping of keys to values");
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(node, path, "must be a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
    }

    private String nonBlank(Node node, String path) {
        var value = scalar(node, path);
        if (value.isBlank()) {
            throw error(node, path, "is empty");
        }
        return value;
    }

    private List<String> strings(Node node, String path) {
        if (node instanceof SequenceNode sequence) {
            var values = new ArrayList<String>();
            for (var item : sequence.getValue()) {
                values.add(nonBlank(item, path));
            }
            return List.copyOf(values);
        }
        return List.of(nonBlank(node, path));
    }

    private boolean bool(Node node, String path) {
        var value = scalar(node, path);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(node, path, "must be true or false, not '" + value + "'");
        };
    }

    private MappingException error(Node node, String path, String message) {
        return new MappingException(file + " line " + (node.getStartMark().getLine() + 1) + ": " + path + ": "
                + message);
    }
}
