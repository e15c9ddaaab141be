package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hops to the nearest designated party, counted as an exposure search would walk them. */
class HopsToDesignatedTest {

    @Test
    void countsTheHopsToTheNearestDesignatedPartyEitherWayAlongLinks() {
        var network = new HopsToDesignated();
        network.link("a", "listed");
        network.link("b", "a");
        network.link("c", "b");
        network.link("c", "other-listed");
        network.designated("listed");
        network.designated("other-listed");

        var hops = network.compute(100, 6);

        assertThat(hops).containsEntry("listed", 0).containsEntry("a", 1).containsEntry("b", 2)
                .containsEntry("c", 1).containsEntry("other-listed", 0);
    }

    @Test
    void stopsAtTheCap() {
        var network = new HopsToDesignated();
        network.link("listed", "a");
        network.link("a", "b");
        network.link("b", "c");
        network.entity("unlinked");
        network.designated("listed");

        var hops = network.compute(100, 2);

        assertThat(hops).containsEntry("b", 2).containsEntry("c", HopsToDesignated.BEYOND)
                .containsEntry("unlinked", HopsToDesignated.BEYOND);
    }

    @Test
    void doesNotCountThroughAHubButADesignatedHubCountsForItsNeighbours() {
        var network = new HopsToDesignated();
        network.link("listed", "hub");
        network.link("hub", "behind-hub");
        network.link("listed-hub", "neighbour");
        network.hub("hub");
        network.hub("listed-hub");
        network.designated("listed");
        network.designated("listed-hub");

        var hops = network.compute(100, 6);

        assertThat(hops).containsEntry("hub", 1).containsEntry("behind-hub", HopsToDesignated.BEYOND)
                .containsEntry("neighbour", 1);
    }

    @Test
    void aSharedAddressIsOneHopUnlessItIsAMassRegistrationAddress() {
        var network = new HopsToDesignated();
        network.registration("small-office", "listed");
        network.registration("small-office", "neighbour");
        network.registration("mass-address", "listed");
        for (int i = 0; i < 3; i++) {
            network.registration("mass-address", "tenant-" + i);
        }
        network.registration("small-office", "neighbour-2");
        network.registration("other-office", "neighbour-2");
        network.registration("other-office", "two-away");
        network.designated("listed");

        var hops = network.compute(4, 6);

        assertThat(hops).containsEntry("neighbour", 1).containsEntry("neighbour-2", 1).containsEntry("two-away", 2)
                .containsEntry("tenant-0", HopsToDesignated.BEYOND);
    }

    @Test
    void theNearestListedPartyMayBeFartherThanTheNearestDesignatedOne() {
        var network = new HopsToDesignated();
        network.link("s", "derived");
        network.link("derived", "listed");
        network.designated("derived");
        network.listed("listed");

        assertThat(network.compute(100, 6)).containsEntry("s", 1).containsEntry("listed", 0);
        assertThat(network.computeToListed(100, 6)).containsEntry("s", 2).containsEntry("derived", 1);
    }
}
