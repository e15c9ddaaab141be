package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierFormsTest {

    @Test
    void spacesDashesAndCaseAreDroppedAsTheIdentifierSchemesCompareThem() {
        assertThat(IdentifierForms.of(" 2206 4081-9226 ")).containsExactly("2206 4081-9226", "220640819226");
        assertThat(IdentifierForms.of("969500e2n09pdsvsdg06")).contains("969500E2N09PDSVSDG06");
    }

    @Test
    void anImoNumberIsLookedUpWithAndWithoutItsPrefix() {
        assertThat(IdentifierForms.of("imo-9231743")).contains("9231743", "IMO9231743", "IMO 9231743");
        assertThat(IdentifierForms.of("9231743")).contains("9231743", "IMO9231743", "IMO 9231743");
    }

    @Test
    void textWithoutADigitIsNoIdentifier() {
        assertThat(IdentifierForms.of("Steppe Lynx")).isEmpty();
    }
}
