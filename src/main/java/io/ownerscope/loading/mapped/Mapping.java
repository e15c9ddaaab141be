package io.ownerscope.loading.mapped;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV mapping read from a YAML file: how the columns of a foreign CSV export become entities, links and shipments
 * (see {@link MappingParser} for the file and {@code data-loaders/README.md} for the reference).
 *
 * @param file the mapping file name, named in every message about it
 * @param checksum SHA-256 of the mapping text, part of what identifies a load run
 * @param csv how the CSV file is written
 * @param entities the mapped entities, in the order the file gives them
 */
record Mapping(String file, String checksum, CsvOptions csv, List<MappedEntity> entities) {

    /**
     * @param delimiter the cell separator
     * @param quote the quote character; null when cells are never quoted
     * @param encoding the character set of the file
     * @param headerRow the record (1 = the first) that names the columns; the records before it are skipped
     */
    record CsvOptions(char delimiter, Character quote, Charset encoding, int headerRow) {
    }

    /**
     * One entry of {@code entities:}.
     *
     * @param name the key of the entry, by which links refer to it
     * @param keys the columns whose cells make its id (empty for a link without keys)
     * @param keyPrefix put before the id
     * @param keyHash whether the id is a hash of the key cells instead of the cells themselves
     * @param optional whether a row with an empty key cell simply lacks this entity, instead of being rejected
     * @param properties graph-model property name to where its value comes from
     * @param extra further text properties of a party, by name
     */
    record MappedEntity(String name, MappingSchema schema, List<String> keys, String keyPrefix, boolean keyHash,
            boolean optional, Map<String, ValueSource> properties, Map<String, ValueSource> extra) {
    }

    /**
     * Where the value of one property comes from.
     *
     * @param path the place in the mapping, e.g. {@code entities.company.properties.name}, named in rejects
     * @param columns the cells read, in order
     * @param literals fixed values, used when no column is given
     * @param join when given, the non-empty cells are joined with it into one value
     * @param split when given, each cell is split on it into several values
     * @param dateFormat the date pattern as written in the mapping (dates only)
     * @param dateFormatter the parser for {@code dateFormat}
     * @param decimal the decimal separator (numbers only)
     * @param entity the mapped entity a link end refers to
     */
    record ValueSource(String path, MappingSchema.ValueType type, List<String> columns, List<String> literals,
            String join, String split, String dateFormat, DateTimeFormatter dateFormatter, char decimal,
            String entity) {
    }

    /** Every column the mapping reads, with the first place that names it. */
    Map<String, String> columns() {
        var columns = new LinkedHashMap<String, String>();
        for (var entity : entities) {
            entity.keys().forEach(key -> columns.putIfAbsent(key, "entities." + entity.name() + ".keys"));
            for (var sources : List.of(entity.properties(), entity.extra())) {
                sources.values().forEach(source -> source.columns().forEach(c -> columns.putIfAbsent(c,
                        source.path())));
            }
        }
        return columns;
    }
}
