package io.ownerscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static final double THRESHOLD = NameMatcher.DEFAULT_THRESHOLD;
    /** Valid INNs (check digits hold): Sberbank's and Gazprom's. */
    private static final String INN_A = "7707083893";
    private static final String INN_B = "7736050003";

    private final NameMatcher matcher = new NameMatcher();

    private double companies(String query, String candidate) {
        return matcher.score(MatchRecord.company(query), MatchRecord.company(candidate)).score();
    }

    private double persons(String query, String candidate) {
        return matcher.score(MatchRecord.person(query), MatchRecord.person(candidate)).score();
    }

    @Test
    void aKazakhPartnershipInLatinMatchesItsCyrillicName() {
        assertThat(companies("DALA TREID LLP", "«ТОО «Дала Трейд»»")).isGreaterThan(0.95);
    }

    @Test
    void aRussianNameMatchesItsLatinSpellingInAnotherOrder() {
        assertThat(persons("Sergei Petrovich Ivanov", "Иванов Сергей Петрович")).isGreaterThan(0.95);
    }

    @Test
    void wordOrderAndCommasDoNotMatter() {
        assertThat(persons("IVANOV, Sergey", "Sergey Ivanov")).isEqualTo(1.0);
    }

    @Test
    void aRussianLlcMatchesItsLatinSpelling() {
        assertThat(companies("VECTOR KOMPLEKT OOO", "ООО «Вектор Комплект»")).isGreaterThan(0.9);
    }

    @Test
    void anArmenianLlcMatchesItsLatinSpelling() {
        assertThat(companies("Ararat Tekh Import LLC", "«Արարատ Տեխ Իմպորտ» ՍՊԸ")).isGreaterThan(0.95);
    }

    @Test
    void aKazakhNameMatchesItsEnglishSpelling() {
        assertThat(companies("Kazakh Elektronika LLP", "ЖШС «Қазақ Электроника»")).isGreaterThan(0.9);
    }

    @Test
    void turkishLimitedCompaniesMatchWithOrWithoutDiacritics() {
        assertThat(companies("Şahin Elektronik Ltd. Şti.", "Sahin Elektronik Limited Sirketi")).isEqualTo(1.0);
    }

    @Test
    void romanizationsOfOneNameMatch() {
        assertThat(persons("Yuriy Shcherbakov", "Iurii Ščerbakov")).isEqualTo(1.0);
        assertThat(persons("Jurij Shcherbakov", "Yury Щербаков")).isEqualTo(1.0);
    }

    @Test
    void patronymicsAreOptional() {
        assertThat(persons("Sergei Ivanov", "Иванов Сергей Петрович")).isGreaterThan(THRESHOLD);
    }

    @Test
    void initialsMatchTheWordsTheyStartWith() {
        assertThat(persons("S. P. Ivanov", "Иванов Сергей Петрович")).isGreaterThan(0.9);
        assertThat(persons("D. Ivanov", "Иванов Сергей Петрович")).isLessThan(THRESHOLD);
    }

    @Test
    void aSurnameAloneIsNotAMatch() {
        assertThat(persons("Ivanov", "Иванов Сергей Петрович")).isLessThan(THRESHOLD);
    }

    @Test
    void differentGivenNamesAreNotAMatch() {
        assertThat(persons("Sergei Ivanov", "Dmitri Ivanov")).isLessThan(THRESHOLD);
    }

    @Test
    void numbersAndSingleLettersMustAgree() {
        var score = matcher.score(MatchRecord.company("Radiokomplekt-M"), MatchRecord.company("Radiokomplekt-2"));
        assertThat(score.score()).isLessThan(THRESHOLD);
        assertThat(score.feature(MatchFeature.NAME_CONFLICT)).hasValueSatisfying(f -> {
            assertThat(f.queryValue()).isEqualTo("m");
            assertThat(f.candidateValue()).isEqualTo("2");
        });
        assertThat(companies("Vector 1", "Vector 2")).isLessThan(THRESHOLD);
        assertThat(companies("Vector 2", "Вектор 2")).isGreaterThan(0.9);
    }

    @Test
    void lookAlikeCompanyNamesStayBelowTheThreshold() {
        assertThat(companies("Alfa Trade LLC", "Alfa Tech LLC")).isLessThan(THRESHOLD);
        assertThat(companies("Vektor Komplekt LLC", "Vektor Kompozit LLC")).isLessThan(THRESHOLD);
        assertThat(companies("Dala Treid LLP", "Dala Stroy LLP")).isLessThan(THRESHOLD);
    }

    @Test
    void namesSplitDifferentlyStillMatch() {
        assertThat(companies("Dalatreid LLP", "ТОО «Дала Трейд»")).isGreaterThan(THRESHOLD);
    }

    @Test
    void anEqualIdentifierDecidesAlone() {
        var score = matcher.score(MatchRecord.company("Alfa Trade LLC").withIdentifier("inn", INN_A),
                MatchRecord.company("ПАО Сбербанк").withIdentifier("INN", "7707 083 893"));
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.feature(MatchFeature.IDENTIFIER)).hasValueSatisfying(f -> {
            assertThat(f.queryValue()).isEqualTo("inn:" + INN_A);
            assertThat(f.candidateValue()).isEqualTo("inn:" + INN_A);
        });
    }

    @Test
    void aDifferentIdentifierOfTheSameSchemeCountsStronglyAgainst() {
        var score = matcher.score(MatchRecord.company("VECTOR KOMPLEKT OOO").withIdentifier("inn", INN_A),
                MatchRecord.company("ООО «Вектор Комплект»").withIdentifier("inn", INN_B));
        assertThat(score.score()).isLessThan(THRESHOLD);
        assertThat(score.feature(MatchFeature.IDENTIFIER_MISMATCH)).isPresent();
    }

    @Test
    void identifiersOfDifferentSchemesOrMistypedSayNothing() {
        var base = companies("VECTOR KOMPLEKT OOO", "ООО «Вектор Комплект»");
        var schemes = matcher.score(MatchRecord.company("VECTOR KOMPLEKT OOO").withIdentifier("inn", INN_A),
                MatchRecord.company("ООО «Вектор Комплект»").withIdentifier("ogrn", "1027700132195"));
        var mistyped = matcher.score(MatchRecord.company("VECTOR KOMPLEKT OOO").withIdentifier("inn", INN_A),
                MatchRecord.company("ООО «Вектор Комплект»").withIdentifier("inn", "7707083894"));
        assertThat(schemes.score()).isEqualTo(base);
        assertThat(mistyped.score()).isEqualTo(base);
    }

    @Test
    void aBirthYearAgreesWithAFullDateOfThatYear() {
        var score = matcher.score(MatchRecord.person("Sergei Ivanov").withBirthDate("1971"),
                MatchRecord.person("Иванов Сергей").withBirthDate("1971-03-14"));
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.feature(MatchFeature.BIRTH_DATE)).hasValueSatisfying(f -> {
            assertThat(f.queryValue()).isEqualTo("1971");
            assertThat(f.candidateValue()).isEqualTo("1971-03-14");
        });
    }

    @Test
    void aDifferentBirthDateCountsAgainst() {
        assertThat(matcher.score(MatchRecord.person("Sergei Ivanov").withBirthDate("1971-03-15"),
                MatchRecord.person("Иванов Сергей").withBirthDate("1971-03-14")).score()).isLessThan(THRESHOLD);
        assertThat(matcher.score(MatchRecord.person("Sergei Ivanov").withBirthDate("1972"),
                MatchRecord.person("Иванов Сергей").withBirthDate("1971-03-14")).score()).isLessThan(THRESHOLD);
    }

    @Test
    void countriesSupportOrWeaken() {
        var query = MatchRecord.company("Kazakh Elektronika LLP");
        var candidate = MatchRecord.company("ЖШС «Қазақ Электроника»");
        double same = matcher.score(query.withCountry("kz"), candidate.withCountry("KZ").withCountry("ru")).score();
        double none = matcher.score(query, candidate).score();
        double other = matcher.score(query.withCountry("kz"), candidate.withCountry("kg")).score();
        assertThat(same).isGreaterThan(none);
        assertThat(other).isLessThan(none);
    }

    @Test
    void addressesSupportOrWeaken() {
        var query = MatchRecord.company("Vector Komplekt Trading LLC");
        var candidate = MatchRecord.company("ООО «Вектор Комплект»");
        double none = matcher.score(query, candidate).score();
        var same = matcher.score(query.withAddress("Moscow, ul. Lenina 5"),
                candidate.withAddress("Москва, ул. Ленина 5"));
        var other = matcher.score(query.withAddress("Moscow, ul. Lenina 5"),
                candidate.withAddress("Москва, ул. Ленина 7"));
        assertThat(same.feature(MatchFeature.ADDRESS)).isPresent();
        assertThat(other.feature(MatchFeature.ADDRESS_MISMATCH)).isPresent();
        assertThat(same.score()).isGreaterThan(none);
        assertThat(other.score()).isLessThan(none);
    }

    @Test
    void legalFormsOfTheSameTypeSupportAndOfAnotherWeakenSlightly() {
        double same = companies("Dala Treid LLP", "ТОО «Дала Трейд»");
        double missing = companies("Dala Treid", "ТОО «Дала Трейд»");
        double other = companies("Dala Treid JSC", "ТОО «Дала Трейд»");
        assertThat(same).isGreaterThanOrEqualTo(missing);
        assertThat(other).isLessThan(missing).isGreaterThan(THRESHOLD);
    }

    @Test
    void aPersonIsNeverACompany() {
        var score = matcher.score(MatchRecord.person("Alfa Trade"), MatchRecord.company("Alfa Trade LLC"));
        assertThat(score.score()).isZero();
        assertThat(score.feature(MatchFeature.SCHEMA_MISMATCH)).isPresent();
        assertThat(matcher.score(MatchRecord.of(Schema.LEGAL_ENTITY, "Alfa Trade"),
                MatchRecord.company("Alfa Trade LLC")).score()).isGreaterThan(0.95);
    }

    @Test
    void theBestPairOfNamesWins() {
        var score = matcher.score(MatchRecord.person("John Smith", "Юрий Щербаков"),
                MatchRecord.person("Peter Brown", "Yury Shcherbakov"));
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.feature(MatchFeature.NAME)).hasValueSatisfying(f -> {
            assertThat(f.queryValue()).isEqualTo("Юрий Щербаков");
            assertThat(f.candidateValue()).isEqualTo("Yury Shcherbakov");
        });
    }

    @Test
    void namesFromScriptsWithoutVowelsMatchOnConsonants() {
        assertThat(persons("محمد علي", "Mohamed Ali")).isGreaterThan(THRESHOLD);
        assertThat(persons("محمد علي", "Khaled Mahmoud")).isLessThan(THRESHOLD);
    }

    @Test
    void aScoreListsItsFeaturesWithTheValuesThatGaveThem() {
        var score = matcher.score(
                MatchRecord.company("VECTOR KOMPLEKT OOO").withCountry("ru").withBirthDate("2015"),
                MatchRecord.company("ООО «Вектор Комплект»").withCountry("RU").withBirthDate("2015-06-01"));
        assertThat(score.features()).extracting(MatchFeature::name).containsExactlyInAnyOrder(
                MatchFeature.NAME, MatchFeature.LEGAL_FORM, MatchFeature.COUNTRY, MatchFeature.BIRTH_DATE);
        assertThat(score.feature(MatchFeature.NAME)).hasValueSatisfying(f -> {
            assertThat(f.queryValue()).isEqualTo("VECTOR KOMPLEKT OOO");
            assertThat(f.candidateValue()).isEqualTo("ООО «Вектор Комплект»");
            assertThat(f.weight()).isEqualTo(1.0);
            assertThat(f.value()).isBetween(0.9, 1.0);
        });
        assertThat(score.feature(MatchFeature.LEGAL_FORM)).hasValueSatisfying(f -> {
            assertThat(f.queryValue()).contains("llc");
            assertThat(f.candidateValue()).contains("llc");
        });
        assertThat(score.feature(MatchFeature.COUNTRY)).hasValueSatisfying(f -> assertThat(f.queryValue())
                .isEqualTo("ru"));
        double sum = score.features().stream().mapToDouble(MatchFeature::contribution).sum();
        assertThat(score.score()).isEqualTo(Math.min(1.0, sum));
    }
}
