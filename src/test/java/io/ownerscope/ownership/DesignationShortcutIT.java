package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A designation with nothing listed upstream is answered without reading the upstream network, and the answer is
 * the one the whole network gives, for every entity of a graph that has each case beside it: an unlisted chain, a
 * chain longer than the traversal cap, a listed owner, a listing that ended, a stake that ended, and a registry
 * record joined to a sanctions-list record by its INN.
 */
class DesignationShortcutIT extends RunningService {

    @Autowired
    OwnershipService ownership;

    @Autowired
    OwnershipRepository repository;

    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void everyCase() {
        TestGraphs.emptyGraph(driver);
        var entities = new ArrayList<String>(List.of(
                "plain-1,company,Plain One LLC,KZ,", "plain-2,company,Plain Two LLC,KZ,",
                "listed,company,Listed JSC,RU,", "held,company,Held LLP,KZ,",
                "was-listed,company,Was Listed JSC,RU,", "was-held,company,Was Held LLP,AM,",
                "stake-ended,company,Stake Ended LLP,AE,",
                "boss-listed,company,Boss JSC,RU,7707083893", "boss-registry,company,Boss JSC,RU,7707083893",
                "boss-held,company,Boss Held Ltd,CY,"));
        var relationships = new ArrayList<String>(List.of(
                "r1,plain-1,plain-2,OWNS,80,shareholding,,",
                "r2,listed,held,OWNS,60,shareholding,,",
                "r3,was-listed,was-held,OWNS,70,shareholding,,",
                "r4,listed,stake-ended,OWNS,55,shareholding,2020-01-01,2023-06-30",
                "r5,boss-registry,boss-held,OWNS,51,shareholding,,"));
        chain("deep", 13, "TR", entities, relationships);
        entities.add("deep-listed,company,Deep Listed JSC,RU,");
        relationships.add("d-top,deep-listed,deep-0,OWNS,100,shareholding,,");
        chain("old", 11, "GE", entities, relationships);
        entities.add("old-owner,company,Old Owner Ltd,CY,");
        relationships.add("o-top,old-owner,old-0,OWNS,100,shareholding,2020-01-01,2022-12-31");
        loader.load(List.of(Csv.file("entities.csv", lines("id,type,name,country,inn", entities)),
                Csv.file("relationships.csv",
                        lines("id,from_id,to_id,type,share,interest_type,start_date,end_date", relationships)),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "listed,OFAC,RUSSIA-EO14024,2022-03-01,", "listed,EU,RUSSIA,2022-03-01,",
                        "was-listed,OFAC,RUSSIA-EO14024,2022-03-01,2024-01-01",
                        "boss-listed,OFAC,RUSSIA-EO14024,2022-03-01,",
                        "deep-listed,OFAC,RUSSIA-EO14024,2022-03-01,")), "cases", "test");
        entities.forEach(row -> ids.add(row.substring(0, row.indexOf(','))));
    }

    /** Companies {@code prefix-0} to {@code prefix-(length - 1)}, each wholly owned by the one before. */
    private static void chain(String prefix, int length, String country, List<String> entities,
            List<String> relationships) {
        for (int i = 0; i < length; i++) {
            entities.add(prefix + "-" + i + ",company," + prefix + " " + i + " LLC," + country + ",");
            if (i > 0) {
                relationships.add(prefix + i + "," + prefix + "-" + (i - 1) + "," + prefix + "-" + i
                        + ",OWNS,100,shareholding,,");
            }
        }
    }

    private static String[] lines(String header, List<String> rows) {
        var lines = new ArrayList<String>();
        lines.add(header);
        lines.addAll(rows);
        return lines.toArray(String[]::new);
    }

    @Test
    void everyAnswerIsTheOneTheWholeNetworkGives() {
        for (var regime : Regime.values()) {
            for (var asOf : List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 1))) {
                for (var id : ids) {
                    assertThat(ownership.designation(id, regime, asOf)).as("%s %s %s", id, regime, asOf)
                            .isEqualTo(ownership.designationInFull(id, regime, asOf));
                }
            }
        }
    }

    @Test
    void theCasesShowWhatTheyShouldOnEitherPath() {
        var today = LocalDate.of(2024, 6, 1);

        assertThat(ownership.designation("plain-2", Regime.OFAC, today).designated()).isFalse();
        assertThat(ownership.designation("held", Regime.OFAC, today).designated()).isTrue();
        assertThat(ownership.designation("was-held", Regime.OFAC, today).formerly()).isNotNull();
        assertThat(ownership.designation("stake-ended", Regime.OFAC, today).formerly()).isNotNull();
        assertThat(ownership.designation("boss-held", Regime.OFAC, today).designated()).isTrue();
        assertThat(ownership.designation("deep-12", Regime.EU, today).truncated()).isTrue();
        assertThat(ownership.designation("old-10", Regime.EU, today).truncated()).isFalse();
        assertThat(ownership.designation("old-10", Regime.EU, LocalDate.of(2021, 1, 1)).truncated()).isTrue();
        assertThat(ownership.designation("deep-3", Regime.OFAC, today).designated()).isTrue();
    }

    @Test
    void onlyWhatNothingListedOwnsTakesTheShortPath() {
        var ofac = List.of("OFAC");
        var today = LocalDate.of(2024, 6, 1);

        assertThat(ids).filteredOn(id -> repository.inOneRead(r -> r.aloneUpstream(id, today, ofac)).isPresent())
                .contains("plain-1", "plain-2", "deep-10", "deep-11", "deep-12", "old-10", "old-owner")
                .doesNotContain("held", "was-held", "stake-ended", "boss-registry", "boss-held", "deep-9");
    }
}
