package io.ownerscope.network;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the subgraph the graph canvas and the exports read ({@code ownerscope.network.*}).
 *
 * @param maxNodes the most nodes one subgraph holds; a neighbourhood with more is cut and marked truncated
 * @param maxIds the most entities one request may start from
 * @param defaultHops hops from the entities asked for when the request names none
 * @param maxHops the most hops a request may ask for
 * @param defaultHubLimit a node with more links of one kind than this is a hub for that kind: those links are counted,
 *                        not expanded, unless the request names another limit
 * @param maxHubLimit the highest hub limit a request may ask for
 * @param sourcesShown the shipments whose sources one trade edge lists (latest first; all are counted)
 * @param russiaCountries countries whose nodes are marked {@code russian}
 */
@ConfigurationProperties("ownerscope.network")
record NetworkSettings(
        @DefaultValue("500") int maxNodes,
        @DefaultValue("50") int maxIds,
        @DefaultValue("1") int defaultHops,
        @DefaultValue("3") int maxHops,
        @DefaultValue("25") int defaultHubLimit,
        @DefaultValue("1000") int maxHubLimit,
        @DefaultValue("20") int sourcesShown,
        @DefaultValue("RU") List<String> russiaCountries) {

    NetworkSettings {
        if (maxNodes < 1) {
            throw new IllegalArgumentException("ownerscope.network.max-nodes must be 1 or more");
        }
        russiaCountries = upper(russiaCountries);
    }

    private static List<String> upper(List<String> codes) {
        return codes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
    }
}
