package io.ownerscope.paths;

import java.util.List;
import java.util.Map;

/**
 * One link between two entities, as one hop: a relationship, a shared address (two registrations) or the shipments
 * one entity sent the other.
 *
 * @param key identifies the link, so that one found from both ends counts once
 * @param startId the entity the link points from (owner, director, exporter; for a shared address either one)
 * @param endId the entity it points to
 * @param type the relationship type ({@code OWNS}, ...), {@code REGISTERED_AT} for a shared address,
 *             {@code EXPORTED} for shipments
 * @param details what the link says: shares, role, interest type, dates, the address or the shipments
 * @param sources the {@code dataset:recordId} of every record the link rests on
 */
record Link(String key, String startId, String endId, LinkGroup group, String type, Map<String, Object> details,
        List<String> sources) {

    /**
     * A shared address: one link per pair and address whichever end it was found from, its ends in id order, so that
     * every reader gives it the same key.
     */
    static Link sharedAddress(String addressId, String oneEnd, String otherEnd, Map<String, Object> details,
            List<String> sources) {
        var first = oneEnd.compareTo(otherEnd) < 0 ? oneEnd : otherEnd;
        var last = first.equals(oneEnd) ? otherEnd : oneEnd;
        return new Link("address:" + addressId + ":" + first + ":" + last, first, last, LinkGroup.ADDRESS,
                "REGISTERED_AT", details, sources);
    }

    /** The shipments one entity sent another: one link per exporter and consignee, whichever end it was found from. */
    static Link trade(String exporter, String consignee, Map<String, Object> details, List<String> sources) {
        return new Link("trade:" + exporter + ">" + consignee, exporter, consignee, LinkGroup.TRADE, "EXPORTED",
                details, sources);
    }

    String otherEnd(String id) {
        return id.equals(startId) ? endId : startId;
    }
}
