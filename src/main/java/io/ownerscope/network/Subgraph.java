package io.ownerscope.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The nodes around some entities and the edges between them, as the graph canvas draws them and the exports write
 * them.
 *
 * @param collapsed the links of hubs that were counted, not expanded
 * @param truncated whether the node cap cut the neighbourhood short
 */
@Schema(name = "Graph")
record Subgraph(List<Node> nodes, List<Edge> edges, List<Collapsed> collapsed, boolean truncated) {

    /**
     * A party, an address or a listing.
     *
     * @param type the node's label as stored: Company, Person, Organization, Address, Sanction, ...
     * @param name a party's name, an address's full text, a listing's authority and program
     * @param datasets the datasets of the node's record and of the listings that name it
     * @param listed whether a listing in force on the day asked for (today when none) names the party
     * @param derived whether a derived designation marks the party (owned or controlled by designated parties)
     * @param russian whether the node's country is Russia
     * @param transshipment whether the node's country is a transshipment point the alerts name
     * @param sources the provenance of the node's record
     * @param facts further facts the exports write (identifiers, dates, an address's text, a listing's program)
     */
    @Schema(name = "GraphNode")
    record Node(String id, String name, String type, String country, List<String> datasets, boolean listed,
            boolean derived, boolean russian, boolean transshipment, List<Map<String, Object>> sources,
            @JsonIgnore Map<String, Object> facts) {
    }

    /**
     * A link between two nodes: one stored relationship, or the shipments one party sent another (TRADE).
     *
     * @param source the node the link points from (owner, director, registered party, listing, exporter)
     * @param target the node it points to
     * @param kind as stored: OWNS, CONTROLS, DIRECTOR_OF, FAMILY_OF, ASSOCIATE_OF, REGISTERED_AT, SAME_AS, TARGETS,
     *             or TRADE
     * @param label what the link says, in a few words: "80%", "director", "12 shipments, HS 8542, USD 1,234.00"
     * @param share the percentage owned (OWNS), when stated
     * @param startDate when the link began (a listing: its date; trade: the first shipment)
     * @param endDate when it ended (a delisting; trade: the last shipment)
     * @param hsCodes the HS codes shipped (TRADE)
     * @param value the shipments' total value in USD, rounded to cents (TRADE)
     * @param shipments how many shipments (TRADE)
     * @param sources the provenance of the records the link rests on (TRADE: of the latest shipments only)
     * @param facts further facts the exports write (share range, role, interest type, identity scheme)
     */
    @Schema(name = "GraphEdge")
    record Edge(String id, String source, String target, String kind, String label, Double share, Object startDate,
            Object endDate, List<String> hsCodes, BigDecimal value, Long shipments, List<Map<String, Object>> sources,
            @JsonIgnore Map<String, Object> facts) {
    }

    /**
     * The links of one kind of a hub, counted but not drawn.
     *
     * @param id the hub node
     * @param count how many links of the kind it has
     */
    @Schema(name = "GraphCollapsed")
    record Collapsed(String id, String kind, long count) {
    }
}
