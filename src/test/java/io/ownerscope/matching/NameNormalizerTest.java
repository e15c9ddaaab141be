package io.ownerscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void russianIsWrittenWithThePassportDigraphs() {
        assertThat(NameNormalizer.words("Щербаков Юрий Жуков Хорошилова Цветков Чехов"))
                .containsExactly("shcherbakov", "yuriy", "zhukov", "khoroshilova", "tsvetkov", "chekhov");
    }

    @Test
    void softAndHardSignsAreDropped() {
        assertThat(NameNormalizer.words("Наталья Объединённый")).containsExactly("natalya", "obedinennyy");
    }

    @Test
    void ukrainianIsWrittenByItsOwnRules() {
        assertThat(NameNormalizer.words("Тимошенко Юлія Григорій Їжакевич"))
                .containsExactly("tymoshenko", "yuliya", "hryhorii", "izhakevych");
    }

    @Test
    void kazakhLettersBecomeTheirPlainLatinLetters() {
        assertThat(NameNormalizer.words("Қазақ Ғалым Үміт Ұлы Өмір Әлем Іле Һ Ң"))
                .containsExactly("kazak", "galym", "umit", "uly", "omir", "alem", "ile", "h", "n");
    }

    @Test
    void armenianIsTransliterated() {
        assertThat(NameNormalizer.words("Արարատ Տեխ Իմպորտ Գեւորգ Խաչատրյան"))
                .containsExactly("ararat", "tekh", "import", "gevorg", "khachatryan");
    }

    @Test
    void georgianIsTransliterated() {
        assertThat(NameNormalizer.words("მიხეილ სააკაშვილი")).containsExactly("mikheil", "saakashvili");
    }

    @Test
    void greekIsTransliterated() {
        assertThat(NameNormalizer.words("Νικόλαος Αλέξανδρος")).containsExactly("nikolaos", "alexandros");
    }

    @Test
    void turkishAndOtherLatinDiacriticsAreDropped() {
        assertThat(NameNormalizer.words("Şahin Çelik Erdoğan İbrahim Müller Stößlein Łukasz Əhməd"))
                .containsExactly("sahin", "celik", "erdogan", "ibrahim", "muller", "stosslein", "lukasz", "ahmad");
    }

    @Test
    void caronLettersBecomeTheDigraphsTheyStandFor() {
        assertThat(NameNormalizer.words("Ščerbakov Žukov Čechov")).containsExactly("shcherbakov", "zhukov",
                "chechov");
    }

    @Test
    void chineseAndArabicAreWrittenInLatinWhereIcuCan() {
        assertThat(NameNormalizer.words("习近平")).containsExactly("xi", "jin", "ping");
        assertThat(NameNormalizer.words("محمد علي")).containsExactly("mhmd", "ly");
    }

    @Test
    void punctuationAndQuotesSeparateWords() {
        assertThat(NameNormalizer.words("«ТОО „Дала-Трейд“» \"Vector\" (S.P.) 'Alfa'"))
                .containsExactly("too", "dala", "treyd", "vector", "s", "p", "alfa");
    }

    @Test
    void fullWidthFormsAndLigaturesAreTheirPlainLetters() {
        assertThat(NameNormalizer.words("ＡＢＣ　Ｌｔｄ ﬁrm")).containsExactly("abc", "ltd", "firm");
    }

    @Test
    void aBlankNameHasNoWords() {
        assertThat(NameNormalizer.words(" «» ")).isEmpty();
    }

    @Test
    void arabicAndHebrewAreKnownToLackVowels() {
        assertThat(NameNormalizer.writtenWithoutVowels("محمد علي")).isTrue();
        assertThat(NameNormalizer.writtenWithoutVowels("משה")).isTrue();
        assertThat(NameNormalizer.writtenWithoutVowels("Иван")).isFalse();
    }

    @Test
    void threadsNormalizingAtOnceGetTheSameWords() throws Exception {
        var names = List.of("Иванов Сергей Петрович", "«Արարատ Տեխ Իմպորտ» ՍՊԸ", "ЖШС «Қазақ Электроника»",
                "Тимошенко Юлія");
        var expected = names.stream().map(NameNormalizer::words).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Callable<Boolean>> tasks = java.util.stream.IntStream.range(0, 40)
                    .<Callable<Boolean>>mapToObj(i -> () -> {
                        for (int round = 0; round < 50; round++) {
                            for (int n = 0; n < names.size(); n++) {
                                if (!NameNormalizer.words(names.get(n)).equals(expected.get(n))) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    }).toList();
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
