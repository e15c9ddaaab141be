package io.ownerscope.loading;

import java.util.Locale;

/** A row of {@code entities.csv}: an entity, or an address that entities are registered at. */
public sealed interface EntitiesFileRow permits EntityRow, AddressRow {

    public static EntitiesFileRow parse(CsvRow row) {
        var type = row.required("type").toLowerCase(Locale.ROOT);
        return type.equals("address") ? AddressRow.parse(row) : EntityRow.parse(row);
    }
}
