package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

/** The saved queries under {@code cypher/queries/addresses/}. */
class AddressQueriesIT extends SavedQueryCase {

    @Test
    void sharedAddressWithDesignatedFindsACompanyAtADesignatedPartysAddressOnly() {
        load(Csv.file("entities.csv", "id,type,name,country,incorporation_date",
                        "designated,company,AO Strezhen,RU,1999-01-01",
                        "tenant,company,Abay Trade LLP,KZ,2022-06-14",
                        "elsewhere,company,Other Street LLP,KZ,2022-06-14",
                        "former-tenant,company,Moved Out LLP,KZ,2015-01-01",
                        "delisted,person,Once Listed,RU,",
                        "neighbour-of-delisted,company,Neighbour LLP,KZ,2020-01-01",
                        "abay,address,\"Almaty, Abay Ave 150\",KZ,",
                        "other,address,\"Almaty, Abay Ave 151\",KZ,",
                        "dostyk,address,\"Almaty, Dostyk Ave 5\",KZ,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,start_date,end_date",
                        "r1,designated,abay,REGISTERED_AT,2020-01-01,",
                        "r2,tenant,abay,REGISTERED_AT,2022-06-14,",
                        "r3,elsewhere,other,REGISTERED_AT,2022-06-14,",
                        "r4,former-tenant,abay,REGISTERED_AT,2015-01-01,2019-12-31",
                        "r5,delisted,dostyk,REGISTERED_AT,,",
                        "r6,neighbour-of-delisted,dostyk,REGISTERED_AT,,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "designated,OFAC,RUSSIA-EO14024,2022-04-06,",
                        "delisted,EU,RUS-269/2014,2022-03-15,2023-09-13"));

        var result = run("shared-address-with-designated", Map.of("asOf", "2024-01-01"));

        assertThat(column(result, "companyId")).containsExactly("tenant");
        var row = result.rows().getFirst();
        assertThat(row).containsEntry("address", "Almaty, Abay Ave 150")
                .containsEntry("designatedIds", List.of("designated"))
                .containsEntry("listings", List.of("AO Strezhen: OFAC RUSSIA-EO14024"))
                .containsEntry("companyListed", false)
                .containsEntry("incorporated", "2022-06-14");
        assertThat(list(row, "sources"))
                .containsExactlyInAnyOrder("case:r2", "case:r1", "case:designated|OFAC|RUSSIA-EO14024");
        assertThat(column(run("shared-address-with-designated", Map.of("asOf", "2023-01-01")), "companyId"))
                .as("before its delisting, the EU listing counts too")
                .containsExactlyInAnyOrder("tenant", "neighbour-of-delisted");
        assertThat(run("shared-address-with-designated", Map.of("asOf", "2024-01-01", "authorities", List.of("EU")))
                .rows()).isEmpty();
    }

    @Test
    void massRegistrationAddressesFindsAddressesWithManyCompaniesAndCountsTheNewOnes() {
        load(Csv.file("entities.csv", "id,type,name,country,incorporation_date,address",
                "a1,company,A1 LLP,KZ,2022-05-01,\"Almaty, Abay Ave 150\"",
                "a2,company,A2 LLP,KZ,2022-07-01,\"Almaty, Abay Ave 150\"",
                "a3,company,A3 LLP,KZ,2019-01-01,\"Almaty, Abay Ave 150\"",
                "b1,company,B1 LLP,KZ,2022-05-01,\"Astana, Kabanbay Batyr 1\"",
                "b2,company,B2 LLP,KZ,2022-05-01,\"Astana, Kabanbay Batyr 1\""),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on", "a3,UK,RUSSIA,2023-05-19"));

        var result = run("mass-registration-addresses", Map.of("minCompanies", 3));

        assertThat(column(result, "address")).containsExactly("Almaty, Abay Ave 150");
        assertThat(result.rows().getFirst()).containsEntry("companies", 3L).containsEntry("incorporatedSince", 2L)
                .containsEntry("designated", List.of("A3 LLP"));
        assertThat(list(result.rows().getFirst(), "newCompanies"))
                .containsExactlyInAnyOrder("A1 LLP", "A2 LLP");
        assertThat(list(result.rows().getFirst(), "sources")).hasSize(3);
        assertThat(column(run("mass-registration-addresses", Map.of("minCompanies", 2)), "companies"))
                .containsExactly(3L, 2L);
    }
}
