package io.ownerscope.testing;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SanctionRow;
import io.ownerscope.loading.ShipmentRow;

/** Keeps what a reader sends, in the order it sends it, for reader tests that need no graph. */
public final class CollectingRowSink implements RowSink {

    public final List<EntitiesFileRow> entities = new ArrayList<>();
    public final List<RelationshipRow> relationships = new ArrayList<>();
    public final List<SanctionRow> sanctions = new ArrayList<>();
    public final List<ShipmentRow> shipments = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    /** The kinds of batches received, in order: entities, relationships, sanctions, shipments. */
    public final List<String> order = new ArrayList<>();

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
