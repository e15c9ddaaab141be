package io.ownerscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void oneNameInAnyScriptAndOrderHasTheSameKeys() {
        var cyrillic = NameKeys.of("Иванов Сергей Петрович", Schema.PERSON);
        var latin = NameKeys.of("IVANOV, Sergey Petrovich", Schema.PERSON);
        assertThat(latin).isEqualTo(cyrillic);
        assertThat(cyrillic.name()).isEqualTo("ivanov petrovich sergei");
        assertThat(cyrillic.tokens()).containsExactly("ivanov", "petrovich", "sergei");
    }

    @Test
    void legalFormsAreLeftOutOfACompanysKeys() {
        var russian = NameKeys.of("ООО «Вектор Комплект»", Schema.COMPANY);
        var english = NameKeys.of("Vektor Komplekt LLC", Schema.COMPANY);
        assertThat(english).isEqualTo(russian);
        assertThat(russian.tokens()).containsExactly("komplekt", "vektor");
    }

    @Test
    void spellingsThatDifferShareAPhoneticKey() {
        var muhammad = NameKeys.of("Muhammad", Schema.PERSON);
        var mohamed = NameKeys.of("Mohamed", Schema.PERSON);
        assertThat(muhammad.tokens()).isNotEqualTo(mohamed.tokens());
        assertThat(muhammad.phonetic()).containsAnyElementsOf(mohamed.phonetic());
    }

    @Test
    void namesWrittenWithoutVowelsMeetOnConsonants() {
        var arabic = NameKeys.of("محمد", Schema.PERSON);
        var latin = NameKeys.of("Muhammad", Schema.PERSON);
        assertThat(arabic.consonants()).containsExactly("mhmd");
        assertThat(latin.consonants()).containsExactly("mhmd");
    }

    @Test
    void initialsGiveNoKeysAndNumbersNoPhoneticKey() {
        var keys = NameKeys.of("S. P. Ivanov", Schema.PERSON);
        assertThat(keys.tokens()).containsExactly("ivanov");
        var numbered = NameKeys.of("Vector 2", Schema.COMPANY);
        assertThat(numbered.tokens()).containsExactly("2", "vektor");
        assertThat(numbered.phonetic()).allMatch(code -> code.chars().allMatch(Character::isLetter));
    }

    @Test
    void allKeysArePrefixedWithTheirKindAndShort() {
        var keys = NameKeys.of("Sergey Ivanov", Schema.PERSON);
        assertThat(keys.all()).contains("n:ivanov sergei", "t:ivanov", "t:sergei", "c:vnv")
                .allMatch(key -> key.matches("[ntpc]:.+"));
        assertThat(keys.phonetic()).allMatch(code -> code.length() <= 4);
    }
}
