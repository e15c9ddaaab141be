package io.ownerscope.queries;

import java.util.Set;

/**
 * The procedures and namespaced functions a saved query may call; any other is refused. A procedure or a plug-in's
 * function can read files, fetch URLs, change settings or reach other databases, and a read-only plan does not
 * show it, so only these few, which read the graph's own catalog and indexes, are let through. Functions without a
 * namespace are Cypher's own and always allowed (Neo4j puts no plug-in function there).
 */
final class AllowedCalls {

    /** Procedures, by full name: the graph's labels, types and keys, and its full-text indexes. */
    static final Set<String> PROCEDURES = Set.of(
            "db.labels",
            "db.relationshipTypes",
            "db.propertyKeys",
            "db.index.fulltext.queryNodes",
            "db.index.fulltext.queryRelationships");

    /** Namespaces of Cypher's own functions: dates and durations, points, vector similarity. */
    static final Set<String> FUNCTION_NAMESPACES = Set.of(
            "date", "datetime", "localdatetime", "localtime", "time", "duration",
            "point",
            "vector.similarity");

    private AllowedCalls() {
    }

    static boolean procedure(String name) {
        return PROCEDURES.contains(name);
    }

    static boolean function(String name) {
        var dot = name.lastIndexOf('.');
        return dot < 0 || FUNCTION_NAMESPACES.contains(name.substring(0, dot).toLowerCase(java.util.Locale.ROOT));
    }
}
