package io.ownerscope.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommonHighPriorityListTest {

    private final CommonHighPriorityList list = CommonHighPriorityList.shipped();

    @ParameterizedTest
    @CsvSource({"8542.31, 1", "85423190, 1", "8504400000, 3.A", "845710, 4.B", "851762, 2", "8486.20, 4.A",
            "'8482 10', 3.B"})
    void customsCodesOfSixToTenDigitsAreMatchedOnTheirFirstSix(String code, String tier) {
        assertThat(list.tierOf(code)).contains(tier);
    }

    @ParameterizedTest
    @CsvSource({"400921", "85423", "85423190123", "8542AB", "''"})
    void codesNotOnTheListOrNotCustomsCodesHaveNoTier(String code) {
        assertThat(list.tierOf(code)).isEmpty();
    }

    @Test
    void theShippedListIsTheFebruary2024VersionOfFiftyCodesInSixTiers() {
        assertThat(list.version()).isEqualTo("2024-02-23");
        assertThat(list.source()).startsWith("https://www.bis.gov/");
        assertThat(list.tiers()).hasSize(50);
        assertThat(list.tiers().values()).containsOnly("1", "2", "3.A", "3.B", "4.A", "4.B");
        var perTier = list.tiers().values().stream().collect(Collectors.groupingBy(t -> t, TreeMap::new,
                Collectors.counting()));
        assertThat(perTier).containsExactlyEntriesOf(new TreeMap<>(Map.of("1", 4L, "2", 5L, "3.A", 16L, "3.B", 9L,
                "4.A", 11L, "4.B", 5L)));
    }

    @Test
    void theChecksumChangesWithTheCodesOrTheVersion() {
        var a = new CommonHighPriorityList(Map.of("854231", "1"), "2024-02-23", "x");
        assertThat(new CommonHighPriorityList(Map.of("854231", "1"), "2024-02-23", "y").checksum())
                .isEqualTo(a.checksum());
        assertThat(new CommonHighPriorityList(Map.of("854231", "2"), "2024-02-23", "x").checksum())
                .isNotEqualTo(a.checksum());
        assertThat(new CommonHighPriorityList(Map.of("854231", "1"), "2025-01-01", "x").checksum())
                .isNotEqualTo(a.checksum());
    }

    @Test
    void aMalformedListIsRefusedWithItsLine() {
        var csv = "hs6,tier\n854231,1\n85423,2\n";
        assertThatThrownBy(() -> CommonHighPriorityList.parse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "chpl.csv"))
                .hasMessageContaining("chpl.csv line 3").hasMessageContaining("six-digit");
        var twice = "hs6,tier\n854231,1\n854231,2\n";
        assertThatThrownBy(() -> CommonHighPriorityList.parse(
                new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), "chpl.csv"))
                .hasMessageContaining("listed twice");
    }
}
