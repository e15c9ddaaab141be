package io.ownerscope.ownership;

import static io.ownerscope.ownership.Networks.network;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EffectiveOwnershipTest {

    private final EffectiveOwnership ownership = new EffectiveOwnership(10, 10_000, 5);

    private static Map<String, EffectiveOwnership.Stake> byId(EffectiveOwnership.Result result) {
        return result.stakes().stream().collect(Collectors.toMap(s -> s.party().id(), Function.identity()));
    }

    @Test
    void sharesMultiplyAlongAChainAndAddUpAcrossChains() {
        // The Finnish state-owned pattern: M holds 100% of K, K holds 76.5% of G, M holds 23.5% of G directly.
        var owners = byId(ownership.owners(network().owns("m", "k", 100).owns("k", "g", 76.5).owns("m", "g", 23.5)
                .build(), "g"));

        assertThat(owners.get("m").effectiveShare()).isEqualTo(100.0);
        assertThat(owners.get("m").pathCount()).isEqualTo(2);
        assertThat(owners.get("k").effectiveShare()).isEqualTo(76.5);
        assertThat(owners.get("m").ultimate()).isTrue();
        assertThat(owners.get("k").ultimate()).isFalse();
        var viaK = owners.get("m").paths().getFirst();
        assertThat(viaK.hops()).extracting(h -> h.owner().id() + ">" + h.owned().id()).containsExactly("m>k", "k>g");
        assertThat(viaK.share()).isEqualTo(76.5);
    }

    @Test
    void rangesPropagateAsRanges() {
        var owners = byId(ownership.owners(network().ownsBetween("p", "a", 25, 50).owns("a", "t", 80).build(), "t"));

        var p = owners.get("p");
        assertThat(p.effectiveShare()).isNull();
        assertThat(p.effectiveShareMin()).isEqualTo(20.0);
        assertThat(p.effectiveShareMax()).isEqualTo(40.0);
    }

    @Test
    void anUnknownShareIsAnythingFromZeroToAll() {
        var owners = byId(ownership.owners(network().ownsUnknownShare("p", "t").build(), "t"));

        assertThat(owners.get("p").effectiveShareMin()).isZero();
        assertThat(owners.get("p").effectiveShareMax()).isEqualTo(100.0);
    }

    @Test
    void crossHoldingsAreFollowedOncePerPathAndNeverLoop() {
        // A and B hold 30% of each other; P holds 70% of A; A holds 60% of T.
        var owners = byId(ownership.owners(network().owns("a", "b", 30).owns("b", "a", 30).owns("p", "a", 70)
                .owns("a", "t", 60).build(), "t"));

        assertThat(owners.get("a").effectiveShare()).isEqualTo(60.0);
        assertThat(owners.get("p").effectiveShare()).isEqualTo(42.0);
        assertThat(owners.get("b").effectiveShare()).as("B through A only, A is not revisited").isEqualTo(18.0);
        assertThat(owners.get("b").pathCount()).isOne();
    }

    @Test
    void controlIsNeverMultipliedIntoShares() {
        var owners = byId(ownership.owners(network().controls("c", "t").owns("p", "t", 10).build(), "t"));

        assertThat(owners).containsOnlyKeys("p");
    }

    @Test
    void holdingsLookDownstream() {
        var held = byId(ownership.holdings(network().owns("p", "a", 50).owns("a", "b", 50).owns("p", "c", 10)
                .build(), "p"));

        assertThat(held.get("b").effectiveShare()).isEqualTo(25.0);
        assertThat(held.get("c").effectiveShare()).isEqualTo(10.0);
        assertThat(held.get("b").paths().getFirst().hops()).extracting(h -> h.owner().id() + ">" + h.owned().id())
                .containsExactly("p>a", "a>b");
    }

    @Test
    void theDepthCapStopsLongChainsAndSaysSo() {
        var shallow = new EffectiveOwnership(2, 10_000, 5);

        var result = shallow.owners(network().owns("c", "b", 100).owns("b", "a", 100).owns("a", "t", 100).build(),
                "t");

        assertThat(result.stakes()).extracting(s -> s.party().id()).containsExactly("a", "b");
        assertThat(result.truncated()).isTrue();
    }
}
