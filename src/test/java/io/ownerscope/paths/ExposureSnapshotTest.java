package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The in-memory snapshot's rows: dates as reach.cypher compares them, links both ways, degrees as the hub guard. */
class ExposureSnapshotTest {

    private static final LocalDate ASOF = LocalDate.of(2023, 6, 1);

    @Test
    void aLinkIsValidOnADateAsInCypherAndNeverWhenADateIsNotADate() {
        var numbering = new HopsToDesignated();
        var builder = new ExposureSnapshot.Builder();
        int a = numbering.entity("a");
        builder.direct(a, numbering.entity("open"), "OWNS", null, null);
        builder.direct(a, numbering.entity("ended"), "OWNS", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 5, 31));
        builder.direct(a, numbering.entity("endsThatDay"), "CONTROLS", null, ASOF);
        builder.direct(a, numbering.entity("text"), "OWNS", "2019-01-01", null);
        var snapshot = snapshot(numbering, builder);

        var direct = snapshot.direct();
        var valid = new ArrayList<String>();
        for (int k = direct.start(a); k < direct.end(a); k++) {
            if (direct.validOn(k, ExposureSnapshot.day(ASOF))) {
                valid.add(snapshot.id(direct.target(k)));
            }
        }

        assertThat(valid).containsExactlyInAnyOrder("open", "endsThatDay");
    }

    @Test
    void aLinkIsHeldUnderBothEndsWithItsDirection() {
        var numbering = new HopsToDesignated();
        var builder = new ExposureSnapshot.Builder();
        int owner = numbering.entity("owner");
        int owned = numbering.entity("owned");
        builder.direct(owner, owned, "OWNS", null, null);
        var snapshot = snapshot(numbering, builder);

        var direct = snapshot.direct();
        assertThat(direct.target(direct.start(owner))).isEqualTo(owned);
        assertThat(direct.outgoing(direct.start(owner))).isTrue();
        assertThat(direct.target(direct.start(owned))).isEqualTo(owner);
        assertThat(direct.outgoing(direct.start(owned))).isFalse();
        assertThat(direct.link(direct.start(owner))).isEqualTo(direct.link(direct.start(owned)));
        assertThat(snapshot.directType(direct.start(owned))).isEqualTo("OWNS");
    }

    @Test
    void tradingPartnersAreLinkedFromTheirEarliestShipmentAndAnUndatedOneAlways() {
        var numbering = new HopsToDesignated();
        var builder = new ExposureSnapshot.Builder();
        int seller = numbering.entity("seller");
        int buyer = numbering.entity("buyer");
        int later = numbering.entity("later");
        int undated = numbering.entity("undated");
        builder.shipment(seller, buyer, LocalDate.of(2024, 1, 1));
        builder.shipment(seller, buyer, LocalDate.of(2022, 1, 1));
        builder.shipment(seller, later, LocalDate.of(2024, 1, 1));
        builder.shipment(seller, undated, null);
        var snapshot = snapshot(numbering, builder);

        var trade = snapshot.trade();
        var valid = new ArrayList<String>();
        for (int k = trade.start(seller); k < trade.end(seller); k++) {
            if (trade.validOn(k, ExposureSnapshot.day(ASOF))) {
                valid.add(snapshot.id(trade.target(k)));
            }
        }

        assertThat(valid).containsExactlyInAnyOrder("buyer", "undated");
    }

    @Test
    void theDegreeCountsLinksRegistrationsAndEachTradingPartnerOnceAndAHubsAsRead() {
        var numbering = new HopsToDesignated();
        var builder = new ExposureSnapshot.Builder();
        int a = numbering.entity("a");
        int b = numbering.entity("b");
        builder.direct(a, b, "OWNS", null, null);
        builder.registration("addr", "1 Main St", a, null, null);
        builder.shipment(a, b, null);
        builder.shipment(b, a, null);
        int hub = numbering.entity("hub");
        builder.hub(hub, "hub", "Big Logistics", 900);
        var snapshot = snapshot(numbering, builder);

        assertThat(snapshot.degree(a)).as("1 link, 1 registration, 1 partner both ways").isEqualTo(3);
        assertThat(snapshot.degree(hub)).isEqualTo(900);
        assertThat(snapshot.hub(hub).name()).isEqualTo("Big Logistics");
        assertThat(snapshot.registered().end(0) - snapshot.registered().start(0)).isEqualTo(1);
        assertThat(snapshot.addressText(0)).isEqualTo("1 Main St");
    }

    @Test
    void anEntityWithNoLinksHasEmptyRows() {
        var numbering = new HopsToDesignated();
        int alone = numbering.entity("alone");
        var snapshot = snapshot(numbering, new ExposureSnapshot.Builder());

        assertThat(snapshot.direct().end(alone) - snapshot.direct().start(alone)).isZero();
        assertThat(snapshot.degree(alone)).isZero();
        assertThat(snapshot.entity("unknown")).isEqualTo(-1);
        assertThat(snapshot.entities()).isEqualTo(1);
    }

    private static ExposureSnapshot snapshot(HopsToDesignated numbering, ExposureSnapshot.Builder builder) {
        var ids = numbering.ids();
        return builder.build(Map.copyOf(numbering.numbers()), ids, new int[ids.length], ZonedDateTime.now(), 5);
    }
}
