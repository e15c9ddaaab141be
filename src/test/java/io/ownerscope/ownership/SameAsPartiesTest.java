package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ownerscope.identity.SameAsClusters;
import io.ownerscope.identity.SameAsLink;
import org.junit.jupiter.api.Test;

/** Records that identity links make one party count as that party in the designation rules. */
class SameAsPartiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private final DesignationRules rules = new DesignationRules(LocalDate.of(2024, 7, 1));

    private static OwnershipNetwork network(String preferred, SameAsLink... links) {
        return new OwnershipNetwork(SameAsClusters.of(List.of(links), preferred), List.of(links));
    }

    private static void list(OwnershipNetwork network, String party) {
        network.addListing(party, new Listing("s-" + party, "OFAC", "RUSSIA-EO14024", LocalDate.of(2022, 4, 6), null,
                Map.of()));
    }

    @Test
    void aListingOfOneRecordDesignatesWhatItsPeerOwns() {
        var n = network(null, SameAsLink.between("listed", "registry", "inn", "7707083893"));
        list(n, "listed");
        n.addHolding(Holding.owns("registry", "company", 60));

        var designated = rules.designate(n, Regime.OFAC, TODAY);

        assertThat(designated.get("company").basis()).isEqualTo(Designation.Basis.DERIVED);
        var owner = designated.get("company").contributions().getFirst().owner();
        assertThat(owner.id()).isEqualTo("listed");
        assertThat(owner.members()).containsExactly("listed", "registry");
        assertThat(designated.get("company").contributions().getFirst().source())
                .containsEntry("statedOwnerId", "registry");
    }

    @Test
    void sharesHeldByDifferentRecordsOfOnePartyAddUp() {
        var n = network(null, SameAsLink.between("listed", "registry", "inn", "7707083893"));
        list(n, "listed");
        n.addHolding(Holding.owns("listed", "company", 30));
        n.addHolding(Holding.owns("registry", "other", 100));
        n.addHolding(Holding.owns("other", "company", 25));

        assertThat(rules.designationOf(n, Regime.OFAC, TODAY, "company").aggregateShareMin()).isEqualTo(55.0);
    }

    @Test
    void theSameStakeStatedByTwoSourcesCountsOnce() {
        var n = network(null, SameAsLink.between("listed", "registry", "inn", "7707083893"),
                SameAsLink.between("company", "company-gleif", "lei", "HWUPKR0MPOU8FGXBT394"));
        list(n, "listed");
        n.addHolding(Holding.owns("listed", "company", 30));
        n.addHolding(Holding.owns("registry", "company-gleif", 30));

        var company = rules.designationOf(n, Regime.OFAC, TODAY, "company");

        assertThat(company.basis()).isEqualTo(Designation.Basis.NONE);
        assertThat(company.aggregateShareMin()).isEqualTo(30.0);
    }

    @Test
    void aChainThroughOneRecordContinuesFromItsPeer() {
        var n = network("target", SameAsLink.between("holding-gleif", "holding-registry", "lei",
                "HWUPKR0MPOU8FGXBT394"));
        list(n, "listed");
        n.addHolding(Holding.owns("listed", "holding-gleif", 100));
        n.addHolding(Holding.owns("holding-registry", "target", 51));

        var owners = new EffectiveOwnership(10, 1000, 5).owners(n, "target");
        assertThat(owners.stakes()).extracting(s -> s.party().id() + ":" + s.effectiveShare())
                .containsExactly("holding-gleif:51.0", "listed:51.0");
        assertThat(rules.designationOf(n, Regime.OFAC, TODAY, "target").basis())
                .isEqualTo(Designation.Basis.DERIVED);
    }
}
