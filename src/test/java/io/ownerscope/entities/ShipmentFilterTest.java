package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.ownerscope.system.BadRequestException;
import org.junit.jupiter.api.Test;

class ShipmentFilterTest {

    @Test
    void bothDirectionsAndNoOtherFilterByDefault() {
        assertThat(ShipmentFilter.of(null, " ", null, "", null))
                .isEqualTo(new ShipmentFilter("both", null, null, null, null));
        assertThat(ShipmentFilter.of("in", "co-x", "8542", "2023-01-01", "2023-12-31"))
                .isEqualTo(new ShipmentFilter("in", "co-x", "8542", LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31)));
    }

    @Test
    void aBadValueNamesItsParameterAndWhatIsAllowed() {
        assertThatThrownBy(() -> ShipmentFilter.of("up", null, null, null, null))
                .isInstanceOf(BadRequestException.class).hasMessage("direction: 'up' is not allowed; expected in, "
                        + "out or both");
        assertThatThrownBy(() -> Paging.of(201, 0)).hasMessage("limit: 201 is not allowed; expected 1 to 200");
        assertThatThrownBy(() -> ShipmentFilter.of("out", null, "HS85", null, null)).hasMessageStartingWith(
                "hs: 'HS85' is not allowed");
    }
}
