package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

/** The saved queries under {@code cypher/queries/directors/}. */
class DirectorQueriesIT extends SavedQueryCase {

    @Test
    void directorsInThirdCountryAndRussiaFindsAPersonOnBothBoardsAtOnce() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "ermekov,person,Ruslan Ermekov,KZ",
                        "former,person,Former Director,KZ",
                        "german,person,Hans Director,DE",
                        "kz-llp,company,Steppe Lynx Trading LLP,KZ",
                        "ru-snab,company,OOO Kvartslain Snab,RU",
                        "kz-2,company,Second LLP,KZ",
                        "ru-2,company,OOO Second,RU",
                        "kz-3,company,Third LLP,KZ",
                        "de-1,company,Dresden GmbH,DE"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,role,start_date,end_date",
                        "d1,ermekov,kz-llp,DIRECTOR_OF,director,2022-06-14,",
                        "d2,ermekov,ru-snab,DIRECTOR_OF,general director,2019-03-01,",
                        "d3,former,kz-2,DIRECTOR_OF,director,2020-01-01,",
                        "d4,former,ru-2,DIRECTOR_OF,director,2015-01-01,2021-12-31",
                        "d5,german,kz-3,DIRECTOR_OF,director,2020-01-01,",
                        "d6,german,de-1,DIRECTOR_OF,director,2020-01-01,"));

        var result = run("directors-in-third-country-and-russia", Map.of("asOf", "2024-01-01"));

        assertThat(column(result, "directorId")).containsExactly("ermekov");
        assertThat(result.rows().getFirst())
                .containsEntry("thirdCountryCompanies", List.of("Steppe Lynx Trading LLP (KZ)"))
                .containsEntry("russianCompanies", List.of("OOO Kvartslain Snab (RU)"))
                .containsEntry("roles", List.of("director", "general director"))
                .containsEntry("sources", List.of("case:d1", "case:d2"));
        assertThat(column(run("directors-in-third-country-and-russia", Map.of("asOf", "2021-06-01")),
                "directorId")).as("before the LLP existed, only the earlier overlap").containsExactly("former");
    }

    @Test
    void massDirectorsFindsAPersonOnManyBoardsWithTheNewOnesAndTheirAddresses() {
        load(Csv.file("entities.csv", "id,type,name,country,incorporation_date,address",
                        "ibraimov,person,Kanat Ibraimov,KZ,,",
                        "other,person,Other Director,KZ,,",
                        "c1,company,C1 LLP,KZ,2022-05-01,\"Almaty, Abay Ave 150\"",
                        "c2,company,C2 LLP,KZ,2022-07-01,\"Almaty, Abay Ave 150\"",
                        "c3,company,C3 LLP,KZ,2019-01-01,",
                        "c4,company,C4 LLP,KZ,2022-01-01,",
                        "c5,company,C5 LLP,KZ,2022-01-01,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,role,start_date,end_date",
                        "b1,ibraimov,c1,DIRECTOR_OF,director,,",
                        "b2,ibraimov,c2,DIRECTOR_OF,director,,",
                        "b3,ibraimov,c3,DIRECTOR_OF,director,,",
                        "b4,ibraimov,c4,DIRECTOR_OF,director,2019-01-01,2020-01-01",
                        "b5,other,c4,DIRECTOR_OF,director,,",
                        "b6,other,c5,DIRECTOR_OF,director,,"));

        var result = run("mass-directors", Map.of("minCompanies", 3));

        assertThat(column(result, "directorId")).containsExactly("ibraimov");
        assertThat(result.rows().getFirst()).containsEntry("companies", 3L).containsEntry("incorporatedSince", 2L)
                .containsEntry("addresses", 1L);
        assertThat(list(result.rows().getFirst(), "sources")).containsExactlyInAnyOrder("case:b1", "case:b2",
                "case:b3");
    }
}
