package io.ownerscope.benchmark;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * The load a new user writes with the plain driver, for comparison: {@code UNWIND $rows ... MERGE} batches of
 * 10,000 on one uniqueness constraint, one transaction after another, no validation, no provenance. It writes the
 * deep-chain graph's rows under a label of its own and removes them afterwards, so the service is left as it was.
 */
final class PlainLoad {

    static final int BATCH = 10_000;

    /** As in a plain program whose debug log is off: no Bolt message is formatted for a log that drops it. */
    private static final Config QUIET = Config.builder().withLogging(Logging.slf4j()).build();

    private static final String CONSTRAINT = Cypher.load("benchmark/plain-company-constraint.cypher");
    private static final String MERGE_COMPANIES = Cypher.load("benchmark/plain-merge-companies.cypher");
    private static final String MERGE_OWNERSHIPS = Cypher.load("benchmark/plain-merge-ownerships.cypher");
    private static final String DELETE_BATCH = Cypher.load("benchmark/plain-delete-batch.cypher");
    private static final String DROP_CONSTRAINT = Cypher.load("benchmark/plain-drop-constraint.cypher");

    /** @param seconds from connecting to the last commit, the constraint included */
    record Result(double seconds, long companies, long ownerships) {
    }

    private final URI uri;
    private final String user;
    private final String password;
    private final String database;

    PlainLoad(URI uri, String user, String password, String database) {
        this.uri = uri;
        this.user = user;
        this.password = password;
        this.database = database;
    }

    Result load(DeepChainGraph graph) {
        long start = System.nanoTime();
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), QUIET);
                var session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWrite(tx -> tx.run(CONSTRAINT).consume());
            long companies = 0;
            var rows = new ArrayList<Map<String, Object>>(BATCH);
            for (int c = 0; c < graph.companies(); c++) {
                rows.add(Map.of("id", graph.id(c), "name", DeepChainGraph.name(c),
                        "country", DeepChainGraph.country(c)));
                if (rows.size() == BATCH) {
                    companies += write(session, MERGE_COMPANIES, rows);
                }
            }
            companies += write(session, MERGE_COMPANIES, rows);
            long[] ownerships = {0};
            graph.forEachOwnership(row -> {
                rows.add(Map.of("ownerId", row.ownerId(), "ownedId", row.ownedId(), "share", row.share()));
                if (rows.size() == BATCH) {
                    ownerships[0] += write(session, MERGE_OWNERSHIPS, rows);
                }
            });
            ownerships[0] += write(session, MERGE_OWNERSHIPS, rows);
            return new Result((System.nanoTime() - start) / 1e9, companies, ownerships[0]);
        }
    }

    /** Removes what {@link #load} wrote, and its constraint. */
    void remove() {
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), QUIET);
                var session = driver.session(SessionConfig.forDatabase(database))) {
            long deleted;
            do {
                deleted = session.executeWrite(tx -> tx.run(DELETE_BATCH).single().get("deleted").asLong());
            } while (deleted > 0);
            session.executeWrite(tx -> tx.run(DROP_CONSTRAINT).consume());
        }
    }

    private static long write(org.neo4j.driver.Session session, String statement, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        var batch = List.copyOf(rows);
        rows.clear();
        return session.executeWrite(tx -> tx.run(statement, Map.of("rows", batch)).single().get("written").asLong());
    }
}
