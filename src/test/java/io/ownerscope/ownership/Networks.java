package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small in-memory ownership networks for rule tests. */
final class Networks {

    private final OwnershipNetwork network = new OwnershipNetwork();

    static Networks network() {
        return new Networks();
    }

    Networks owns(String owner, String owned, double share) {
        network.addHolding(Holding.owns(owner, owned, share));
        return this;
    }

    Networks ownsBetween(String owner, String owned, double min, double max) {
        network.addHolding(Holding.ownsBetween(owner, owned, min, max));
        return this;
    }

    Networks ownsUnknownShare(String owner, String owned) {
        network.addHolding(Holding.ownsBetween(owner, owned, 0, 100));
        return this;
    }

    Networks controls(String controller, String controlled) {
        network.addHolding(Holding.controls(controller, controlled, "appointmentOfBoard"));
        return this;
    }

    Networks listed(String... parties) {
        for (var party : parties) {
            network.addParty(new Party(party, party.toUpperCase(), List.of("Entity"), null));
            network.addListing(party, new Listing("s-" + party, "OFAC", "RUSSIA-EO14024", LocalDate.of(2022, 4, 6),
                    null, Map.of()));
        }
        return this;
    }

    OwnershipNetwork build() {
        return network;
    }
}
