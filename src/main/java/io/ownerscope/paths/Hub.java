package io.ownerscope.paths;

/**
 * A node of very high degree (a mass-registration address, a nominee director, a big logistics firm) that the hub
 * guard did not go through.
 *
 * @param kind {@code entity} or {@code address}
 * @param degree parties linked to it (for an address, the entities registered there); trading partners are counted up
 *               to the hub threshold, so for a big trader this is a lower bound
 */
public record Hub(String id, String name, String kind, long degree) {
}
