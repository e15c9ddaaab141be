package io.ownerscope.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import io.ownerscope.system.InvalidInput;
import io.ownerscope.system.InvalidInputException;

/**
 * A subgraph asked for: the nodes it starts from, how many hops around them, on which day (null: every link ever
 * stated), which kinds of link and the hub limit.
 */
record GraphRequest(List<String> ids, int hops, LocalDate asOf, List<String> kinds, int hubLimit) {

    /** The longest id accepted. */
    static final int ID_LENGTH = 500;

    GraphRequest {
        ids = List.copyOf(ids);
        kinds = List.copyOf(kinds);
    }

    /**
     * The request the parameters name, checked against the settings.
     *
     * @throws InvalidInputException naming each parameter refused, its value and what is allowed
     */
    static GraphRequest of(String ids, Integer hops, LocalDate asOf, String kinds, Integer hubLimit,
            NetworkSettings settings) {
        var refused = new ArrayList<InvalidInput>();
        var idList = ids(ids, settings.maxIds(), refused);
        int hopCount = bounded("hops", hops, settings.defaultHops(), 0, settings.maxHops(), refused);
        int limit = bounded("hubLimit", hubLimit, settings.defaultHubLimit(), 1, settings.maxHubLimit(), refused);
        List<String> kindList = List.of();
        try {
            kindList = LinkKind.parse(kinds);
            if (kindList.isEmpty()) {
                refused.add(InvalidInput.outOfRange("kinds", kinds, "one or more of " + allowedKinds()));
            }
        } catch (IllegalArgumentException e) {
            refused.add(InvalidInput.outOfRange("kinds", e.getMessage(), "one or more of " + allowedKinds()));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return new GraphRequest(idList, hopCount, asOf, kindList, limit);
    }

    static String allowedKinds() {
        return String.join(", ", LinkKind.NAMES);
    }

    private static List<String> ids(String ids, int maxIds, List<InvalidInput> refused) {
        var unique = new LinkedHashSet<String>();
        if (ids != null) {
            Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(unique::add);
        }
        var allowed = "1 to " + maxIds + " comma-separated entity ids, each at most " + ID_LENGTH + " characters";
        if (unique.isEmpty() || unique.size() > maxIds || unique.stream().anyMatch(id -> id.length() > ID_LENGTH)) {
            refused.add(InvalidInput.outOfRange("ids", ids == null ? "" : ids, allowed));
        }
        return List.copyOf(unique);
    }

    private static int bounded(String name, Integer value, int defaultValue, int min, int max,
            List<InvalidInput> refused) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            refused.add(InvalidInput.outOfRange(name, value, "between " + min + " and " + max));
        }
        return value;
    }
}
