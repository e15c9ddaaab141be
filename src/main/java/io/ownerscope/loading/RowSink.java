package io.ownerscope.loading;

import java.util.List;

/** Where readers send what they read; the engine writes the rows in batches and records the rejects. */
public interface RowSink {

    /** The file the rows that follow come from, named in their rejects; a load of a single file need not say. */
    default void source(String file) {
    }

    void entities(List<EntitiesFileRow> rows);

    void relationships(List<RelationshipRow> rows);

    void sanctions(List<SanctionRow> rows);

    void shipments(List<ShipmentRow> rows);

    void reject(Reject reject);

    void warn(String warning);

    /** Waits until every row handed over so far is written; a reader calls it before it reads or writes the graph. */
    default void flush() {
    }
}
