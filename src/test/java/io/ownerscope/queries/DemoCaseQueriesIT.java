package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.Test;

/** The shipped queries, with their defaults, find the story the demo case tells (docs/demo.md). */
class DemoCaseQueriesIT extends SavedQueryCase {

    @Test
    void theDefaultsFindTheDemoCasesTransshipmentStory() {
        assertThat(TestLoads.service(graph, 1000).load(Csv.classpath("demo"), "demo", "test").rejects()).isEmpty();

        var passThrough = run("pass-through-chpl-to-russia", Map.of()).rows().getFirst();
        assertThat(passThrough).containsEntry("firmId", "co-kz-steppe-lynx");
        assertThat(list(passThrough, "suppliers")).contains("Hallwitz Bauelemente Vertrieb GmbH",
                "Tidewell Components (HK) Limited");
        assertThat(list(passThrough, "consignees")).contains("OOO Nordlait Komponent");

        assertThat(column(run("new-firms-importing-chpl", Map.of()), "firmId")).contains("co-kz-steppe-lynx");
        assertThat(column(run("rerouted-russia-suppliers", Map.of()), "exporterId"))
                .contains("co-de-hallwitz-bauelemente", "co-hk-tidewell-components");
        assertThat(run("chains-through-holding-jurisdictions", Map.of()).rows())
                .anySatisfy(row -> assertThat(row).containsEntry("companyId", "co-ru-nordlait-komponent")
                        .containsEntry("designatedId", "co-ru-npo-strezhen")
                        .containsEntry("chain", List.of("AO NPO Strezhen (RU)", "Peristera Investments Ltd (CY)",
                                "OOO Nordlait Komponent (RU)")));
        assertThat(run("unlisted-majority-owned-by-designated", Map.of()).rows())
                .anySatisfy(row -> assertThat(row).containsEntry("companyId", "co-cy-peristera-investments")
                        .containsEntry("designatedShareMin", 55.0));
        assertThat(column(run("controlled-by-designated", Map.of()), "companyId"))
                .contains("co-cy-peristera-investments");
        assertThat(run("directors-in-third-country-and-russia", Map.of()).rows())
                .anySatisfy(row -> assertThat(row).containsEntry("directorId", "pe-ruslan-ermekov")
                        .containsEntry("russianCompanyIds", List.of("co-ru-kvartslain-snab")));
        assertThat(column(run("mass-registration-addresses", Map.of()), "addressId"))
                .contains("addr-kz-almaty-abay-150");
        assertThat(column(run("mass-directors", Map.of()), "directorId")).contains("pe-kanat-ibraimov");
        assertThat(column(run("logistics-firm-consignees", Map.of()), "consigneeId")).contains("co-am-araks-freight");
        assertThat(run("top-chpl-reexporters-to-russia", Map.of()).rows())
                .anySatisfy(row -> assertThat(row).containsEntry("year", 2023L).containsEntry("rank", 1L)
                        .containsEntry("exporterId", "co-kz-steppe-lynx"));
    }
}
