package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRowTest {

    @Test
    void spellingsOfOneAddressNormalizeAlike() {
        assertThat(AddressRow.normalize("Abay Ave. 150,  Almaty"))
                .isEqualTo(AddressRow.normalize("abay ave 150 almaty"))
                .isEqualTo("abay ave 150 almaty");
        assertThat(AddressRow.normalize("Straße 5, Köln")).isEqualTo("straße 5 koln");
        assertThat(AddressRow.normalize("пр. Абая, 150")).isEqualTo("пр абая 150");
    }

    @Test
    void theAddressCellOfAnEntityGetsAStableIdFromCountryAndNormalizedText() {
        var first = AddressRow.of(entityAt("Abay Ave. 150, Almaty", "KZ"));
        var second = AddressRow.of(entityAt("abay ave 150 almaty", "KZ"));
        var elsewhere = AddressRow.of(entityAt("abay ave 150 almaty", "KG"));

        assertThat(first.id()).startsWith("addr-").isEqualTo(second.id()).isNotEqualTo(elsewhere.id());
        assertThat(first.full()).isEqualTo("Abay Ave. 150, Almaty");
    }

    private static EntityRow entityAt(String address, String country) {
        return new EntityRow(2, "e", "Company", "E", java.util.List.of(), country, null, null, null, null, null,
                null, null, null, null, address, null);
    }
}
