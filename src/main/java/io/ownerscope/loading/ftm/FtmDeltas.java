package io.ownerscope.loading.ftm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;

/**
 * What the FollowTheMoney loader writes beyond the common rows: which FtM Sanctions make each listing, and the
 * withdrawals a yente delta file ({@code DEL}, or a {@code MOD} that moves a Sanction) asks for.
 */
final class FtmDeltas {

    private static final String CLAIM_SANCTIONS = Cypher.load("load/ftm-claim-sanctions.cypher");
    private static final String WITHDRAW_SANCTIONS = Cypher.load("load/ftm-withdraw-sanctions.cypher");
    private static final String DELETE_LINKS = Cypher.load("load/ftm-delete-links.cypher");
    private static final String DELETE_NODES = Cypher.load("load/ftm-delete-nodes.cypher");

    private final Graph graph;

    FtmDeltas(Graph graph) {
        this.graph = graph;
    }

    /** What a delta removed: nodes, links and listings; and nodes kept because another dataset states them. */
    record Removed(long nodes, long kept, long links, long listings) {
    }

    /** Records, on each listing of the dataset, the FtM Sanction ids that make it (FtM id → listing record id). */
    void claimSanctions(String dataset, Map<String, String> sanctionRecords) {
        if (sanctionRecords.isEmpty()) {
            return;
        }
        var rows = sanctionRecords.entrySet().stream()
                .map(e -> Map.<String, Object>of("ftmId", e.getKey(), "id", dataset + ":" + e.getValue())).toList();
        graph.write(tx -> tx.run(CLAIM_SANCTIONS, Map.of("rows", rows)).consume());
    }

    /**
     * Withdraws FtM Sanctions from the listings they no longer make.
     *
     * @param now FtM Sanction id → the record id of the listing it makes now; null or absent value when deleted
     */
    long withdrawSanctions(String dataset, Map<String, String> now) {
        if (now.isEmpty()) {
            return 0;
        }
        var ids = new HashMap<String, Object>();
        now.forEach((ftmId, record) -> ids.put(ftmId, record == null ? "" : dataset + ":" + record));
        return graph.write(tx -> tx.run(WITHDRAW_SANCTIONS, Map.of("dataset", dataset, "now", ids)).single()
                .get("removed").asLong());
    }

    /** Removes what the dataset wrote under the deleted FtM ids, links first, then listings, then nodes. */
    Removed delete(String dataset, List<String> ids) {
        if (ids.isEmpty()) {
            return new Removed(0, 0, 0, 0);
        }
        var keys = ids.stream().map(id -> dataset + ":" + id).toList();
        var links = graph.write(tx -> tx.run(DELETE_LINKS, Map.of("keys", keys)).single().get("removed").asLong());
        var deleted = new HashMap<String, String>();
        ids.forEach(id -> deleted.put(id, null));
        var listings = withdrawSanctions(dataset, deleted);
        var nodes = graph.write(tx -> tx.run(DELETE_NODES, Map.of("dataset", dataset, "ids", ids)).single());
        return new Removed(nodes.get("removed").asLong(), nodes.get("kept").asLong(), links, listings);
    }
}
