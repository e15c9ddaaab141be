package io.ownerscope.loading;

import java.time.LocalDate;
import java.util.Map;

import io.ownerscope.reference.CommonHighPriorityList;

/** A customs record from {@code shipments.csv}: exporter, consignee, goods (HS code), date and value. */
public record ShipmentRow(long line, String id, LocalDate date, String exporterId, String consigneeId, String hsCode,
        String description, Double valueUsd, Double quantity, String unit, String originCountry,
        String destinationCountry, String sourceUrl, String raw) {

    public static ShipmentRow parse(CsvRow row) {
        var date = row.date("date");
        if (date == null) {
            throw new RowRejectedException("missing date");
        }
        var hsCode = row.required("hs_code").replace(".", "").replace(" ", "");
        if (!hsCode.matches("\\d{6,10}")) {
            throw new RowRejectedException("hs_code '" + row.text("hs_code") + "' is not 6 to 10 digits");
        }
        var exporterId = row.required("exporter_id");
        var consigneeId = row.required("consignee_id");
        if (exporterId.equals(consigneeId)) {
            throw new RowRejectedException("exporter_id and consignee_id are the same: " + exporterId);
        }
        return new ShipmentRow(row.line(), row.required("id"), date, exporterId, consigneeId, hsCode,
                row.text("description"), row.number("value_usd"), row.number("quantity"), row.text("unit"),
                row.country("origin_country"), row.country("destination_country"), row.text("source_url"),
                row.raw());
    }

    public Map<String, Object> toParameters() {
        return new Parameters().with("id", id).with("recordId", id).with("date", date)
                .with("exporterId", exporterId).with("consigneeId", consigneeId).with("hsCode", hsCode)
                .with("hs6", hsCode.substring(0, 6))
                .with("chplTier", CommonHighPriorityList.shipped().tierOf(hsCode).orElse(null)).with("description", description).with("valueUsd", valueUsd)
                .with("quantity", quantity).with("unit", unit).with("originCountry", originCountry)
                .with("destinationCountry", destinationCountry).with("sourceUrl", sourceUrl).with("line", line)
                .toMap();
    }
}
