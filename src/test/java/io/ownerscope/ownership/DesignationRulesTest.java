package io.ownerscope.ownership;

import static io.ownerscope.ownership.Networks.network;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DesignationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private final DesignationRules rules = new DesignationRules(LocalDate.of(2024, 7, 1));

    private Map<String, Designation> designate(Networks networks, Regime regime) {
        return rules.designate(networks.build(), regime, TODAY);
    }

    private Designation.Basis basis(Networks networks, Regime regime, String party) {
        return rules.designationOf(networks.build(), regime, TODAY, party).basis();
    }

    /** The worked examples of OFAC's 2014 guidance on entities owned by blocked persons (FAQs 398–401). */
    @Nested
    class Ofac {

        @Test
        void example1_blockedOwnershipPassesDownThroughABlockedEntity() {
            var n = network().listed("x").owns("x", "a", 50).owns("a", "b", 50);

            var designated = designate(n, Regime.OFAC);

            assertThat(designated.get("a").basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(designated.get("b").basis()).isEqualTo(Designation.Basis.DERIVED);
            var contribution = designated.get("b").contributions().getFirst();
            assertThat(contribution.owner().id()).isEqualTo("a");
            assertThat(contribution.ownerBasis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(contribution.path()).extracting(h -> h.owner().id() + ">" + h.owned().id())
                    .containsExactly("x>a", "a>b");
        }

        @Test
        void example2_stakesOfTwoBlockedEntitiesAddUp() {
            var n = network().listed("x").owns("x", "a", 50).owns("x", "b", 50).owns("a", "c", 25)
                    .owns("b", "c", 25);

            var c = designate(n, Regime.OFAC).get("c");

            assertThat(c.basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(c.aggregateShareMin()).isEqualTo(50.0);
            assertThat(c.contributions()).extracting(k -> k.owner().id()).containsExactlyInAnyOrder("a", "b");
        }

        @Test
        void example3_aDirectStakeAndAStakeThroughABlockedEntityAddUpInFull() {
            var n = network().listed("x").owns("x", "a", 50).owns("x", "b", 10).owns("a", "b", 40);

            var b = designate(n, Regime.OFAC).get("b");

            assertThat(b.basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(b.aggregateShareMin()).as("40% through A counts whole, not 50% x 40%").isEqualTo(50.0);
        }

        @Test
        void example4_holdingsOfDifferentBlockedPersonsAggregate() {
            var n = network().listed("x", "y").owns("x", "a", 25).owns("y", "a", 25);

            assertThat(basis(n, Regime.OFAC, "a")).isEqualTo(Designation.Basis.DERIVED);
        }

        @Test
        void example5_fortyPercentIsNotEnough() {
            var n = network().listed("x").owns("x", "a", 40);

            var a = rules.designationOf(n.build(), Regime.OFAC, TODAY, "a");

            assertThat(a.basis()).isEqualTo(Designation.Basis.NONE);
            assertThat(a.aggregateShareMin()).isEqualTo(40.0);
            assertThat(a.contributions()).extracting(k -> k.owner().id()).containsExactly("x");
        }

        @Test
        void controlAloneDoesNotBlock() {
            var n = network().listed("x").controls("x", "a").owns("x", "a", 10);

            assertThat(basis(n, Regime.OFAC, "a")).isEqualTo(Designation.Basis.NONE);
        }

        @Test
        void ownershipThroughAnUnblockedEntityDoesNotCount() {
            // X holds 49% of A (A not blocked), A holds 100% of B: B is not blocked by the rule.
            var n = network().listed("x").owns("x", "a", 49).owns("a", "b", 100);

            assertThat(basis(n, Regime.OFAC, "b")).isEqualTo(Designation.Basis.NONE);
        }

        @Test
        void aListedPartyIsListed() {
            var x = rules.designationOf(network().listed("x").build(), Regime.OFAC, TODAY, "x");

            assertThat(x.basis()).isEqualTo(Designation.Basis.LISTED);
            assertThat(x.listings()).extracting(Listing::program).containsExactly("RUSSIA-EO14024");
        }

        @Test
        void aRangeThatMayReachFiftyIsPossiblyBlockedNotBlocked() {
            var n = network().listed("x").ownsBetween("x", "a", 25, 50);

            var a = rules.designationOf(n.build(), Regime.OFAC, TODAY, "a");

            assertThat(a.basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(a.possibly()).isTrue();
            assertThat(a.aggregateShareMin()).isEqualTo(25.0);
            assertThat(a.aggregateShareMax()).isEqualTo(50.0);
        }

        @Test
        void crossHoldingsConvergeWithoutLooping() {
            var n = network().listed("x").owns("x", "a", 30).owns("b", "a", 30).owns("a", "b", 60)
                    .owns("x", "b", 20);

            var designated = designate(n, Regime.OFAC);

            assertThat(designated).doesNotContainKeys("a", "b");
        }
    }

    @Nested
    class Eu {

        @Test
        void holdingsAggregateAndFiftyPercentIsEnoughSinceJuly2024() {
            var n = network().listed("x", "y").owns("x", "a", 30).owns("y", "a", 20);

            assertThat(basis(n, Regime.EU, "a")).isEqualTo(Designation.Basis.DERIVED);
            assertThat(rules.designationOf(n.build(), Regime.EU, LocalDate.of(2024, 6, 30), "a").basis())
                    .as("before the update: more than 50%").isEqualTo(Designation.Basis.NONE);
        }

        @Test
        void controlByADesignatedPersonDesignates() {
            var n = network().listed("x").controls("x", "a").owns("a", "b", 51);

            var designated = designate(n, Regime.EU);

            assertThat(designated.get("a").basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(designated.get("a").contributions().getFirst().kind()).isEqualTo(Holding.Kind.CONTROLS);
            assertThat(designated.get("b").basis()).isEqualTo(Designation.Basis.DERIVED);
        }
    }

    @Nested
    class Uk {

        @Test
        void holdingsOfDifferentDesignatedPersonsDoNotAddUp() {
            var n = network().listed("x", "y").owns("x", "a", 30).owns("y", "a", 30);

            assertThat(basis(n, Regime.UK, "a")).isEqualTo(Designation.Basis.NONE);
            assertThat(basis(n, Regime.OFAC, "a")).isEqualTo(Designation.Basis.DERIVED);
        }

        @Test
        void exactlyFiftyIsNotMoreThanFifty() {
            var n = network().listed("x").owns("x", "a", 50);

            assertThat(basis(n, Regime.UK, "a")).isEqualTo(Designation.Basis.NONE);
        }

        @Test
        void oneDesignatedPersonsDirectAndIndirectHoldingsAddUp() {
            // X holds 30% of B directly and 60% of A, which holds 25% of B: X holds 55% of B through A it controls.
            var n = network().listed("x").owns("x", "a", 60).owns("a", "b", 25).owns("x", "b", 30);

            var b = designate(n, Regime.UK).get("b");

            assertThat(b.basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(b.aggregateShareMin()).isEqualTo(55.0);
            assertThat(b.contributions()).allSatisfy(k -> assertThat(k.designatedParty().id()).isEqualTo("x"));
        }

        @Test
        void boardControlDesignates() {
            var n = network().listed("x", "y").owns("x", "a", 40).owns("y", "a", 15).controls("x", "a")
                    .owns("a", "b", 80);

            var designated = designate(n, Regime.UK);

            assertThat(designated.get("a").basis()).isEqualTo(Designation.Basis.DERIVED);
            assertThat(designated.get("b").basis()).isEqualTo(Designation.Basis.DERIVED);
        }
    }
}
