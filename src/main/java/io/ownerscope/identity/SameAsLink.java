package io.ownerscope.identity;

import java.util.Map;

/**
 * One identity link as analyses read it: two records of the graph that state the same strong identifier.
 *
 * @param fromId the record with the lower id
 * @param toId the record with the higher id
 * @param scheme {@code inn}, {@code ogrn}, {@code bin}, {@code lei} or {@code imo}
 * @param value the normalized identifier both records state
 * @param source the provenance of the link itself (dataset {@code identity}, record id, load run, ...)
 * @param from the first record as evidence: id, name, dataset, record id
 * @param to the second record as evidence
 */
public record SameAsLink(String fromId, String toId, String scheme, String value, Map<String, Object> source,
        Map<String, Object> from, Map<String, Object> to) {

    public SameAsLink {
        source = source == null ? Map.of() : source;
        from = from == null ? Map.of("id", fromId) : from;
        to = to == null ? Map.of("id", toId) : to;
    }

    /** A link known by its ends only (e.g. in tests and whole-graph scans). */
    public static SameAsLink between(String fromId, String toId, String scheme, String value) {
        return new SameAsLink(fromId, toId, scheme, value, Map.of(), null, null);
    }
}
