package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.SplittableRandom;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Creating the rows that are new ({@code ownerscope.load.create-new}) gives the graph that merging every row gives:
 * the same nodes, relationships and properties, on random inputs with ids repeated within a batch, across batches in
 * flight at once and across loads, rows without ids, rows that point at nothing, and a second load over the first.
 */
class CreateNewLoadIT {

    private static final int BATCH = 7;

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void createsWhatIsNewAndMergesTheRestIntoTheGraphMergingGives() throws Exception {
        var random = new SplittableRandom(System.nanoTime());
        var first = input("first", random, 0);
        var second = input("second", random, 60);

        var merged = loadBoth(false, first, second);
        var created = loadBoth(true, first, second);

        assertThat(created.rows()).hasSize(merged.rows().size());
        assertThat(created.withoutTimes()).isEqualTo(merged.withoutTimes());
    }

    private GraphSnapshot loadBoth(boolean createNew, Path first, Path second) {
        var graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        var service = service(graph, createNew);
        service.load("csv", LoadInput.of(first, "registry"));
        service.load("csv", LoadInput.of(second, "registry"));
        service.load("csv", LoadInput.of(first, "other"));
        return GraphSnapshot.of(graph);
    }

    private static LoadService service(Graph graph, boolean createNew) {
        return new LoadService(new LoadEngine(BATCH, 2, report -> { }),
                new GraphWriter(graph, Clock.systemUTC(), createNew), TestLoads.readers(graph, BATCH));
    }

    /** About 80 companies and persons, ownership and directorships among them, some ids repeated. */
    private Path input(String name, SplittableRandom random, int firstId) throws Exception {
        var input = Files.createDirectories(dir.resolve(name));
        var entities = new StringBuilder("id,type,name,country,address\n");
        int count = 80;
        for (int i = 0; i < count; i++) {
            int id = firstId + (random.nextInt(10) == 0 ? random.nextInt(i + 1) : i);
            var type = id % 5 == 0 ? "person" : "company";
            entities.append("e").append(id).append(',').append(type).append(",Name ").append(id).append(' ')
                    .append(random.nextInt(3)).append(',').append(random.nextBoolean() ? "KZ" : "")
                    .append(',').append(random.nextInt(8) == 0 ? "\"" + random.nextInt(3) + " Abay Ave\"" : "")
                    .append('\n');
        }
        var links = new StringBuilder("id,from_id,to_id,type,share,role\n");
        for (int i = 0; i < 150; i++) {
            int from = firstId + random.nextInt(count + 5);
            int to = firstId + random.nextInt(count);
            var id = random.nextInt(4) == 0 ? "" : "r" + (random.nextInt(6) == 0 ? random.nextInt(i + 1) : i);
            var type = random.nextInt(4) == 0 ? "DIRECTOR_OF" : "OWNS";
            links.append(id).append(",e").append(from).append(",e").append(to).append(',').append(type).append(',')
                    .append(type.equals("OWNS") ? String.valueOf(1 + random.nextInt(100)) : "").append(',')
                    .append(type.equals("OWNS") ? "" : "director").append('\n');
        }
        Files.writeString(input.resolve("entities.csv"), entities);
        Files.writeString(input.resolve("relationships.csv"), links);
        return input;
    }
}
