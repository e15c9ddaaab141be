package io.ownerscope.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of an entity's shipments, oldest first.
 *
 * @param total how many shipments the filter selects
 * @param truncated true when more follow this page
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ShipmentPage(String id, String direction, String counterparty, String hs, Object from, Object to, long total,
        int limit, int offset, boolean truncated, List<Shipment> shipments) {

    /**
     * @param direction {@code out} when the entity exported it, {@code in} when it was the consignee
     * @param counterparty the consignee of an export, the exporter of an import: id, name, country
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Shipment(String id, Object date, String direction, String hsCode, String description, BigDecimal valueUsd,
            Object quantity, String unit, String originCountry, String destinationCountry,
            Map<String, Object> counterparty, List<Map<String, Object>> sources) {
    }
}
