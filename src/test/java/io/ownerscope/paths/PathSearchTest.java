package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The bidirectional search against a brute-force enumeration, on graphs held in memory. */
class PathSearchTest {


    @Test
    void findsTheSameShortestPathsAsBruteForceOnRandomGraphs() {
        var random = new SplittableRandom(7);
        for (int graph = 0; graph < 50; graph++) {
            var links = new ArrayList<Link>();
            int size = 12;
            for (int i = 0; i < 22; i++) {
                int a = random.nextInt(size);
                int b = random.nextInt(size);
                if (a != b) {
                    links.add(InMemoryNetwork.owns("n" + a, "n" + b));
                }
            }
            var network = new InMemoryNetwork(links.stream().distinct().toList());
            for (int k : List.of(1, 3, 8)) {
                for (int maxHops : List.of(2, 4, 6)) {
                    var found = search(network, "n0", "n1", k, maxHops);
                    var expected = bruteForce(network.links(), "n0", "n1", maxHops);
                    var lengths = expected.stream().map(List::size).sorted().limit(k).toList();
                    assertThat(found.stream().map(List::size).toList()).as("graph %d, k %d, maxHops %d", graph, k,
                            maxHops).isEqualTo(lengths);
                    assertThat(expected).containsAll(found);
                }
            }
        }
    }

    @Test
    void aHubIsNotGoneThroughButMayBeAnEndpoint() {
        var links = new ArrayList<>(List.of(InMemoryNetwork.owns("hub", "a"), InMemoryNetwork.owns("hub", "b"), InMemoryNetwork.owns("a", "c"), InMemoryNetwork.owns("c", "b")));
        for (int i = 0; i < 5; i++) {
            links.add(InMemoryNetwork.owns("hub", "filler" + i));
        }
        var network = new InMemoryNetwork(links);

        assertThat(search(network, "a", "b", 3, 6)).containsExactly(List.of("a", "c", "b"));
        assertThat(search(network, "a", "hub", 1, 6)).containsExactly(List.of("a", "hub"));
    }

    private static List<List<String>> search(Network network, String from, String to, int k, int maxHops) {
        var explored = new Explored(network, network.entities(List.of(from, to)), false, 5, 10_000);
        return new PathSearch(explored, from, to, k, maxHops).find();
    }

    /** Every simple path of at most maxHops hops, through entities of fewer than 5 links (the hub degree). */
    private static List<List<String>> bruteForce(List<Link> links, String from, String to, int maxHops) {
        var result = new ArrayList<List<String>>();
        var path = new ArrayList<String>(List.of(from));
        walk(links, path, to, maxHops, result);
        return result;
    }

    private static void walk(List<Link> links, List<String> path, String to, int maxHops, List<List<String>> result) {
        var last = path.getLast();
        if (last.equals(to)) {
            result.add(List.copyOf(path));
            return;
        }
        if (path.size() > 1 && links.stream().filter(l -> l.startId().equals(last) || l.endId().equals(last))
                .count() >= 5) {
            return;
        }
        if (path.size() - 1 == maxHops) {
            return;
        }
        links.stream().filter(l -> l.startId().equals(last) || l.endId().equals(last)).map(l -> l.otherEnd(last))
                .distinct().filter(next -> !path.contains(next)).forEach(next -> {
                    path.add(next);
                    walk(links, path, to, maxHops, result);
                    path.removeLast();
                });
    }
}
