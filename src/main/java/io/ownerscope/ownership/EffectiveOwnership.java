package io.ownerscope.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Effective ownership: the share a party holds in an entity summed over every ownership path between them, each
 * path contributing the product of its shares. Paths are simple (no party twice), so cross-holdings neither loop nor
 * count twice. Share ranges propagate as ranges (products of minimums, of maximums); an unknown share is 0–100%.
 * Control without equity is never multiplied in: it is reported separately.
 */
final class EffectiveOwnership {

    /** One link of a path, in the direction of ownership (owner first). */
    record Hop(Party owner, Party owned, Holding holding) {
    }

    /** A chain from the holder down to the held entity, with the share it carries. */
    record OwnershipPath(List<Hop> hops, Double share, double shareMin, double shareMax) {
    }

    /**
     * What one party holds in another.
     *
     * @param effectiveShare the exact effective share, or null when some path has a range or an unknown share
     * @param ultimate nobody owns this party in turn (only meaningful upstream)
     * @param paths the strongest paths, at most the configured number
     * @param pathCount how many paths were summed
     */
    record Stake(Party party, Double effectiveShare, double effectiveShareMin, double effectiveShareMax,
            boolean ultimate, List<OwnershipPath> paths, int pathCount) {
    }

    record Result(Party subject, List<Stake> stakes, boolean truncated) {
    }

    private final int maxDepth;
    private final int maxPaths;
    private final int pathsShown;

    EffectiveOwnership(int maxDepth, int maxPaths, int pathsShown) {
        this.maxDepth = maxDepth;
        this.maxPaths = maxPaths;
        this.pathsShown = pathsShown;
    }

    /** Everyone who owns {@code targetId}, directly or through chains. */
    Result owners(OwnershipNetwork network, String targetId) {
        return walk(network, targetId, network::holdingsInto, Holding::ownerId, true);
    }

    /** Everything {@code ownerId} holds, directly or through chains. */
    Result holdings(OwnershipNetwork network, String ownerId) {
        return walk(network, ownerId, network::holdingsFrom, Holding::ownedId, false);
    }

    private Result walk(OwnershipNetwork network, String start, Function<String, List<Holding>> next,
            Function<Holding, String> far, boolean upstream) {
        var accumulators = new LinkedHashMap<String, Accumulator>();
        var walk = new Walk(network, next, far, upstream, accumulators);
        var visited = new HashSet<String>();
        visited.add(start);
        walk.from(start, new ArrayList<>(), visited, 1.0, 1.0, 1.0);
        var stakes = accumulators.entrySet().stream()
                .map(e -> e.getValue().toStake(network.party(e.getKey()),
                        upstream && network.isExplored(e.getKey()) && equityInto(network, e.getKey()).isEmpty(),
                        walk::toPath))
                .sorted(Comparator.comparingDouble(Stake::effectiveShareMax).reversed()
                        .thenComparing(s -> s.party().id()))
                .toList();
        return new Result(network.party(start), stakes, walk.truncated || network.truncated());
    }

    private static List<Holding> equityInto(OwnershipNetwork network, String id) {
        return network.holdingsInto(id).stream().filter(Holding::isEquity).toList();
    }

    private final class Walk {
        final OwnershipNetwork network;
        final Function<String, List<Holding>> next;
        final Function<Holding, String> far;
        final boolean upstream;
        final Map<String, Accumulator> accumulators;
        int paths;
        boolean truncated;

        Walk(OwnershipNetwork network, Function<String, List<Holding>> next, Function<Holding, String> far,
                boolean upstream, Map<String, Accumulator> accumulators) {
            this.network = network;
            this.next = next;
            this.far = far;
            this.upstream = upstream;
            this.accumulators = accumulators;
        }

        /** Depth-first over simple paths; {@code exact} is NaN once a hop on the path has no exact share. */
        void from(String node, List<Holding> path, Set<String> visited, double min, double max, double exact) {
            if (path.size() >= maxDepth) {
                truncated |= !next.apply(node).isEmpty();
                return;
            }
            for (var holding : next.apply(node)) {
                if (!holding.isEquity()) {
                    continue;
                }
                var other = far.apply(holding);
                if (visited.contains(other)) {
                    continue;
                }
                if (paths >= maxPaths) {
                    truncated = true;
                    return;
                }
                paths++;
                var pathMin = min * holding.shareMin() / 100;
                var pathMax = max * holding.shareMax() / 100;
                var pathExact = holding.share() == null ? Double.NaN : exact * holding.share() / 100;
                path.add(holding);
                accumulators.computeIfAbsent(other, id -> new Accumulator(pathsShown))
                        .add(path, pathMin, pathMax, pathExact);
                visited.add(other);
                from(other, path, visited, pathMin, pathMax, pathExact);
                visited.remove(other);
                path.removeLast();
            }
        }

        OwnershipPath toPath(List<Holding> holdings) {
            var ordered = new ArrayList<>(holdings);
            if (upstream) {
                ordered = new ArrayList<>(ordered.reversed());
            }
            var hops = ordered.stream()
                    .map(h -> new Hop(network.party(h.ownerId()), network.party(h.ownedId()), h))
                    .toList();
            double min = 1;
            double max = 1;
            double exact = 1;
            for (var h : ordered) {
                min *= h.shareMin() / 100;
                max *= h.shareMax() / 100;
                exact = h.share() == null ? Double.NaN : exact * h.share() / 100;
            }
            return new OwnershipPath(hops, Double.isNaN(exact) ? null : percent(exact), percent(min), percent(max));
        }
    }

    private static double percent(double fraction) {
        return Math.min(100.0, Math.round(fraction * 100 * 1e6) / 1e6);
    }

    /** Sums every path to one party, keeping only the strongest few for the answer. */
    private static final class Accumulator {
        private record Kept(double shareMax, List<Holding> holdings) {
        }

        final int shown;
        final PriorityQueue<Kept> strongest = new PriorityQueue<>(Comparator.comparingDouble(Kept::shareMax));
        int count;
        double min;
        double max;
        double exact;

        Accumulator(int shown) {
            this.shown = shown;
        }

        void add(List<Holding> path, double pathMin, double pathMax, double pathExact) {
            count++;
            min += pathMin;
            max += pathMax;
            exact += pathExact;
            if (strongest.size() < shown) {
                strongest.add(new Kept(pathMax, List.copyOf(path)));
            } else if (shown > 0 && strongest.peek().shareMax() < pathMax) {
                strongest.poll();
                strongest.add(new Kept(pathMax, List.copyOf(path)));
            }
        }

        Stake toStake(Party party, boolean ultimate, Function<List<Holding>, OwnershipPath> toPath) {
            var paths = strongest.stream()
                    .sorted(Comparator.comparingDouble(Kept::shareMax).reversed())
                    .map(kept -> toPath.apply(kept.holdings()))
                    .toList();
            return new Stake(party, Double.isNaN(exact) ? null : percent(exact), percent(min), percent(max),
                    ultimate, paths, count);
        }
    }
}
