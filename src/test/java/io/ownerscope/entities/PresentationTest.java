package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PresentationTest {

    @Test
    void moneyIsRoundedToCents() {
        assertThat(Money.cents(30277126.520000003).toPlainString()).isEqualTo("30277126.52");
        assertThat(Money.cents(1500L).toPlainString()).isEqualTo("1500.00");
        assertThat(Money.cents(null)).isNull();
    }

    @Test
    void emptyFieldsAreLeftOutAndTimesCutToTheMillisecond() {
        var map = new HashMap<String, Object>();
        map.put("members", List.of());
        map.put("note", null);
        map.put("nested", Map.of("inner", List.of()));
        map.put("at", ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_789, ZoneOffset.UTC));

        assertThat(Compact.of(map)).containsOnlyKeys("at");
        assertThat(Compact.of(map).get("at").toString()).isEqualTo("2024-01-02T03:04:05.123Z");
    }
}
