package io.ownerscope.loading.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.ownerscope.testing.CommandLineTest;
import io.ownerscope.testing.HarnessNeo4j;
import org.junit.jupiter.api.Test;

/** The summary of a load adds up to the files' rows and lists the steps that followed, with their times. */
class LoadSummaryIT extends CommandLineTest {

    @Test
    void addressesFromTheAddressColumnAreCountedAsAddressesAndTheStepsAfterTheLoadAreTimed() throws Exception {
        var input = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(input.resolve("entities.csv"),
                "id,type,name,address\na,company,A,\"Almaty, Abay Ave 150\"\nb,company,B,\n");
        Files.writeString(input.resolve("relationships.csv"), "from_id,to_id,type,share\na,b,OWNS,60\n");

        int exit = cli("load", "--format", "csv", input.toString(), onHarness(),
                "--ownerscope.load.rejects-dir=" + dir.resolve("rejects"));

        assertThat(exit).as(terminal.stderr()).isZero();
        var out = terminal.stdout();
        assertThat(out).containsPattern("entities\\s+2\\n");
        assertThat(out).containsPattern("addresses\\s+1  \\(1 from the address column of entities.csv\\)");
        assertThat(out).containsPattern("relationships\\s+1\\n");
        assertThat(out).containsPattern("address links\\s+1  \\(entity to address, from the address column of "
                + "entities.csv\\)");
        assertThat(out).containsPattern("records in \\d+\\.\\d s \\([\\d,]+ records/s\\)");
        assertThat(out).contains("After the load:");
        for (var step : new String[] {"name keys", "resolution", "identity relink", "designation recompute",
                "exposure index refresh"}) {
            assertThat(out).containsPattern("  " + step + "\\s+\\d+ ms");
        }
        // the load run kept in the graph counts the same way as the summary
        var run = HarnessNeo4j.driver().executableQuery(
                "MATCH (run:LoadRun) RETURN run.addresses AS addresses, run.relationships AS relationships")
                .execute().records().getFirst();
        assertThat(run.get("addresses").asLong()).isEqualTo(1);
        assertThat(run.get("relationships").asLong()).isEqualTo(1);
    }
}
