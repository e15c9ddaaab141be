package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void aNumberThatIsNotANumberIsShownAsGiven() {
        assertThat(InvalidInput.outOfRange("threshold", Double.NaN, "between 0 and 1").value()).isEqualTo("NaN");
        assertThat(InvalidInput.outOfRange("threshold", Double.POSITIVE_INFINITY, "between 0 and 1").value())
                .isEqualTo("Infinity");
    }

    @Test
    void aDecimalIsShownWithoutTrailingZeros() {
        assertThat(InvalidInput.outOfRange("threshold", 150.0, "between 0 and 100").value()).isEqualTo("150");
    }
}
