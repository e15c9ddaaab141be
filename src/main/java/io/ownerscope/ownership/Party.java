package io.ownerscope.ownership;

import java.util.List;

/**
 * A node of an ownership network as answers show it.
 *
 * @param members when several records are one party (identity links), the ids of all of them, this one included;
 *     empty otherwise
 */
record Party(String id, String name, List<String> labels, String country, List<String> members) {

    Party {
        members = members == null ? List.of() : List.copyOf(members);
    }

    Party(String id, String name, List<String> labels, String country) {
        this(id, name, labels, country, List.of());
    }

    static Party unknown(String id) {
        return new Party(id, null, List.of(), null);
    }

    Party withMembers(List<String> members) {
        return new Party(id, name, labels, country, members.size() > 1 ? members : List.of());
    }
}
