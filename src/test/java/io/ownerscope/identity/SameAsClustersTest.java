package io.ownerscope.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SameAsClustersTest {

    private final List<SameAsLink> links = List.of(
            SameAsLink.between("b", "c", "inn", "7707083893"),
            SameAsLink.between("c", "d", "lei", "HWUPKR0MPOU8FGXBT394"),
            SameAsLink.between("x", "y", "imo", "9074729"));

    @Test
    void recordsLinkedDirectlyOrThroughOthersAreOneCluster() {
        var clusters = SameAsClusters.of(links, null);

        assertThat(clusters.members("d")).containsExactly("b", "c", "d");
        assertThat(clusters.canonical("d")).isEqualTo("b");
        assertThat(clusters.canonical("y")).isEqualTo("x");
        assertThat(clusters.members("a")).containsExactly("a");
        assertThat(clusters.canonical("a")).isEqualTo("a");
    }

    @Test
    void theEntityAskedAboutStandsForItsCluster() {
        var clusters = SameAsClusters.of(links, "c");

        assertThat(clusters.canonical("b")).isEqualTo("c");
        assertThat(clusters.canonical("d")).isEqualTo("c");
        assertThat(clusters.canonical("x")).as("other clusters keep their lowest id").isEqualTo("x");
    }

    @Test
    void noLinksNoClusters() {
        assertThat(SameAsClusters.of(List.of(), "a").members("a")).containsExactly("a");
    }
}
