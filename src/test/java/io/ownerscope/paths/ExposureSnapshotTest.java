package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The in-memory snapshot's rows: dates as reach.cypher compares them, links both ways, degrees as the hub guard. */
class ExposureSnapshotTest {

    private static final LocalDate ASOF = LocalDate.of(2023, 6, 1);

    @Test
    void aLinkIsValidOnADateAsInCypherAndNeverWhenADateIsNotADate() {
        var builder = new ExposureSnapshot.Builder();
        int a = builder.entity("a");
        builder.direct(a, builder.entity("open"), "OWNS", null, null);
        builder.direct(a, builder.entity("ended"), "OWNS", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 5, 31));
        builder.direct(a, builder.entity("endsThatDay"), "CONTROLS", null, ASOF);
        builder.direct(a, builder.entity("text"), "OWNS", "2019-01-01", null);
        var snapshot = builder.build(ZonedDateTime.now(), 5);

        assertThat(validOnAsOf(snapshot, snapshot.direct(), a)).containsExactlyInAnyOrder("open", "endsThatDay");
    }

    @Test
    void aLinkIsHeldUnderBothEndsWithItsDirection() {
        var builder = new ExposureSnapshot.Builder();
        int owner = builder.entity("owner");
        int owned = builder.entity("owned");
        builder.direct(owner, owned, "OWNS", null, null);
        var snapshot = builder.build(ZonedDateTime.now(), 5);

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
        var builder = new ExposureSnapshot.Builder();
        int seller = builder.entity("seller");
        int buyer = builder.entity("buyer");
        int later = builder.entity("later");
        int undated = builder.entity("undated");
        builder.shipment(seller, buyer, LocalDate.of(2024, 1, 1));
        builder.shipment(seller, buyer, LocalDate.of(2022, 1, 1));
        builder.shipment(seller, later, LocalDate.of(2024, 1, 1));
        builder.shipment(seller, undated, null);
        var snapshot = builder.build(ZonedDateTime.now(), 5);

        assertThat(validOnAsOf(snapshot, snapshot.trade(), seller)).containsExactlyInAnyOrder("buyer", "undated");
    }

    @Test
    void theDegreeCountsLinksRegistrationsAndEachTradingPartnerOnceAndAHubsAsRead() {
        var builder = new ExposureSnapshot.Builder();
        int a = builder.entity("a");
        int b = builder.entity("b");
        builder.direct(a, b, "OWNS", null, null);
        builder.registration("addr", "1 Main St", a, null, null);
        builder.shipment(a, b, null);
        builder.shipment(b, a, null);
        int hub = builder.entity("hub");
        builder.hub(hub, "Big Logistics", 900);
        var snapshot = builder.build(ZonedDateTime.now(), 5);

        assertThat(snapshot.degree(a)).as("1 link, 1 registration, 1 partner both ways").isEqualTo(3);
        assertThat(snapshot.degree(hub)).isEqualTo(900);
        assertThat(snapshot.hub(hub).name()).isEqualTo("Big Logistics");
        assertThat(snapshot.registered().end(0) - snapshot.registered().start(0)).isEqualTo(1);
        assertThat(snapshot.addressText(0)).isEqualTo("1 Main St");
    }

    @Test
    void anEntityWithNoLinksHasEmptyRows() {
        var builder = new ExposureSnapshot.Builder();
        int alone = builder.entity("alone");
        var snapshot = builder.build(ZonedDateTime.now(), 5);

        assertThat(snapshot.direct().end(alone) - snapshot.direct().start(alone)).isZero();
        assertThat(snapshot.degree(alone)).isZero();
        assertThat(snapshot.entity("unknown")).isEqualTo(-1);
        assertThat(snapshot.entities()).isEqualTo(1);
    }

    /** The entities the entity's rows lead to on {@link #ASOF}. */
    private static List<String> validOnAsOf(ExposureSnapshot snapshot, ExposureSnapshot.Rows rows, int entity) {
        var valid = new ArrayList<String>();
        for (int k = rows.start(entity); k < rows.end(entity); k++) {
            if (rows.validOn(k, ExposureSnapshot.day(ASOF))) {
                valid.add(snapshot.id(rows.target(k)));
            }
        }
        return valid;
    }
}
