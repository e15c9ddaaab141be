package io.ownerscope.paths;

import static io.ownerscope.paths.InMemoryNetwork.owns;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How far the exposure search reads: up to the nearest listed party, a few levels more, or every level. */
class ExposureSearchTest {

    /** s is owned by a chain a, b, c, d; b, c and d are listed, and a second chain from s reaches x, listed, at 2. */
    private static final InMemoryNetwork CHAIN = new InMemoryNetwork(List.of(owns("a", "s"), owns("b", "a"),
            owns("c", "b"), owns("d", "c"), owns("y", "s"), owns("x", "y")), List.of("b", "c", "d", "x"));

    @Test
    void endsAtTheLevelOfTheNearestListedPartyWithEveryPartyAtThatDistance() {
        var search = search(CHAIN, "s", 6, 0);

        assertThat(found(search)).containsExactlyInAnyOrder("b@2", "x@2");
        assertThat(search.searchedHops()).isEqualTo(2);
    }

    @Test
    void readsTheLevelsAskedForBeyondTheNearestListedParty() {
        var search = search(CHAIN, "s", 6, 1);

        assertThat(found(search)).containsExactlyInAnyOrder("b@2", "x@2", "c@3");
        assertThat(search.searchedHops()).isEqualTo(3);
    }

    @Test
    void readsEveryLevelUpToTheCapWhenAsked() {
        assertThat(found(search(CHAIN, "s", 6, null))).containsExactlyInAnyOrder("b@2", "x@2", "c@3", "d@4");
        assertThat(found(search(CHAIN, "s", 3, null))).containsExactlyInAnyOrder("b@2", "x@2", "c@3");
    }

    @Test
    void aListedStartDoesNotEndTheSearchBeforeItsNeighbours() {
        var search = search(CHAIN, "c", 6, 0);

        assertThat(found(search)).containsExactlyInAnyOrder("c@0", "b@1", "d@1");
        assertThat(search.searchedHops()).isEqualTo(1);
    }

    @Test
    void withNoListedPartyInReachTheSearchStopsWhenTheEntitiesRunOut() {
        var unlisted = new InMemoryNetwork(List.of(owns("a", "s"), owns("b", "a")));

        var search = search(unlisted, "s", 6, 0);

        assertThat(found(search)).isEmpty();
        assertThat(search.searchedHops()).isEqualTo(3);
    }

    private static ExposureSearch search(InMemoryNetwork network, String start, int maxHops, Integer extraHops) {
        var explored = new Explored(network, network.entities(List.of(start)), false, 100, 10_000);
        return new ExposureSearch(explored, start, maxHops, extraHops, 3);
    }

    private static List<String> found(ExposureSearch search) {
        return search.find().stream().map(f -> f.id() + "@" + f.distance()).toList();
    }
}
