package io.ownerscope.loading;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** A listing from {@code sanctions.csv}: which authority designated the entity, under which program, when. */
public record SanctionRow(long line, String entityId, String authority, String program, LocalDate listedOn,
        LocalDate delistedOn, String sourceUrl, String reason, String raw) {

    public static SanctionRow parse(CsvRow row) {
        var listed = row.date("listed_on");
        var delisted = row.date("delisted_on");
        if (listed != null && delisted != null && delisted.isBefore(listed)) {
            throw new RowRejectedException("delisted_on " + delisted + " is before listed_on " + listed);
        }
        return new SanctionRow(row.line(), row.required("entity_id"),
                row.required("authority").toUpperCase(Locale.ROOT), row.required("program"), listed, delisted,
                row.text("source_url"), row.text("reason"), row.raw());
    }

    public String recordId() {
        return entityId + "|" + authority + "|" + program;
    }

    Map<String, Object> toParameters(String dataset) {
        return new Parameters().with("id", dataset + ":" + recordId()).with("recordId", recordId())
                .with("entityId", entityId).with("authority", authority).with("program", program)
                .with("listedOn", listedOn).with("delistedOn", delistedOn).with("sourceUrl", sourceUrl)
                .with("reason", reason).with("line", line).toMap();
    }
}
