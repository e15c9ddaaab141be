package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.CommandLineTest;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code ownerscope query} as an analyst runs it. */
class QueryCommandIT extends CommandLineTest {

    @BeforeEach
    void smallCase() {
        var graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        TestLoads.service(graph, 10).load(List.of(
                Csv.file("entities.csv", "id,type,name,country,incorporation_date",
                        "kz-1,company,Steppe Lynx Trading LLP,KZ,2022-06-14",
                        "kz-2,company,Abay Trade LLP,KZ,2022-07-01",
                        "kz-3,company,Old Almaty LLP,KZ,2015-01-01",
                        "de,company,Hallwitz Bauelemente GmbH,DE,1994-04-18"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2022-08-09,de,kz-1,85423190,1000")), "cli", "test");
    }

    private int query(String... args) {
        var all = new ArrayList<>(List.of("query"));
        all.addAll(List.of(args));
        all.add(onHarness());
        all.add("--ownerscope.queries.directory=src/test/resources/saved-queries");
        return cli(all.toArray(String[]::new));
    }

    private String out() {
        return terminal.stdout();
    }

    private String err() {
        return terminal.stderr();
    }

    @Test
    void aQueryRunsWithParametersAsATable() {
        int exit = query("new-firms-importing-chpl", "--param", "countries=KZ,KG", "--param", "tiers=1");

        assertThat(exit).as(err()).isZero();
        var lines = out().lines().toList();
        assertThat(lines.getFirst()).startsWith("firmId  firm  ").contains("valueUsd");
        assertThat(lines.get(1)).startsWith("------  -----");
        assertThat(lines.get(2)).startsWith("kz-1    Steppe Lynx Trading LLP  KZ       2022-06-14").contains("cli:s1");
        assertThat(lines.getLast()).isEqualTo("(1 row)");
    }

    @Test
    void anAnswerCutAtTheRowCapExitsOneAndSaysSo() {
        int exit = query("entities-by-country", "--param", "country=KZ", "--format", "json");

        assertThat(exit).isOne();
        var result = JsonMapper.builder().build().readTree(out());
        assertThat(result.get("truncated").asBoolean()).isTrue();
        assertThat(result.get("rows").size()).isEqualTo(2);
        assertThat(err()).contains("note: the answer was cut at the query's row cap of 2 rows");
    }

    @Test
    void csvGoesToStandardOutputAsItIs() {
        int exit = query("entities-by-country", "--param", "country=DE", "--format", "csv");

        assertThat(exit).isZero();
        var lines = out().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("id,name,aliases,entity");
        assertThat(lines[1]).startsWith("de,Hallwitz Bauelemente GmbH,,\"{");
    }

    @Test
    void anUnknownQueryOrParameterIsABadCommandLine() {
        assertThat(query("no-such-query")).isEqualTo(2);
        assertThat(err()).contains("error: No saved query named 'no-such-query'; 'query' without a name lists them");

        assertThat(query("entities-by-country", "--param", "county=KZ")).isEqualTo(2);
        assertThat(err()).contains("error: Unknown parameter county for query 'entities-by-country'; it takes "
                + "country");

        assertThat(query("new-firms-importing-chpl", "--param", "countries=Kazakhstan")).isEqualTo(2);
        assertThat(err()).contains("error: countries: expected an ISO-3166 alpha-2 country code, was Kazakhstan");
    }

    @Test
    void withoutANameTheCatalogIsListed() {
        int exit = query();

        assertThat(exit).isZero();
        assertThat(out())
                .contains("new-firms-importing-chpl  (trade/new-firms-importing-chpl.cypher, at most 500 rows)")
                .contains("    --param countries=list<country>  default [KZ, KG, AM]  Countries the receiving firm")
                .contains("entities-by-country").contains("--param country=string  required");
    }
}
