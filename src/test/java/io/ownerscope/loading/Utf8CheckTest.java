package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    @Test
    void validUtf8HasNoInvalidByte() {
        assertThat(Utf8Check.of("id,name\nru-1,ООО «Орион»\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theFirstInvalidByteIsFoundWithItsLineAndOffset() {
        var bytes = "id,name\nde-1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Utf8Check.of(bytes)).contains(new Utf8Check.Location(2, 14));
    }

    @Test
    void aCharacterCutOffAtTheEndOfTheFileIsInvalid() {
        var whole = "a\nб".getBytes(StandardCharsets.UTF_8);
        var cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThat(Utf8Check.of(cut)).contains(new Utf8Check.Location(2, 2));
    }

    @Test
    void aCharacterSplitBetweenTwoChunksIsValid() {
        var bytes = "ab\nб\nc".getBytes(StandardCharsets.UTF_8);
        var check = new Utf8Check();
        for (int i = 0; i < bytes.length; i++) {
            check.feed(new byte[] {bytes[i]}, 1);
        }

        assertThat(check.finish()).isEmpty();
    }

    @Test
    void anInvalidByteInALaterChunkCountsTheLinesBefore() {
        var check = new Utf8Check();
        var first = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        check.feed(first, first.length);
        check.feed(new byte[] {'x', (byte) 0xff}, 2);

        assertThat(check.finish()).contains(new Utf8Check.Location(3, 5));
    }
}
