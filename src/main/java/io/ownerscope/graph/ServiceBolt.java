package io.ownerscope.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Bolt connector of a service running on an embedded store, as the service leaves it beside the store
 * ({@code <store>/bolt-address}, removed at a clean stop), so that a command on the same store logs in to it
 * instead of failing on the store's lock.
 */
public record ServiceBolt(URI uri, String user, String password) {

    static final String ADDRESS_FILE = "bolt-address";
    private static final int PROBE_TIMEOUT_MILLIS = 1000;

    /**
     * The running service's Bolt, when a service left its address beside the store and that address answers; empty
     * otherwise (a service that crashed leaves a stale address behind, which is ignored).
     *
     * @param configuredPassword {@code ownerscope.embedded.password}, used when the store keeps no password
     */
    public static Optional<ServiceBolt> on(Path storePath, String configuredPassword) {
        var store = storePath.toAbsolutePath().normalize();
        var addressFile = store.resolve(ADDRESS_FILE);
        if (!Files.isRegularFile(addressFile)) {
            return Optional.empty();
        }
        try {
            var uri = URI.create(Files.readString(addressFile, StandardCharsets.UTF_8).strip());
            if (!answers(uri)) {
                return Optional.empty();
            }
            var passwordFile = store.resolve(BoltCredentials.PASSWORD_FILE);
            var password = Files.isRegularFile(passwordFile)
                    ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip() : configuredPassword;
            return Optional.of(new ServiceBolt(uri, BoltCredentials.USER, password));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the running service's Bolt address from " + addressFile, e);
        }
    }

    /** The settings that point the driver at this connector instead of starting the embedded store. */
    public List<String> settings() {
        return List.of("--spring.neo4j.uri=" + uri,
                "--spring.neo4j.authentication.username=" + user,
                "--spring.neo4j.authentication.password=" + password);
    }

    static void record(Path storePath, URI boltUri) {
        var file = storePath.resolve(ADDRESS_FILE);
        try {
            Files.writeString(file, boltUri + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the Bolt address in " + file, e);
        }
    }

    static void forget(Path storePath) {
        try {
            Files.deleteIfExists(storePath.resolve(ADDRESS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + storePath.resolve(ADDRESS_FILE), e);
        }
    }

    /**
     * Whether the recorded connector answers. The store's lock file is not tried: on Linux a process that opens and
     * closes it drops every lock it holds on the file, the running store's own when the service runs in this JVM.
     */
    private static boolean answers(URI uri) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ServiceBolt[uri=" + uri + ", user=" + user + ", password=(hidden)]";
    }
}
