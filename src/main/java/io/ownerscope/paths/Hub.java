package io.ownerscope.paths;

/**
 * A node of very high degree (a mass-registration address, a nominee director, a big logistics firm) that the hub
 * guard did not go through.
 *
 * @param kind {@code entity} or {@code address}
 * @param degree parties linked to it (for an address, the entities registered there)
 */
public record Hub(String id, String name, String kind, long degree) {
}
