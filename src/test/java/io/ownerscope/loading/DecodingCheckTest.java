package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DecodingCheckTest {

    @Test
    void validUtf8HasNoInvalidByte() {
        assertThat(DecodingCheck.of("id,name\nru-1,ООО «Орион»\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theFirstInvalidByteIsFoundWithItsLineAndOffset() {
        var bytes = "id,name\nde-1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(DecodingCheck.of(bytes)).contains(new DecodingCheck.Location(2, 14));
    }

    @Test
    void aCharacterCutOffAtTheEndOfTheFileIsInvalid() {
        var whole = "a\nб".getBytes(StandardCharsets.UTF_8);
        var cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThat(DecodingCheck.of(cut)).contains(new DecodingCheck.Location(2, 2));
    }

    @Test
    void aCharacterSplitBetweenTwoChunksIsValid() {
        var bytes = "ab\nб\nc".getBytes(StandardCharsets.UTF_8);
        var check = new DecodingCheck();
        for (int i = 0; i < bytes.length; i++) {
            check.feed(new byte[] {bytes[i]}, 1);
        }

        assertThat(check.finish()).isEmpty();
    }

    @Test
    void anInvalidByteInALaterChunkCountsTheLinesBefore() {
        var check = new DecodingCheck();
        var first = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        check.feed(first, first.length);
        check.feed(new byte[] {'x', (byte) 0xff}, 2);

        assertThat(check.finish()).contains(new DecodingCheck.Location(3, 5));
    }
}
