package io.ownerscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SkeletonTest {

    private static List<String> skeletons(String... names) {
        return java.util.Arrays.stream(names).map(name -> String.join(" ", NameNormalizer.tokens(name).stream()
                .map(NameToken::skeleton).toList())).distinct().toList();
    }

    @Test
    void yuriyIuriiJurijAndYuryMeet() {
        assertThat(skeletons("Yuriy", "Iurii", "Jurij", "Yury", "Yuri", "Юрий")).containsExactly("iuri");
    }

    @Test
    void shcherbakovMeetsHisScholarlyAndIsoSpellings() {
        assertThat(skeletons("Shcherbakov", "Ščerbakov", "Ŝerbakov", "Щербаков", "Sherbakov"))
                .containsExactly("sherbakov");
    }

    @Test
    void kheAndHaAreOneLetter() {
        assertThat(skeletons("Khodorkovskiy", "Hodorkovskij", "Ходорковский", "Khodorkovsky"))
                .containsExactly("hodorkovski");
    }

    @Test
    void zheIsZhOrZCaron() {
        assertThat(skeletons("Zhukov", "Žukov", "Жуков")).containsExactly("zukov");
    }

    @Test
    void theIyYyIiAndYEndingsMeet() {
        assertThat(skeletons("Dmitriy", "Dmitrii", "Dmitry", "Dmitrij", "Дмитрий")).containsExactly("dmitri");
        assertThat(skeletons("Dostoyevskiy", "Dostoevskii", "Dostoevsky", "Достоевский"))
                .containsExactly("dostoevski");
        assertThat(skeletons("Zelenskyy", "Zelenskiy", "Zelensky")).containsExactly("zelenski");
    }

    @Test
    void aGlideBeforeEIsNotWritten() {
        assertThat(skeletons("Yelena", "Elena", "Елена")).containsExactly("elena");
        assertThat(skeletons("Andreyev", "Andreev", "Андреев")).containsExactly("andrev");
    }

    @Test
    void yaAndIaMeet() {
        assertThat(skeletons("Natalya", "Natalia", "Natal'ya", "Наталья")).containsExactly("natalia");
    }

    @Test
    void aHardCIsK() {
        assertThat(skeletons("Vector", "Vektor", "Вектор")).containsExactly("vektor");
        assertThat(skeletons("Electronica", "Elektronika", "Электроника")).containsExactly("elektronika");
        assertThat(skeletons("Kuznetsov", "Кузнецов")).containsExactly("kuznecov");
    }

    @Test
    void numbersAreLeftAsTheyAre() {
        assertThat(Skeleton.of("2024")).isEqualTo("2024");
    }
}
