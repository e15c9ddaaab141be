package io.ownerscope.paths;

import java.util.List;

/**
 * A party on a path: an entity with its labels (Company, Person, Organization), name, country and the sources
 * ({@code dataset:recordId}) that name it.
 */
public record PathNode(String id, List<String> labels, String name, String country, List<String> sources) {
}
