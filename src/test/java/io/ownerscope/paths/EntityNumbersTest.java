package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EntityNumbersTest {

    @Test
    void numbersIdsAsTheyComeAndFindsThemAgain() {
        var numbers = new EntityNumbers();
        var expected = new HashMap<String, Integer>();
        var random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            // ids of any length and script, some repeated
            var id = random.nextInt(5) == 0 && i > 0 ? "c" + random.nextInt(i) : random.nextBoolean() ? "c" + i
                    : "ОГРН-" + i + "-é";
            int number = numbers.add(id);
            assertThat(expected.computeIfAbsent(id, k -> expected.size())).isEqualTo(number);
        }
        var trimmed = numbers.trimmed();
        assertThat(trimmed.size()).isEqualTo(expected.size());
        expected.forEach((id, number) -> {
            assertThat(trimmed.number(id)).isEqualTo(number);
            assertThat(trimmed.id(number)).isEqualTo(id);
        });
        assertThat(trimmed.number("nobody")).isEqualTo(-1);
        assertThat(trimmed.number("")).isEqualTo(-1);
    }

    @Test
    void packedStringsGiveBackWhatWasAddedNullsIncluded() {
        var packed = new PackedStrings();
        var added = new java.util.ArrayList<String>();
        for (int i = 0; i < 5_000; i++) {
            var text = i % 7 == 0 ? null : i % 5 == 0 ? "" : "Алматы, " + i + " Abay Ave";
            assertThat(packed.add(text)).isEqualTo(i);
            added.add(text);
        }
        var trimmed = packed.trimmed();
        for (int i = 0; i < added.size(); i++) {
            assertThat(trimmed.get(i)).isEqualTo(added.get(i));
        }
    }
}
