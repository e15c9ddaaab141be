package io.ownerscope.loading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * An address: a row of type {@code address} in {@code entities.csv}, or the {@code address} cell of an entity.
 * The normalized text lets analyses find addresses that many companies share.
 */
public record AddressRow(long line, String id, String full, String normalized, String country, String sourceUrl)
        implements EntitiesFileRow {

    public static AddressRow parse(CsvRow row) {
        var full = row.required("name");
        return new AddressRow(row.line(), row.required("id"), full, normalize(full), row.country("country"),
                row.text("source_url"));
    }

    /** The address in an entity's {@code address} cell, identified by its normalized text and country. */
    static AddressRow of(EntityRow entity) {
        var normalized = normalize(entity.address());
        var id = "addr-" + Digests.shortHash((entity.country() == null ? "" : entity.country()) + "|" + normalized, 16);
        return new AddressRow(entity.line(), id, entity.address(), normalized, entity.country(), entity.sourceUrl());
    }

    /** Lower case, accents and punctuation dropped, whitespace collapsed: "Abay Ave. 150," = "abay ave 150". */
    public static String normalize(String address) {
        var decomposed = Normalizer.normalize(address, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}«»№]", " ").replaceAll("\\s+", " ").strip();
    }

    Map<String, Object> toParameters() {
        return new Parameters().with("id", id).with("full", full).with("normalized", normalized)
                .with("country", country).with("sourceUrl", sourceUrl).with("recordId", id).toMap();
    }
}
