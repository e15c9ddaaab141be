package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueryTest {

    @Test
    void operatorsAndSpecialCharactersAreSearchedForLiterally() {
        assertThat(LuceneQuery.literal(" OOO \"Orion\" AND (Vostok)-2 ")).isEqualTo(
                "ooo \\\"orion\\\" and \\(vostok\\)\\-2");
        assertThat(LuceneQuery.literal("a/b:c*?~^")).isEqualTo("a\\/b\\:c\\*\\?\\~\\^");
    }

    @Test
    void cyrillicStaysAsTyped() {
        assertThat(LuceneQuery.literal("Орион")).isEqualTo("орион");
    }
}
