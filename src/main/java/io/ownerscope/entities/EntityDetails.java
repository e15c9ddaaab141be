package io.ownerscope.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An entity as the API shows it, the key facts first: what it is, where each fact comes from, its listings, then its
 * links summarized by kind, then its strongest links in full. Shipments and the other links are paged through their
 * own endpoints; empty fields are left out.
 *
 * @param designations the listed and derived designations per regime, as the last whole-graph recompute marked them
 * @param sameAs the records of other sources that are the same entity: they state the same strong identifier
 * @param linksByKind every kind of link counted per direction, trade with its counterparties
 * @param relationships the strongest links (ownership, control, directors, addresses, family) with their sources
 * @param relationshipCount how many relationships the entity has, trade and listings aside
 * @param relationshipsTruncated true when more strong links exist than the row cap returned
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record EntityDetails(String id, List<String> labels, String name, Map<String, Object> properties,
        List<Map<String, Object>> sources, List<SanctionView> sanctions, List<Map<String, Object>> designations,
        List<SameAsView> sameAs, List<LinkKind> linksByKind, List<RelationshipView> relationships,
        long relationshipCount, boolean relationshipsTruncated) {

    /**
     * Another record that is this entity.
     *
     * @param scheme {@code inn}, {@code ogrn}, {@code bin}, {@code lei} or {@code imo}
     * @param value the normalized identifier both records state
     * @param other the other record: id, labels, name, country and its own sources
     * @param sources the provenance of the identity link
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SameAsView(String scheme, String value, Map<String, Object> other, List<Map<String, Object>> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SanctionView(String id, String authority, String program, Object listedOn, Object delistedOn,
            String reason, List<Map<String, Object>> sources) {
    }

    /**
     * @param direction {@code out} when this entity is the start of the relationship, {@code in} otherwise
     * @param other the node at the other end: id, labels, name, country
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RelationshipView(String type, String direction, Map<String, Object> properties,
            Map<String, Object> other, List<Map<String, Object>> sources) {
    }

    /**
     * One kind of link in one direction: a relationship type, or {@code SHIPMENT} for trade.
     *
     * @param direction for trade, {@code out} when the entity exported, {@code in} when it was the consignee
     * @param firstDate the earliest date the links state (a start, or a shipment's date)
     * @param lastDate the latest date the links state (an end or a start, or a shipment's date)
     * @param valueUsd for trade, the total value of the shipments
     * @param counterparties for trade, the counterparties with the most shipments, of {@code counterpartyCount}
     * @param more where to page through the links of this kind
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record LinkKind(String kind, String direction, long count, Object firstDate, Object lastDate,
            BigDecimal valueUsd, Long counterpartyCount, List<Counterparty> counterparties, String more) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Counterparty(String id, String name, String country, long shipments, BigDecimal valueUsd,
            Object firstDate, Object lastDate) {
    }
}
