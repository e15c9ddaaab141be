package io.ownerscope.ownership;

import java.util.List;

/** A node of an ownership network as answers show it. */
record Party(String id, String name, List<String> labels, String country) {

    static Party unknown(String id) {
        return new Party(id, null, List.of(), null);
    }
}
