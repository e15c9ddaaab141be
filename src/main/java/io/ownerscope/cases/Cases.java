package io.ownerscope.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Investigations saved from the web UI's canvas as {@code Case} nodes of the graph: what is on the canvas, where,
 * and the investigator's notes, with who made and changed each case. A case names entities by id; it holds no
 * copy of their data, so reopening it reads the graph as it is.
 */
@Service
class Cases {

    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 20_000;
    static final int MAX_ENTITIES = 500;
    static final int MAX_ENTITY_NOTE = 2_000;
    static final int MAX_LISTED = 1_000;

    private static final String CREATE = Cypher.load("cases/create-case.cypher");
    private static final String FIND = Cypher.load("cases/find-case.cypher");
    private static final String LIST = Cypher.load("cases/list-cases.cypher");
    private static final String UPDATE = Cypher.load("cases/update-case.cypher");
    private static final String DELETE = Cypher.load("cases/delete-case.cypher");
    private static final String OWNER = Cypher.load("cases/case-owner.cypher");
    private static final String MISSING = Cypher.load("cases/missing-entities.cypher");

    private final Graph graph;

    Cases(Graph graph) {
        this.graph = graph;
    }

    List<CaseSummary> list() {
        return graph.read(tx -> tx.run(LIST, Map.of("limit", MAX_LISTED)).list(r -> new CaseSummary(
                r.get("id").asString(), r.get("name").asString(), text(r.get("asOf")), r.get("entityCount").asLong(),
                text(r.get("createdBy")), text(r.get("createdAt")), text(r.get("updatedBy")),
                text(r.get("updatedAt")))));
    }

    CaseView find(String id) {
        var found = graph.read(tx -> tx.run(FIND, Map.of("id", id)).list());
        if (found.isEmpty()) {
            throw new NotFoundException("no case '" + id + "'");
        }
        return view(found.getFirst());
    }

    CaseView create(CaseRequest request, String actor) {
        var parameters = parameters(request, actor);
        var id = UUID.randomUUID().toString();
        parameters.put("id", id);
        graph.write(tx -> tx.run(CREATE, parameters).consume());
        return find(id);
    }

    CaseView replace(String id, CaseRequest request, String actor) {
        var parameters = parameters(request, actor);
        parameters.put("id", id);
        var changed = graph.write(tx -> tx.run(UPDATE, parameters).list());
        if (changed.isEmpty()) {
            throw new NotFoundException("no case '" + id + "'");
        }
        return find(id);
    }

    /** Removes a case: its maker or an admin may. */
    void delete(String id, String actor, boolean admin) {
        var owner = graph.read(tx -> tx.run(OWNER, Map.of("id", id)).list());
        if (owner.isEmpty()) {
            throw new NotFoundException("no case '" + id + "'");
        }
        if (!admin && !actor.equals(text(owner.getFirst().get("createdBy")))) {
            throw new ForbiddenException("case '" + id + "' was made by " + text(owner.getFirst().get("createdBy"))
                    + "; only its maker or an admin may delete it");
        }
        graph.write(tx -> tx.run(DELETE, Map.of("id", id)).consume());
    }

    private Map<String, Object> parameters(CaseRequest request, String actor) {
        var ids = new ArrayList<String>();
        var xs = new ArrayList<Double>();
        var ys = new ArrayList<Double>();
        var notes = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (int i = 0; i < request.entities().size(); i++) {
            var placed = request.entities().get(i);
            if (!seen.add(placed.id())) {
                throw new BadRequestException("entities[" + i + "].id: " + placed.id() + " is on the canvas twice");
            }
            if (!Double.isFinite(placed.x()) || !Double.isFinite(placed.y())) {
                throw new BadRequestException("entities[" + i + "]: x and y must be finite numbers");
            }
            ids.add(placed.id());
            xs.add(placed.x());
            ys.add(placed.y());
            notes.add(placed.note() == null ? "" : placed.note());
        }
        var missing = graph.read(tx -> tx.run(MISSING, Map.of("ids", ids)).single().get("missing")
                .asList(Value::asString));
        if (!missing.isEmpty()) {
            throw new BadRequestException("entities: no entity has the id " + String.join(", ", missing));
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("name", request.name().strip());
        parameters.put("asOf", request.asOf());
        parameters.put("notes", request.notes() == null || request.notes().isBlank() ? null : request.notes());
        parameters.put("entityIds", ids);
        parameters.put("xs", xs);
        parameters.put("ys", ys);
        parameters.put("entityNotes", notes);
        parameters.put("actor", actor);
        return parameters;
    }

    private static CaseView view(Record r) {
        var ids = r.get("entityIds").asList(Value::asString);
        var xs = r.get("xs").asList(Value::asDouble);
        var ys = r.get("ys").asList(Value::asDouble);
        var notes = r.get("entityNotes").asList(Value::asString);
        var entities = new ArrayList<CaseView.Placed>();
        for (int i = 0; i < ids.size(); i++) {
            entities.add(new CaseView.Placed(ids.get(i), xs.get(i), ys.get(i),
                    notes.get(i).isEmpty() ? null : notes.get(i)));
        }
        return new CaseView(r.get("id").asString(), r.get("name").asString(), text(r.get("asOf")),
                text(r.get("notes")), entities, text(r.get("createdBy")), text(r.get("createdAt")),
                text(r.get("updatedBy")), text(r.get("updatedAt")));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
