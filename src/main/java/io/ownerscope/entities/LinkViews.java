package io.ownerscope.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;

/** Turns the links the graph returns into the views the API shows. */
final class LinkViews {

    private static final Set<String> INTERNAL = Set.of("key", "id", "labels", "normalized");

    private LinkViews() {
    }

    static List<EntityDetails.RelationshipView> relationshipsOf(Value links) {
        return links.asList(Value::asMap).stream()
                .filter(link -> link.get("type") != null)
                .map(LinkViews::relationshipOf)
                .toList();
    }

    @SuppressWarnings("unchecked")
    static EntityDetails.RelationshipView relationshipOf(Map<String, Object> link) {
        var properties = (Map<String, Object>) link.get("properties");
        var other = (Map<String, Object>) link.get("other");
        var otherView = partyOf(other);
        otherView.putAll(Provenance.factsOf(other, Set.of("id", "labels", "name", "full", "aliases", "normalized",
                "matchKeys")));
        return new EntityDetails.RelationshipView((String) link.get("type"), (String) link.get("direction"),
                Provenance.factsOf(properties, INTERNAL), otherView, List.of(Provenance.sourceOf(properties)));
    }

    @SuppressWarnings("unchecked")
    static List<EntityDetails.SameAsView> sameAsOf(Value links) {
        return links.asList(Value::asMap).stream()
                .filter(link -> link.get("scheme") != null)
                .map(link -> {
                    var other = (Map<String, Object>) link.get("other");
                    var otherView = partyOf(other);
                    otherView.put("country", other.get("country"));
                    otherView.put("sources", List.of(Provenance.sourceOf(other)));
                    var properties = (Map<String, Object>) link.get("link");
                    // an analyst's join says whose decision it was, when and why; an identifier link, its value
                    var value = "decision".equals(link.get("scheme"))
                            ? "same entity, decided by " + properties.get("actor") + " on "
                                    + properties.get("decidedAt")
                                    + (properties.get("note") == null ? "" : ": " + properties.get("note"))
                            : (String) link.get("value");
                    return new EntityDetails.SameAsView((String) link.get("scheme"), value, Compact.of(otherView),
                            List.of(Provenance.sourceOf(properties)));
                })
                .toList();
    }

    /** Id, labels (but the shared {@code Entity}) and name, or an address's full text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> partyOf(Map<String, Object> other) {
        var view = new LinkedHashMap<String, Object>();
        view.put("id", other.get("id"));
        view.put("labels", ((List<String>) other.get("labels")).stream().filter(l -> !l.equals("Entity")).toList());
        view.put("name", other.get("name") != null ? other.get("name") : other.get("full"));
        return view;
    }
}
