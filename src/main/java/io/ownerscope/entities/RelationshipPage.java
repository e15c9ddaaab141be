package io.ownerscope.entities;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of an entity's relationships of some types, either way.
 *
 * @param total how many relationships of these types the entity has
 * @param truncated true when more follow this page
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record RelationshipPage(String id, List<String> types, long total, int limit, int offset, boolean truncated,
        List<EntityDetails.RelationshipView> relationships) {
}
