package io.ownerscope.paths;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of link an investigator follows between two parties, in order of strength: how much one party's
 * designation says about the other. Identity first (the same party in two sources), then ownership and control,
 * directorship, family and associates, trade, and last a shared address.
 */
enum LinkGroup {
    IDENTITY(7, "SAME_AS"),
    OWNERSHIP(6, "OWNS"),
    CONTROL(5, "CONTROLS"),
    DIRECTORSHIP(4, "DIRECTOR_OF"),
    FAMILY(3, "FAMILY_OF", "ASSOCIATE_OF"),
    TRADE(2, "EXPORTED", "CONSIGNED_TO"),
    ADDRESS(1, "REGISTERED_AT");

    private final int strength;
    private final List<String> relationshipTypes;

    LinkGroup(int strength, String... relationshipTypes) {
        this.strength = strength;
        this.relationshipTypes = List.of(relationshipTypes);
    }

    /** Higher is stronger; a path is as strong as its weakest step. */
    int strength() {
        return strength;
    }

    List<String> relationshipTypes() {
        return relationshipTypes;
    }

    /** The name used in the API ({@code types=ownership,trade}). */
    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LinkGroup ofRelationshipType(String type) {
        return Arrays.stream(values()).filter(g -> g.relationshipTypes.contains(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no link group for relationship type " + type));
    }

    /**
     * The groups named in a comma-separated list, e.g. {@code ownership,control}; all groups for a blank list.
     *
     * @throws IllegalArgumentException naming the unknown group and the known ones
     */
    static List<LinkGroup> parse(String list) {
        if (list == null || list.isBlank()) {
            return List.of(values());
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(name -> {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown link type '" + name + "'; expected any of "
                        + Arrays.stream(values()).map(LinkGroup::apiName).collect(Collectors.joining(", ")));
            }
        }).distinct().sorted().toList();
    }
}
