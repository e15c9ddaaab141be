package io.ownerscope.paths;

import static io.ownerscope.paths.InMemoryNetwork.owns;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * How far the exposure search reads: up to the nearest listed party, a few levels more, or every level; and, pruned
 * with the exposure index, that it reads less and answers the same.
 */
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
    void withNoListedPartyInReachTheAnswerIsCompleteUpToTheCap() {
        var unlisted = new InMemoryNetwork(List.of(owns("a", "s"), owns("b", "a")));

        var search = search(unlisted, "s", 6, 0);

        assertThat(found(search)).isEmpty();
        assertThat(search.searchedHops()).isEqualTo(6);
    }

    @Test
    void withTheIndexOnePassFollowsOnlyWhatLeadsToTheNearestParties() {
        var network = new InMemoryNetwork(List.of(owns("a", "s"), owns("b", "a"), owns("far", "s"),
                owns("farther", "far"), owns("farthest", "farther"), owns("listed-far", "farthest")),
                List.of("b", "listed-far"));
        var counting = new CountingNetwork(network);
        var hops = hops(network, 100, 6);
        var explored = new Explored(counting, network.entities(List.of("s")), false, 100, 10_000);

        var search = new ExposureSearch(explored, "s", 6, 0, 3, 50, lowerBound(hops, 6), hops.get("s"));

        assertThat(found(search)).containsExactly("b@2");
        assertThat(search.passes()).isEqualTo(1);
        assertThat(counting.expanded).containsExactlyInAnyOrder("s", "a");
    }

    @Test
    void aGuessTooNearIsCorrectedByAnotherPass() {
        // the index counts the EU-listed party at 1 hop; the search asks for the OFAC-listed one at 3
        var network = new InMemoryNetwork(List.of(owns("eu-listed", "s"), owns("a", "s"), owns("b", "a"),
                owns("c", "b")), List.of("c"));
        var hops = hops(network, 100, 6, "eu-listed", "c");
        var explored = new Explored(network, network.entities(List.of("s")), false, 100, 10_000);

        var search = new ExposureSearch(explored, "s", 6, 1, 3, 50, lowerBound(hops, 6), hops.get("s"));

        assertThat(found(search)).containsExactly("c@3");
        assertThat(search.passes()).isEqualTo(2);
        assertThat(search.searchedHops()).isEqualTo(4);
    }

    @Test
    void onceTheListIsFullNothingFartherIsRead() {
        var search = new ExposureSearch(new Explored(CHAIN, CHAIN.entities(List.of("s")), false, 100, 10_000), "s",
                6, null, 3, 2, ExposureSearch.LowerBound.NONE, 1);

        assertThat(found(search)).containsExactlyInAnyOrder("b@2", "x@2");
        assertThat(search.searchedHops()).isEqualTo(2);
        assertThat(search.cappedByResults()).isTrue();
    }

    /**
     * On random networks with hubs, the search pruned with the index lists exactly what the level-by-level search
     * lists: the same parties at the same distances with the same best paths, complete up to the same distance;
     * whatever its first guess of the nearest listed party, and whatever the length of the list.
     */
    @Test
    void withTheIndexTheAnswerIsTheSameAsLevelByLevel() {
        var random = new Random(20260223L);
        for (int round = 0; round < 400; round++) {
            int size = 10 + random.nextInt(50);
            var links = new ArrayList<Link>();
            int linkCount = size + random.nextInt(size * 2);
            for (int i = 0; i < linkCount; i++) {
                links.add(owns("n" + random.nextInt(size), "n" + random.nextInt(size)));
            }
            var listed = new ArrayList<String>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                listed.add("n" + random.nextInt(size));
            }
            // the index also counts parties the search does not (listed by another regime, or not on the date)
            var designated = new ArrayList<>(listed);
            for (int i = 0; i < random.nextInt(3); i++) {
                designated.add("n" + random.nextInt(size));
            }
            var network = new InMemoryNetwork(links.stream().filter(l -> !l.startId().equals(l.endId()))
                    .distinct().toList(), listed);
            int hubDegree = 4 + random.nextInt(6);
            var start = "n" + random.nextInt(size);
            int maxHops = 1 + random.nextInt(6);
            Integer extraHops = random.nextInt(4) == 0 ? null : random.nextInt(3);
            int maxResults = List.of(2, 5, 1000).get(random.nextInt(3));
            var hops = hops(network, hubDegree, maxHops, designated.toArray(String[]::new));
            int guess = random.nextBoolean() ? lowerBound(hops, maxHops).hops(start) : 1 + random.nextInt(maxHops);

            var levels = new ExposureSearch(new Explored(network, network.entities(List.of(start)), false,
                    hubDegree, 10_000), start, maxHops, extraHops, 3, maxResults, ExposureSearch.LowerBound.NONE, 1);
            var deadEndsLeftOut = new DeadEndsLeftOut(network, lowerBound(hops, maxHops));
            var pruned = new ExposureSearch(new Explored(deadEndsLeftOut, network.entities(List.of(start)), false,
                    hubDegree, 10_000), start, maxHops, extraHops, 3, maxResults, lowerBound(hops, maxHops), guess);

            var description = "round " + round + ", start " + start + ", max " + maxHops + ", extra " + extraHops
                    + ", guess " + guess + ", results " + maxResults;
            var expected = levels.find();
            var actual = pruned.find();
            assertThat(actual.subList(0, Math.min(maxResults, actual.size()))).as(description)
                    .isEqualTo(expected.subList(0, Math.min(maxResults, expected.size())));
            if (!levels.cappedByResults() && !pruned.cappedByResults()) {
                assertThat(pruned.searchedHops()).as(description).isEqualTo(levels.searchedHops());
            }
        }
    }

    /** The index over the network's links, with its entities of {@code hubDegree} links or more as hubs. */
    private static Map<String, Integer> hops(InMemoryNetwork network, int hubDegree, int maxHops,
            String... designated) {
        var index = new ExposureSnapshot.Builder();
        var ids = new HashSet<String>();
        for (var link : network.links()) {
            index.direct(index.entity(link.startId()), index.entity(link.endId()), "OWNS", null, null);
            ids.add(link.startId());
            ids.add(link.endId());
        }
        network.degrees(ids).forEach((id, degree) -> {
            if (degree >= hubDegree) {
                index.hub(index.entity(id), id, degree);
            }
        });
        for (var id : designated.length == 0 ? network.listed() : List.of(designated)) {
            index.designation(index.entity(id), new Network.Designation(List.of(), List.of(Map.of("regime", "OFAC"))));
        }
        var snapshot = index.build(ZonedDateTime.now(), hubDegree);
        var counts = new HopsToDesignated(snapshot).compute(maxHops).toDesignated();
        var hops = new HashMap<String, Integer>();
        for (int i = 0; i < counts.length; i++) {
            hops.put(snapshot.id(i), counts[i]);
        }
        return hops;
    }

    private static ExposureSearch.LowerBound lowerBound(Map<String, Integer> hops, int maxHops) {
        return id -> hops.getOrDefault(id, HopsToDesignated.BEYOND) == HopsToDesignated.BEYOND ? maxHops + 1
                : hops.get(id);
    }

    /** A network that answers as another does, for the wrappers below to change one answer. */
    private abstract static class Forwarding implements Network {

        final Network network;

        Forwarding(Network network) {
            this.network = network;
        }

        @Override
        public Map<String, PathNode> entities(Collection<String> ids) {
            return network.entities(ids);
        }

        @Override
        public Map<String, Long> degrees(Collection<String> ids) {
            return network.degrees(ids);
        }

        @Override
        public Expansion expand(Collection<String> ids) {
            return network.expand(ids);
        }

        @Override
        public Map<String, Designation> designations(Collection<String> ids) {
            return network.designations(ids);
        }
    }

    /** Reads lean as the graph does with the index: the entities reached that are dead ends are left out. */
    private static final class DeadEndsLeftOut extends Forwarding {

        private final ExposureSearch.LowerBound hops;

        DeadEndsLeftOut(Network network, ExposureSearch.LowerBound hops) {
            super(network);
            this.hops = hops;
        }

        @Override
        public Expansion reach(Collection<String> ids, Integer slack) {
            var expansion = network.expand(ids);
            if (slack == null) {
                return expansion;
            }
            var links = expansion.links().stream()
                    .filter(l -> ids.contains(l.startId()) && kept(l.endId(), slack)
                            || ids.contains(l.endId()) && kept(l.startId(), slack))
                    .toList();
            return new Expansion(links, expansion.nodes(), List.of());
        }

        private boolean kept(String id, int slack) {
            return hops.hops(id) == 0 || hops.hops(id) <= slack;
        }
    }

    /** Records which entities' links were read. */
    private static final class CountingNetwork extends Forwarding {

        private final List<String> expanded = new ArrayList<>();

        CountingNetwork(Network network) {
            super(network);
        }

        @Override
        public Expansion expand(Collection<String> ids) {
            expanded.addAll(ids);
            return network.expand(ids);
        }
    }

    private static ExposureSearch search(InMemoryNetwork network, String start, int maxHops, Integer extraHops) {
        var explored = new Explored(network, network.entities(List.of(start)), false, 100, 10_000);
        return new ExposureSearch(explored, start, maxHops, extraHops, 3, 50, ExposureSearch.LowerBound.NONE, 1);
    }

    private static List<String> found(ExposureSearch search) {
        return search.find().stream().map(f -> f.id() + "@" + f.distance()).toList();
    }
}
