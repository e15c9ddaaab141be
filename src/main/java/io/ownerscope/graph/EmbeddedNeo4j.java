package io.ownerscope.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable only through its loopback Bolt connector, so that the rest
 * of the code talks to it exactly as to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final EmbeddedSettings settings;
    private DatabaseManagementService service;
    private URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, EmbeddedSettings settings) {
        this.service = service;
        this.boltUri = boltUri;
        this.settings = settings;
    }

    public static EmbeddedNeo4j start(EmbeddedSettings settings) {
        var storePath = storePath(settings);
        var service = startService(storePath, settings, settings.boltPort());
        var embedded = new EmbeddedNeo4j(service, boltUri(service), settings);
        if (settings.authenticationEnabled()) {
            embedded.setPassword(settings.password());
        }
        LOG.info("Embedded Neo4j started: store {}, Bolt {}", storePath, embedded.boltUri);
        return embedded;
    }

    /**
     * Stops the database management system, lets {@code work} change the store offline (e.g. Neo4j's importer
     * writing the default database), and starts it again on the same Bolt address.
     *
     * @param work given the store's home directory, the one {@code neo4j-admin} calls NEO4J_HOME
     */
    public synchronized void whileStopped(java.util.function.Consumer<Path> work) {
        var storePath = storePath(settings);
        service.shutdown();
        LOG.info("Embedded Neo4j stopped for offline work on {}", storePath);
        try {
            work.accept(storePath);
        } finally {
            service = startService(storePath, settings, boltUri.getPort());
            boltUri = boltUri(service);
            LOG.info("Embedded Neo4j started again: store {}, Bolt {}", storePath, boltUri);
        }
    }

    /** The store's home directory: databases live under {@code data/databases}, transaction logs beside them. */
    public Path storeHome() {
        return storePath(settings);
    }

    private static Path storePath(EmbeddedSettings settings) {
        return settings.storePath().toAbsolutePath().normalize();
    }

    private static URI boltUri(DatabaseManagementService service) {
        var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
    }

    private static DatabaseManagementService startService(Path storePath, EmbeddedSettings settings, int port) {
        Map<Setting<?>, Object> config = Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                GraphDatabaseSettings.auth_enabled, settings.authenticationEnabled(),
                // Bolt's defaults wait several seconds for idle pools on shutdown; nothing is pending by then.
                BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100),
                BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100),
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO,
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));
        try {
            return new DatabaseManagementServiceBuilder(storePath).setConfig(config).build();
        } catch (RuntimeException e) {
            if (isStoreLocked(e)) {
                throw new EmbeddedStoreLockedException(storePath, port, e);
            }
            throw e;
        }
    }

    public synchronized URI boltUri() {
        return boltUri;
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    private void setPassword(String password) {
        var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set: then it is set, which is all we want.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static boolean isStoreLocked(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            var message = String.valueOf(cause.getMessage()).toLowerCase();
            if (cause.getClass().getSimpleName().contains("FileLockException") || message.contains("lock")
                    && (message.contains("store") || message.contains("file"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        service.shutdown();
        LOG.info("Embedded Neo4j stopped");
    }
}
