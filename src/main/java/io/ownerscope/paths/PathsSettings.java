package io.ownerscope.paths;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the path and exposure searches.
 *
 * @param hubDegree entities linked to this many parties or more, and addresses with this many registrations or more,
 *                  are hubs: not gone through unless asked
 * @param defaultK paths returned when the request names no {@code k}
 * @param maxK the most paths one request may ask for
 * @param defaultMaxHops hop cap of a path search when the request names none
 * @param maxHops the highest hop cap a path search may ask for (at most 10)
 * @param exposureDefaultMaxHops hop cap of an exposure search when the request names none
 * @param exposureMaxHops the highest hop cap an exposure search may ask for
 * @param exposureMaxResults the most designated parties one exposure answer lists
 * @param exposurePathsShown paths shown per designated party, strongest first
 * @param exposureExtraHops levels an exposure search reads after the one that reaches the nearest listed party
 *                          (unless the request asks for every level)
 * @param maxNodes the most entities one search reaches before it stops and says it was truncated
 * @param indexTimeout time limit of each transaction of an exposure index refresh (it reads the whole graph)
 * @param exposureInMemory whether the links, hubs and designations an index refresh reads are kept in memory, for
 *                         exposure searches to read their levels there instead of from the graph
 */
@ConfigurationProperties("ownerscope.paths")
record PathsSettings(
        @DefaultValue("200") int hubDegree,
        @DefaultValue("3") int defaultK,
        @DefaultValue("10") int maxK,
        @DefaultValue("6") int defaultMaxHops,
        @DefaultValue("10") int maxHops,
        @DefaultValue("4") int exposureDefaultMaxHops,
        @DefaultValue("6") int exposureMaxHops,
        @DefaultValue("50") int exposureMaxResults,
        @DefaultValue("3") int exposurePathsShown,
        @DefaultValue("1") int exposureExtraHops,
        @DefaultValue("20000") int maxNodes,
        @DefaultValue("10m") Duration indexTimeout,
        @DefaultValue("true") boolean exposureInMemory) {

    /** The hard bound of any search, whatever the configuration says. */
    static final int HOP_LIMIT = 10;

    PathsSettings {
        maxHops = Math.min(maxHops, HOP_LIMIT);
        exposureMaxHops = Math.min(exposureMaxHops, HOP_LIMIT);
    }
}
