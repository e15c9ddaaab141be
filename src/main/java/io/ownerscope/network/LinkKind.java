package io.ownerscope.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of edge a subgraph draws, named as the graph stores them: the relationships a source states between
 * parties and addresses, identity links, listings ({@code TARGETS}: a Sanction node to the party it lists) and
 * {@code TRADE}, the shipments one party sent another aggregated into one edge per direction.
 */
enum LinkKind {
    OWNS, CONTROLS, DIRECTOR_OF, FAMILY_OF, ASSOCIATE_OF, REGISTERED_AT, SAME_AS, TARGETS, TRADE;

    static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /**
     * The kinds named in a comma-separated list, in the order of the enum; every kind for a blank list.
     *
     * @throws IllegalArgumentException with the first unknown name
     */
    static List<String> parse(String list) {
        if (list == null || list.isBlank()) {
            return NAMES;
        }
        var chosen = new ArrayList<LinkKind>();
        for (var name : list.split(",")) {
            var stripped = name.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            try {
                chosen.add(valueOf(stripped.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(stripped, e);
            }
        }
        return chosen.stream().distinct().sorted().map(Enum::name).toList();
    }
}
