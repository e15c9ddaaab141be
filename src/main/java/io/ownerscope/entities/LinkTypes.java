package io.ownerscope.entities;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.ownerscope.loading.RelationshipType;

/** Which links the entity view lists in full, which it pages, and which are not links of the entity at all. */
final class LinkTypes {

    /** Ownership, control, directors, addresses and family: listed in full in the view, with their sources. */
    static final List<String> STRONG = List.of("OWNS", "CONTROLS", "DIRECTOR_OF", "REGISTERED_AT", "FAMILY_OF");

    /** What the relationships endpoint pages: every type a source states, identity links and match candidates. */
    static final List<String> PAGED = Stream.concat(Arrays.stream(RelationshipType.values()).map(Enum::name),
            Stream.of("SAME_AS", "MAYBE_SAME")).toList();

    /** Trade (paged by the shipments endpoint) and listings (shown as sanctions and designations). */
    static final List<String> NOT_LINKS = List.of("EXPORTED", "CONSIGNED_TO", "TARGETS", "DESIGNATES");

    static final String SHIPMENT = "SHIPMENT";

    private LinkTypes() {
    }
}
