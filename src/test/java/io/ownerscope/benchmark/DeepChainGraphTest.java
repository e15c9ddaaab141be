package io.ownerscope.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deep-chain tree: each company owned by an earlier one, every third by two, shares adding up to 100. */
class DeepChainGraphTest {

    @TempDir
    Path dir;

    @Test
    void everyCompanyButTheFirstIsOwnedByEarlierOnesWholly() throws Exception {
        var graph = new DeepChainGraph(1_000, 7);
        var rows = new ArrayList<DeepChainGraph.Ownership>();
        graph.forEachOwnership(rows::add);

        assertThat(rows).hasSize(999 + 333);
        var held = new HashMap<String, Double>();
        for (var row : rows) {
            assertThat(Integer.parseInt(row.ownerId().substring(1)))
                    .isLessThan(Integer.parseInt(row.ownedId().substring(1)));
            held.merge(row.ownedId(), row.share(), Double::sum);
        }
        assertThat(held).hasSize(999).allSatisfy((company, total) -> assertThat(total).isEqualTo(100.0));
    }

    @Test
    void writesTheCanonicalCsvFilesTheSameForTheSameSeed() throws Exception {
        var counts = new DeepChainGraph(100, 3).write(dir.resolve("a"));
        new DeepChainGraph(100, 3).write(dir.resolve("b"));

        assertThat(counts).isEqualTo(new DeepChainGraph.Counts(100, 99 + 33));
        assertThat(Files.readAllLines(dir.resolve("a/relationships.csv")))
                .hasSize(1 + 132).first().isEqualTo("id,from_id,to_id,type,share,interest_type");
        assertThat(Files.readString(dir.resolve("a/relationships.csv")))
                .isEqualTo(Files.readString(dir.resolve("b/relationships.csv")));
        assertThat(Files.readAllLines(dir.resolve("a/entities.csv"))).hasSize(101)
                .contains("c0,company,Company 0 LLC,DE");
    }
}
