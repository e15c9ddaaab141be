package io.ownerscope.loading.csv;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.ownerscope.loading.LoadException;

/** The files of the canonical CSV format, in load order, with their columns. */
enum CanonicalFile {

    ENTITIES("entities.csv", List.of("id", "type", "name"),
            List.of("aliases", "country", "registration_number", "inn", "ogrn", "bin", "lei", "incorporation_date",
                    "dissolution_date", "birth_date", "nationality", "address", "source_url")),
    RELATIONSHIPS("relationships.csv", List.of("from_id", "to_id", "type"),
            List.of("id", "share", "share_min", "share_max", "interest_type", "role", "start_date", "end_date",
                    "source_url")),
    SANCTIONS("sanctions.csv", List.of("entity_id", "authority", "program"),
            List.of("listed_on", "delisted_on", "source_url", "reason")),
    SHIPMENTS("shipments.csv", List.of("id", "date", "exporter_id", "consignee_id", "hs_code"),
            List.of("description", "value_usd", "quantity", "unit", "origin_country", "destination_country",
                    "source_url"));

    private final String fileName;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;

    CanonicalFile(String fileName, List<String> requiredColumns, List<String> optionalColumns) {
        this.fileName = fileName;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
    }

    String fileName() {
        return fileName;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    boolean knows(String column) {
        return requiredColumns.contains(column) || optionalColumns.contains(column);
    }

    static CanonicalFile byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst()
                .orElseThrow(() -> new LoadException("Not a canonical CSV file: " + name));
    }

    static boolean isCanonical(String name) {
        return Arrays.stream(values()).anyMatch(f -> f.fileName.equals(name));
    }

    static String fileNames() {
        return Arrays.stream(values()).map(CanonicalFile::fileName).collect(Collectors.joining(", "));
    }
}
