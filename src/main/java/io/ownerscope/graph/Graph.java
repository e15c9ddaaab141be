package io.ownerscope.graph;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

/**
 * The one way code reaches Neo4j: managed transactions on the configured database, each with the configured
 * timeout; reads as read transactions so that a cluster (a {@code neo4j://} URI) routes them to followers or read
 * replicas and writes to the leader. On a cluster every session shares the driver's bookmark manager, so that a read
 * sees every write this process committed before it (a load's entities when its links are checked, a recompute's
 * marks when the exposure index reads them), even on a follower that has not applied them yet when it starts.
 */
public final class Graph {

    private final Driver driver;
    private final QuerySettings settings;
    private final TransactionConfig transactionConfig;
    private final SessionConfig sessionConfig;

    public Graph(Driver driver, QuerySettings settings) {
        this(driver, settings, false);
    }

    /**
     * @param causal whether reads wait for this process's earlier writes (bookmarks): for a cluster, where a read
     *        may go to a member that has not applied them yet; one server or the embedded store needs none
     */
    public Graph(Driver driver, QuerySettings settings, boolean causal) {
        this.driver = driver;
        this.settings = settings;
        this.transactionConfig = TransactionConfig.builder().withTimeout(settings.timeout()).build();
        var session = SessionConfig.builder().withDatabase(settings.database());
        this.sessionConfig = causal
                ? session.withBookmarkManager(driver.executableQueryBookmarkManager()).build() : session.build();
    }

    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(work, transactionConfig);
        }
    }

    /** A read with its own time limit, for batch work over the whole graph. */
    public <T> T read(TransactionCallback<T> work, java.time.Duration timeout) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /** A write with its own time limit, for batch work over the whole graph. */
    public <T> T write(TransactionCallback<T> work, java.time.Duration timeout) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeWrite(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeWrite(work, transactionConfig);
        }
    }

    /**
     * A write in one transaction that is not retried: a failure, transient or not, reaches the caller at once, for
     * work that retries in its own way (batches of a load that may deadlock with each other).
     */
    public <T> T writeOnce(Function<QueryRunner, T> work) {
        try (var session = driver.session(sessionConfig());
                var transaction = session.beginTransaction(transactionConfig)) {
            var result = work.apply(transaction);
            transaction.commit();
            return result;
        }
    }

    /** A schema statement (constraints, indexes) in its own write transaction. */
    public void writeSchema(String statement) {
        write(tx -> tx.run(statement, Map.of()).consume());
    }

    public QuerySettings settings() {
        return settings;
    }

    private SessionConfig sessionConfig() {
        return sessionConfig;
    }
}
