package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads candidate chains and the consignees' links to designated parties, in one read transaction per search. */
@Repository
class ChainsRepository {

    private static final String ENTITY_EXISTS = Cypher.load("chains/entity-exists.cypher");
    private static final String INTERMEDIARIES = Cypher.load("chains/intermediaries.cypher");
    private static final String INTERMEDIARIES_OF_SUPPLIER = Cypher.load("chains/intermediaries-of-supplier.cypher");
    private static final String LEGS = Cypher.load("chains/legs.cypher");
    private static final String LINKS = Cypher.load("chains/links.cypher");

    /** What one search read; {@code truncated} when a cap on intermediaries or candidate chains was reached. */
    record Candidates(List<ChainFacts.Legs> legs, Map<String, List<ChainFacts.Link>> linksByConsignee,
            boolean truncated) {
    }

    private final Graph graph;
    private final ChainsSettings settings;

    ChainsRepository(Graph graph, ChainsSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    Candidates candidates(ChainCriteria criteria) {
        return graph.read(tx -> {
            requireEntity(tx, "supplier", criteria.supplierId());
            requireEntity(tx, "intermediary", criteria.intermediaryId());
            var intermediaries = intermediaries(tx, criteria);
            var legs = legs(tx, criteria, intermediaries);
            var consignees = new LinkedHashSet<String>();
            legs.forEach(l -> consignees.add(l.consignee().id()));
            var links = links(tx, criteria, List.copyOf(consignees));
            boolean truncated = intermediaries.size() >= settings.maxIntermediaries()
                    || legs.size() >= settings.maxChains();
            return new Candidates(legs, links, truncated);
        });
    }

    private static void requireEntity(TransactionContext tx, String role, String id) {
        if (id != null && !tx.run(ENTITY_EXISTS, Map.of("id", id)).single().get("exists").asBoolean()) {
            throw new NotFoundException("No " + role + " with id '" + id + "'");
        }
    }

    private List<String> intermediaries(TransactionContext tx, ChainCriteria criteria) {
        if (criteria.intermediaryId() != null) {
            return List.of(criteria.intermediaryId());
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("intermediaryCountries", criteria.intermediaryCountries());
        parameters.put("destinationCountries", criteria.destinationCountries());
        parameters.put("maxIntermediaries", settings.maxIntermediaries());
        parameters.put("supplierId", criteria.supplierId());
        var query = criteria.supplierId() != null ? INTERMEDIARIES_OF_SUPPLIER : INTERMEDIARIES;
        return tx.run(query, parameters).list(r -> r.get("id").asString());
    }

    private List<ChainFacts.Legs> legs(TransactionContext tx, ChainCriteria criteria, List<String> intermediaries) {
        if (intermediaries.isEmpty()) {
            return List.of();
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("intermediaryIds", intermediaries);
        parameters.put("destinationCountries", criteria.destinationCountries());
        parameters.put("supplierId", criteria.supplierId());
        parameters.put("from", criteria.from());
        parameters.put("to", criteria.to());
        parameters.put("hsPrefixes", criteria.hsPrefixes());
        parameters.put("tiers", criteria.tiers());
        parameters.put("maxChains", settings.maxChains());
        return tx.run(LEGS, parameters).list(r -> new ChainFacts.Legs(party(r.get("supplier")),
                party(r.get("intermediary")), party(r.get("consignee")), shipments(r.get("inbound")),
                shipments(r.get("outbound")), shipments(r.get("direct"))));
    }

    private Map<String, List<ChainFacts.Link>> links(TransactionContext tx, ChainCriteria criteria,
            List<String> consignees) {
        var byConsignee = new HashMap<String, List<ChainFacts.Link>>();
        if (consignees.isEmpty()) {
            return byConsignee;
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("consigneeIds", consignees);
        parameters.put("asOf", criteria.asOf());
        parameters.put("maxHops", settings.maxLinkHops());
        parameters.put("maxPaths", settings.maxPathsPerConsignee());
        parameters.put("hubDegree", settings.hubDegree());
        parameters.put("authorities", criteria.authorities());
        parameters.put("regime", criteria.regime());
        tx.run(LINKS, parameters).forEachRemaining(r -> {
            var link = new ChainFacts.Link(r.get("consigneeId").asString(), party(r.get("party")),
                    ChainFacts.Kind.of(r.get("kind").asString()), r.get("hops").asList(ChainsRepository::hop),
                    r.get("listings").asList(ChainsRepository::listing), r.get("marks").asList(ChainsRepository::mark));
            byConsignee.computeIfAbsent(link.consigneeId(), id -> new ArrayList<>()).add(link);
        });
        return byConsignee;
    }

    private static ChainFacts.Party party(Value v) {
        return new ChainFacts.Party(v.get("id").asString(), string(v, "name"), string(v, "country"),
                date(v, "incorporationDate"), ChainFacts.source(string(v, "dataset"), string(v, "recordId")),
                string(v, "sourceUrl"));
    }

    private static List<ChainFacts.Shipment> shipments(Value list) {
        return list.asList(v -> new ChainFacts.Shipment(v.get("id").asString(), date(v, "date"), string(v, "hsCode"),
                string(v, "hs6"), string(v, "chplTier"), number(v, "valueUsd"), string(v, "description"),
                ChainFacts.source(string(v, "dataset"), string(v, "recordId")), string(v, "sourceUrl")));
    }

    private static ChainFacts.Hop hop(Value v) {
        return new ChainFacts.Hop(string(v, "type"), string(v, "from"), string(v, "fromName"), string(v, "to"),
                string(v, "toName"), number(v, "share"), number(v, "shareMin"), number(v, "shareMax"),
                string(v, "interestType"), string(v, "role"), date(v, "startDate"), date(v, "endDate"),
                ChainFacts.source(string(v, "dataset"), string(v, "recordId")));
    }

    private static ChainFacts.Listing listing(Value v) {
        return new ChainFacts.Listing(string(v, "authority"), string(v, "program"), date(v, "listedOn"),
                ChainFacts.source(string(v, "dataset"), string(v, "recordId")));
    }

    private static ChainFacts.Mark mark(Value v) {
        return new ChainFacts.Mark(string(v, "regime"), v.get("possibly").asBoolean(false), date(v, "asOf"),
                number(v, "aggregateShareMin"), strings(v, "contributors"), strings(v, "contributorRecords"));
    }

    private static String string(Value v, String key) {
        var value = v.get(key);
        return value.isNull() ? null : value.asString();
    }

    private static LocalDate date(Value v, String key) {
        var value = v.get(key);
        return value.isNull() ? null : value.asLocalDate();
    }

    private static Double number(Value v, String key) {
        var value = v.get(key);
        return value.isNull() ? null : value.asDouble();
    }

    private static List<String> strings(Value v, String key) {
        var value = v.get(key);
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
