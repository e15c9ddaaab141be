package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hops to the nearest designated party, counted as an exposure search would walk them. */
class HopsToDesignatedTest {

    private final ExposureSnapshot.Builder graph = new ExposureSnapshot.Builder();

    @Test
    void countsTheHopsToTheNearestDesignatedPartyEitherWayAlongLinks() {
        link("a", "listed");
        link("b", "a");
        link("c", "b");
        link("c", "other-listed");
        designated("listed");
        designated("other-listed");

        var hops = toDesignated(100, 6);

        assertThat(hops).containsEntry("listed", 0).containsEntry("a", 1).containsEntry("b", 2)
                .containsEntry("c", 1).containsEntry("other-listed", 0);
    }

    @Test
    void stopsAtTheCap() {
        link("listed", "a");
        link("a", "b");
        link("b", "c");
        graph.entity("unlinked");
        designated("listed");

        var hops = toDesignated(100, 2);

        assertThat(hops).containsEntry("b", 2).containsEntry("c", HopsToDesignated.BEYOND)
                .containsEntry("unlinked", HopsToDesignated.BEYOND);
    }

    @Test
    void doesNotCountThroughAHubButADesignatedHubCountsForItsNeighbours() {
        link("listed", "hub");
        link("hub", "behind-hub");
        link("listed-hub", "neighbour");
        hub("hub");
        hub("listed-hub");
        designated("listed");
        designated("listed-hub");

        var hops = toDesignated(100, 6);

        assertThat(hops).containsEntry("hub", 1).containsEntry("behind-hub", HopsToDesignated.BEYOND)
                .containsEntry("neighbour", 1);
    }

    @Test
    void aSharedAddressIsOneHopUnlessItIsAMassRegistrationAddress() {
        registration("small-office", "listed");
        registration("small-office", "neighbour");
        registration("mass-address", "listed");
        for (int i = 0; i < 3; i++) {
            registration("mass-address", "tenant-" + i);
        }
        registration("small-office", "neighbour-2");
        registration("other-office", "neighbour-2");
        registration("other-office", "two-away");
        designated("listed");

        var hops = toDesignated(4, 6);

        assertThat(hops).containsEntry("neighbour", 1).containsEntry("neighbour-2", 1).containsEntry("two-away", 2)
                .containsEntry("tenant-0", HopsToDesignated.BEYOND);
    }

    @Test
    void theNearestListedPartyMayBeFartherThanTheNearestDesignatedOne() {
        link("s", "derived");
        link("derived", "listed");
        designated("derived");
        listed("listed");

        var snapshot = graph.build(ZonedDateTime.now(), 100);
        var hops = new HopsToDesignated(snapshot).compute(6);

        assertThat(byId(snapshot, hops.toDesignated())).containsEntry("s", 1).containsEntry("listed", 0);
        assertThat(byId(snapshot, hops.toListed())).containsEntry("s", 2).containsEntry("derived", 1);
    }

    /** A link whatever its dates (an ownership here; every kind counts the same). */
    private void link(String a, String b) {
        graph.direct(graph.entity(a), graph.entity(b), "OWNS", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1));
    }

    private void registration(String address, String entity) {
        graph.registration(address, address, graph.entity(entity), null, null);
    }

    private void hub(String entity) {
        graph.hub(graph.entity(entity), entity, 1000);
    }

    /** A derived designation under some regime. */
    private void designated(String entity) {
        graph.designation(graph.entity(entity), new Network.Designation(List.of(),
                List.of(Map.of("regime", "OFAC"))));
    }

    /** A listing by some authority, delisted long ago: the index counts it all the same. */
    private void listed(String entity) {
        graph.designation(graph.entity(entity), new Network.Designation(
                List.of(Map.of("authority", "EU", "delistedOn", LocalDate.of(2015, 1, 1))), List.of()));
    }

    private Map<String, Integer> toDesignated(int hubDegree, int maxHops) {
        var snapshot = graph.build(ZonedDateTime.now(), hubDegree);
        return byId(snapshot, new HopsToDesignated(snapshot).compute(maxHops).toDesignated());
    }

    private static Map<String, Integer> byId(ExposureSnapshot snapshot, int[] hops) {
        var byId = new HashMap<String, Integer>();
        for (int i = 0; i < hops.length; i++) {
            byId.put(snapshot.id(i), hops[i]);
        }
        return byId;
    }
}
