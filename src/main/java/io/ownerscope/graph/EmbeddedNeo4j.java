package io.ownerscope.graph;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable only through its loopback Bolt connector, so that the rest
 * of the code talks to it exactly as to a server. Bolt asks for a password, and Cypher may read neither files
 * ({@code LOAD CSV FROM 'file:...'}) nor URLs: every other process on the machine can reach the port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** The folder {@code LOAD CSV} would read {@code file:} URLs from, were they allowed: nothing outside it. */
    static final String IMPORT_FOLDER = "import";
    /** Cypher may fetch no URL at all: neither the internal network, nor the machine itself, nor the internet. */
    private static final List<IPAddressString> EVERY_ADDRESS =
            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"));

    private final EmbeddedSettings settings;
    private final BoltCredentials credentials;
    private DatabaseManagementService service;
    private URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, EmbeddedSettings settings,
            BoltCredentials credentials) {
        this.service = service;
        this.boltUri = boltUri;
        this.settings = settings;
        this.credentials = credentials;
    }

    public static EmbeddedNeo4j start(EmbeddedSettings settings) {
        var storePath = storePath(settings);
        checkUsable(storePath);
        var credentials = BoltCredentials.of(settings, storePath);
        InitialPassword.setIfNew(storePath, credentials.password());
        var service = startService(storePath, settings.boltPort());
        try {
            // a later start may bring a newly configured password
            setPassword(service, credentials.password());
            credentials.keep(storePath);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        var embedded = new EmbeddedNeo4j(service, boltUri(service), settings, credentials);
        ServiceBolt.record(storePath, embedded.boltUri);
        var passwordFile = storePath.resolve(BoltCredentials.PASSWORD_FILE);
        LOG.info("Embedded Neo4j started: store {}, Bolt {} (user {}, password {})", storePath, embedded.boltUri,
                credentials.user(), credentials.configured() ? "from ownerscope.embedded.password"
                        : "in " + passwordFile);
        if (credentials.generated()) {
            GeneratedPasswordNotice.print(System.err, credentials, embedded.boltUri, passwordFile);
        }
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
            service = startService(storePath, boltUri.getPort());
            boltUri = boltUri(service);
            ServiceBolt.record(storePath, boltUri);
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

    private static DatabaseManagementService startService(Path storePath, int port) {
        Map<Setting<?>, Object> config = new HashMap<>(Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                // Bolt's defaults wait several seconds for idle pools on shutdown; nothing is pending by then.
                BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100),
                BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100),
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO,
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1)));
        config.putAll(Map.of(
                GraphDatabaseSettings.auth_enabled, true,
                GraphDatabaseSettings.allow_file_urls, false,
                GraphDatabaseSettings.load_csv_file_url_root, storePath.resolve(IMPORT_FOLDER),
                GraphDatabaseInternalSettings.cypher_ip_blocklist, EVERY_ADDRESS));
        try {
            return new DatabaseManagementServiceBuilder(storePath).setConfig(config).build();
        } catch (RuntimeException e) {
            if (isPortInUse(e)) {
                throw new EmbeddedBoltPortInUseException(port, e);
            }
            if (isStoreLocked(e)) {
                throw new EmbeddedStoreLockedException(storePath, port, e);
            }
            throw e;
        }
    }

    /** The store's folder exists, or can be made, and this user may read and write it. */
    private static void checkUsable(Path storePath) {
        if (Files.exists(storePath) && !Files.isDirectory(storePath)) {
            throw new EmbeddedStoreUnusableException(storePath, "it is a file, not a folder", null);
        }
        try {
            Files.createDirectories(storePath);
        } catch (IOException e) {
            throw new EmbeddedStoreUnusableException(storePath, "the folder cannot be created (" + e + ")", e);
        }
        if (!Files.isReadable(storePath) || !Files.isWritable(storePath)) {
            throw new EmbeddedStoreUnusableException(storePath, "this user may not read and write it", null);
        }
    }

    private static boolean isPortInUse(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException || cause.getClass().getSimpleName().contains("PortBind")
                    || String.valueOf(cause.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    public synchronized URI boltUri() {
        return boltUri;
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    /** How a Bolt client logs in: user {@code neo4j} and the configured or generated password. */
    public AuthToken authToken() {
        return credentials.authToken();
    }

    private static void setPassword(DatabaseManagementService service, String password) {
        var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER " + BoltCredentials.USER
                    + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
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
        ServiceBolt.forget(storePath(settings));
        service.shutdown();
        LOG.info("Embedded Neo4j stopped");
    }
}
