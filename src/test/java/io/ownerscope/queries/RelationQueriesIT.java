package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

/** The saved queries under {@code cypher/queries/relations/}. */
class RelationQueriesIT extends SavedQueryCase {

    private static final String RELATIONSHIPS =
            "id,from_id,to_id,type,share,interest_type,role,start_date,end_date";

    @Test
    void relativesOfDesignatedOwningCompaniesFindsTheSpouseWhoOwnsAFirm() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "lisitsyn,person,Arkady Lisitsyn,RU",
                        "wife,person,Galina Lisitsyna,RU",
                        "partner,person,Business Partner,RU",
                        "clean,person,Not Listed,RU",
                        "cousin,person,Cousin Of Clean,RU",
                        "delisted,person,Once Listed,RU",
                        "ex-friend,person,Friend Of Delisted,RU",
                        "co-w,company,OOO Galina,RU",
                        "co-c,company,OOO Cousin,RU",
                        "co-e,company,OOO Friend,RU"),
                Csv.file("relationships.csv", RELATIONSHIPS,
                        "f1,wife,lisitsyn,FAMILY_OF,,,spouse,1995-06-01,",
                        "a1,partner,lisitsyn,ASSOCIATE_OF,,,business partner,,",
                        "f2,cousin,clean,FAMILY_OF,,,cousin,,",
                        "a2,ex-friend,delisted,ASSOCIATE_OF,,,friend,,",
                        "o1,wife,co-w,OWNS,100,shareholding,,2022-05-01,",
                        "o2,cousin,co-c,OWNS,100,shareholding,,,",
                        "o3,ex-friend,co-e,OWNS,100,shareholding,,,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "lisitsyn,OFAC,RUSSIA-EO14024,2022-04-06,",
                        "delisted,EU,RUS-269/2014,2022-03-15,2023-06-01"));

        var result = run("relatives-of-designated-owning-companies", Map.of("asOf", "2024-01-01"));

        assertThat(column(result, "relativeId")).containsExactly("wife");
        assertThat(result.rows().getFirst()).containsEntry("relation", "FAMILY_OF").containsEntry("role", "spouse")
                .containsEntry("designatedId", "lisitsyn").containsEntry("companyId", "co-w")
                .containsEntry("shareMin", 100.0).containsEntry("relativeListed", false)
                .containsEntry("sources", List.of("case:f1", "case:o1", "case:lisitsyn|OFAC|RUSSIA-EO14024"));
        assertThat(run("relatives-of-designated-owning-companies", Map.of("asOf", "2024-01-01",
                "relations", List.of("ASSOCIATE_OF"))).rows()).isEmpty();
        assertThat(column(run("relatives-of-designated-owning-companies", Map.of("asOf", "2023-01-01")),
                "relativeId")).as("before the delisting").containsExactlyInAnyOrder("wife", "ex-friend");
    }

    @Test
    void controlledByDesignatedFindsBoardControlWithoutAMajorityStake() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "strezhen,company,AO NPO Strezhen,RU",
                        "clean,company,Clean Holding,RU",
                        "cy-hold,company,Peristera Investments Ltd,CY",
                        "co-2,company,Controlled By Clean,CY",
                        "listed-co,company,Listed Subsidiary,RU",
                        "co-old,company,Formerly Controlled,CY"),
                Csv.file("relationships.csv", RELATIONSHIPS,
                        "c1,strezhen,cy-hold,CONTROLS,,appointmentOfBoard,,2019-01-01,",
                        "o1,strezhen,cy-hold,OWNS,30,shareholding,,2019-01-01,",
                        "c2,clean,co-2,CONTROLS,,appointmentOfBoard,,,",
                        "c3,strezhen,listed-co,CONTROLS,,votingRights,,,",
                        "c4,strezhen,co-old,CONTROLS,,nominee,,2010-01-01,2020-01-01"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "strezhen,OFAC,RUSSIA-EO14024,2022-04-06",
                        "listed-co,EU,RUS-269/2014,2022-03-15"));

        var result = run("controlled-by-designated", Map.of());

        assertThat(column(result, "companyId")).containsExactly("cy-hold");
        assertThat(result.rows().getFirst()).containsEntry("designatedId", "strezhen")
                .containsEntry("control", "appointmentOfBoard").containsEntry("directShareMin", 30.0)
                .containsEntry("sources", List.of("case:c1", "case:o1", "case:strezhen|OFAC|RUSSIA-EO14024"));
    }
}
