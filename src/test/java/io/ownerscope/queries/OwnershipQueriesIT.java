package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

/** The saved queries under {@code cypher/queries/ownership/}. */
class OwnershipQueriesIT extends SavedQueryCase {

    private static final String ENTITIES = "id,type,name,country,incorporation_date";
    private static final String RELATIONSHIPS =
            "id,from_id,to_id,type,share,share_min,share_max,interest_type,start_date,end_date";

    @Test
    void chainsThroughHoldingJurisdictionsFindADesignatedOwnerBehindACypriotHoldingOnly() {
        load(Csv.file("entities.csv", ENTITIES,
                        "lisitsyn,person,Arkady Lisitsyn,RU,",
                        "cy-hold,company,Peristera Investments Ltd,CY,2014-01-01",
                        "ru-target,company,OOO Nordlait,RU,2010-01-01",
                        "ivanov,person,Ivan Ivanov,RU,",
                        "de-hold,company,Berlin Holding GmbH,DE,",
                        "ru-target2,company,OOO Berlin Owned,RU,",
                        "ru-direct,company,OOO Direct,RU,",
                        "delisted,person,Once Listed,RU,",
                        "cy-hold2,company,Larnaca Holdings Ltd,CY,",
                        "ru-target3,company,OOO Larnaca Owned,RU,",
                        "cy-old,company,Old Holdings Ltd,CY,",
                        "ru-old,company,OOO Sold,RU,"),
                Csv.file("relationships.csv", RELATIONSHIPS,
                        "r1,lisitsyn,cy-hold,OWNS,60,,,shareholding,2019-01-01,",
                        "r2,cy-hold,ru-target,OWNS,80,,,shareholding,2019-01-01,",
                        "r3,ivanov,de-hold,OWNS,100,,,shareholding,,",
                        "r4,de-hold,ru-target2,OWNS,90,,,shareholding,,",
                        "r5,ivanov,ru-direct,OWNS,100,,,shareholding,,",
                        "r6,delisted,cy-hold2,OWNS,100,,,shareholding,,",
                        "r7,cy-hold2,ru-target3,OWNS,100,,,shareholding,,",
                        "r8,lisitsyn,cy-old,OWNS,100,,,shareholding,2010-01-01,2020-12-31",
                        "r9,cy-old,ru-old,OWNS,100,,,shareholding,2010-01-01,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "lisitsyn,OFAC,RUSSIA-EO14024,2022-04-06,",
                        "ivanov,EU,RUS-269/2014,2022-03-15,",
                        "delisted,UK,RUSSIA,2022-03-15,2023-06-01"));

        var result = run("chains-through-holding-jurisdictions", Map.of("asOf", "2024-01-01"));

        assertThat(column(result, "companyId")).containsExactly("ru-target");
        assertThat(result.rows().getFirst()).containsEntry("designatedId", "lisitsyn").containsEntry("links", 2L)
                .containsEntry("chain", List.of("Arkady Lisitsyn (RU)", "Peristera Investments Ltd (CY)",
                        "OOO Nordlait (RU)"))
                .containsEntry("sharesMin", List.of(60.0, 80.0)).containsEntry("lookThroughShareMin", 48.0)
                .containsEntry("listings", List.of("OFAC RUSSIA-EO14024"))
                .containsEntry("sources", List.of("case:r1", "case:r2", "case:lisitsyn|OFAC|RUSSIA-EO14024"));
        assertThat(column(run("chains-through-holding-jurisdictions", Map.of("asOf", "2024-01-01",
                "holdingCountries", List.of("DE"))), "companyId")).containsExactly("ru-target2");
    }

