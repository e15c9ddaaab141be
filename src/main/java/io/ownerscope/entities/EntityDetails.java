package io.ownerscope.entities;

import java.util.List;
import java.util.Map;

/**
 * An entity as the API shows it: what it is, where each fact comes from, its listings and its links.
 *
 * @param designations the listed and derived designations per regime, as the last whole-graph recompute marked them
 * @param sameAs the records of other sources that are the same entity: they state the same strong identifier
 * @param relationshipsTruncated true when more links exist than the row cap returned
 */
record EntityDetails(String id, List<String> labels, String name, Map<String, Object> properties,
        List<Map<String, Object>> sources, List<SanctionView> sanctions, List<Map<String, Object>> designations,
        List<SameAsView> sameAs, List<RelationshipView> relationships, long relationshipCount,
        boolean relationshipsTruncated) {

    /**
     * Another record that is this entity.
     *
     * @param scheme {@code inn}, {@code ogrn}, {@code bin}, {@code lei} or {@code imo}
     * @param value the normalized identifier both records state
     * @param other the other record: id, labels, name, country and its own sources
     * @param sources the provenance of the identity link
     */
    record SameAsView(String scheme, String value, Map<String, Object> other, List<Map<String, Object>> sources) {
    }

    record SanctionView(String id, String authority, String program, Object listedOn, Object delistedOn,
            String reason, List<Map<String, Object>> sources) {
    }

    /**
     * @param direction {@code out} when this entity is the start of the relationship, {@code in} otherwise
     * @param other the node at the other end: id, labels, name, country (and a shipment's details)
     */
    record RelationshipView(String type, String direction, Map<String, Object> properties,
            Map<String, Object> other, List<Map<String, Object>> sources) {
    }
}
