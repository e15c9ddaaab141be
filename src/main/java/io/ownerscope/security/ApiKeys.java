package io.ownerscope.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.NotFoundException;

/**
 * API keys for automation: a name, a role, an optional expiry. A key is 32 random bytes shown once, at creation;
 * the store keeps its SHA-256 digest only (a key carries 256 bits of chance, so a fast digest is as safe as a slow
 * password hash and lets every request find its key by an index). A revoked or expired key is refused at the
 * next request.
 */
public class ApiKeys {

    static final String PREFIX = "osk_";
    private static final String CREATE = Cypher.load("security/create-key.cypher");
    private static final String SEED = Cypher.load("security/seed-key.cypher");
    private static final String FIND = Cypher.load("security/find-key.cypher");
    private static final String LIST = Cypher.load("security/list-keys.cypher");
    private static final String REVOKE = Cypher.load("security/revoke-key.cypher");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as the store knows it, without its secret. */
    record Key(String id, String name, Role role) {
    }

    private final Graph graph;

    ApiKeys(Graph graph) {
        this.graph = graph;
    }

    /** Creates a key; the answer holds the secret under {@code key}, the only time it is shown. */
    public Map<String, Object> create(String name, Role role, OffsetDateTime expiresAt, String actor) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BadRequestException("name: must be 1 to 100 characters");
        }
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
            throw new BadRequestException("expiresAt '" + expiresAt + "' is not allowed; it must lie in the future");
        }
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        var parameters = new HashMap<String, Object>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("name", name.strip());
        parameters.put("role", role.label());
        parameters.put("hash", digest(secret));
        parameters.put("expiresAt", expiresAt);
        parameters.put("actor", actor);
        var created = new java.util.LinkedHashMap<>(graph.write(tx -> tx.run(CREATE, parameters).single().asMap()));
        created.put("key", secret);
        return created;
    }

    /** Keeps the key of a setting as an admin key, revoking one seeded from an earlier value. */
    void seed(String secret) {
        graph.write(tx -> tx.run(SEED, Map.of("hash", digest(secret), "id", UUID.randomUUID().toString(), "name",
                "ownerscope.security.admin-key")).consume());
    }

    /** The live key with this secret: not revoked, not expired. */
    Optional<Key> find(String secret) {
        var hash = digest(secret);
        return graph.read(tx -> tx.run(FIND, Map.of("hash", hash)).list()).stream().findFirst()
                .map(r -> new Key(r.get("id").asString(), r.get("name").asString(),
                        Role.parse(r.get("role").asString())));
    }

    public List<Map<String, Object>> list(boolean includeRevoked) {
        return graph.read(tx -> tx.run(LIST, Map.of("includeRevoked", includeRevoked)).list(r -> r.asMap()));
    }

    public Map<String, Object> revoke(String id) {
        var revoked = graph.write(tx -> tx.run(REVOKE, Map.of("id", id)).list(r -> r.asMap()));
        if (revoked.isEmpty()) {
            throw new NotFoundException("no API key '" + id + "'");
        }
        return revoked.getFirst();
    }

    private static byte[] randomBytes() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