    @Test
    void unlistedMajorityOwnedByDesignatedAddsDirectStakesOfDesignatedOwnersOncePerOwner() {
        load(Csv.file("entities.csv", ENTITIES,
                        "x,company,X Defence,RU,",
                        "y,person,Y Person,RU,",
                        "z,person,Z Clean,RU,",
                        "a,company,A Aggregated,RU,",
                        "b,company,B Minority,RU,",
                        "c,company,C Listed,RU,",
                        "d,company,D Mixed,RU,"),
                Csv.file("relationships.csv", RELATIONSHIPS,
                        "x-a,x,a,OWNS,30,,,shareholding,,",
                        "x-a-again,x,a,OWNS,30,,,shareholding,,",
                        "y-a,y,a,OWNS,,25,50,shareholding,,",
                        "x-b,x,b,OWNS,40,,,shareholding,,",
                        "x-c,x,c,OWNS,60,,,shareholding,,",
                        "x-d,x,d,OWNS,30,,,shareholding,,",
                        "z-d,z,d,OWNS,30,,,shareholding,,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "x,OFAC,RUSSIA-EO14024,2022-04-06",
                        "y,EU,RUS-269/2014,2022-03-15",
                        "c,OFAC,RUSSIA-EO14024,2022-04-06"));

        var result = run("unlisted-majority-owned-by-designated", Map.of());

        assertThat(column(result, "companyId")).containsExactly("a");
        var row = result.rows().getFirst();
        assertThat(row).containsEntry("designatedShareMin", 55.0);
        assertThat(list(row, "owners")).containsExactlyInAnyOrder("X Defence (30.0%)", "Y Person (25.0%)");
        assertThat(list(row, "sources")).contains("case:x-a", "case:x-a-again", "case:y-a",
                "case:x|OFAC|RUSSIA-EO14024", "case:y|EU|RUS-269/2014");
        assertThat(column(run("unlisted-majority-owned-by-designated", Map.of("minShare", 30)), "companyId"))
                .containsExactly("a", "b", "d");
        assertThat(column(run("unlisted-majority-owned-by-designated", Map.of("authorities", List.of("OFAC"))),
                "companyId")).as("Y's EU listing is left out").isEmpty();
    }

    @Test
    void newThirdCountryFirmsWithRussianOwnersFindsNewKazakhFirmsOwnedFromRussiaDirectlyOrThroughAHolding() {
        load(Csv.file("entities.csv", ENTITIES,
                        "kz-new,company,Steppe Lynx Trading LLP,KZ,2022-06-14",
                        "kz-old,company,Old Steppe LLP,KZ,2019-01-01",
                        "de-new,company,Neu GmbH,DE,2022-06-14",
                        "kz-new2,company,Local Owners LLP,KZ,2023-01-01",
                        "cy-h,company,Kition Holdings Ltd,CY,2015-01-01",
                        "ru-person,person,Oleg Mirsky,RU,",
                        "ru-co,company,OOO Kvartslain Snab,RU,",
                        "kz-person,person,Dauren Sadykov,KZ,"),
                Csv.file("relationships.csv", RELATIONSHIPS,
                        "o1,cy-h,kz-new,OWNS,90,,,shareholding,,",
                        "o2,ru-person,cy-h,OWNS,100,,,shareholding,,",
                        "o3,ru-co,kz-new,OWNS,10,,,shareholding,,",
                        "o4,ru-person,kz-old,OWNS,100,,,shareholding,,",
                        "o5,ru-person,de-new,OWNS,100,,,shareholding,,",
                        "o6,kz-person,kz-new2,OWNS,100,,,shareholding,,"));

        var result = run("new-third-country-firms-with-russian-owners", Map.of());

        assertThat(result.rows()).extracting(r -> r.get("companyId") + " " + r.get("ownerId") + " " + r.get("links"))
                .containsExactly("kz-new ru-co 1", "kz-new ru-person 2");
        assertThat(result.rows().get(1)).containsEntry("chain", List.of("Oleg Mirsky (RU)",
                "Kition Holdings Ltd (CY)", "Steppe Lynx Trading LLP (KZ)"))
                .containsEntry("sharesMin", List.of(100.0, 90.0))
                .containsEntry("sources", List.of("case:o2", "case:o1"));
    }
}
