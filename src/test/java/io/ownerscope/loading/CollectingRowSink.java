package io.ownerscope.loading;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader sends, in the order it sends it, for reader tests that need no graph. */
final class CollectingRowSink implements RowSink {

    final List<EntitiesFileRow> entities = new ArrayList<>();
    final List<RelationshipRow> relationships = new ArrayList<>();
    final List<SanctionRow> sanctions = new ArrayList<>();
    final List<ShipmentRow> shipments = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** The kinds of batches received, in order: entities, relationships, sanctions, shipments. */
    final List<String> order = new ArrayList<>();

    @Override
    public void entities(List<EntitiesFileRow> rows) {
        order.add("entities");
        entities.addAll(rows);
    }

    @Override
    public void relationships(List<RelationshipRow> rows) {
        order.add("relationships");
        relationships.addAll(rows);
    }

    @Override
    public void sanctions(List<SanctionRow> rows) {
        order.add("sanctions");
        sanctions.addAll(rows);
    }

    @Override
    public void shipments(List<ShipmentRow> rows) {
        order.add("shipments");
        shipments.addAll(rows);
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
    }

    @Override
    public void warn(String warning) {
        warnings.add(warning);
    }
}
