package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class RejectsFileTest {

    @TempDir
    Path dir;

    @Test
    void noRejectNoFile() {
        var path = dir.resolve("rejects/none.jsonl");
        try (var rejects = new RejectsFile(path)) {
            assertThat(rejects.written()).isZero();
        }

        assertThat(path).doesNotExist();
    }

    @Test
    void everyRejectIsOneJsonLineWithFileLineReasonAndRaw() throws Exception {
        var path = dir.resolve("rejects/registry.jsonl");
        try (var rejects = new RejectsFile(path)) {
            rejects.write(new Reject("entities.csv", 3, "unknown type 'boat'", "b,boat,\"Bob, Jr\""));
            rejects.write(new Reject("sdn.csv", 7, "SDN entry 12 has no name", "12,,\"-0-\""));
            assertThat(rejects.written()).isEqualTo(2);
        }

        var lines = Files.readAllLines(path);
        assertThat(lines).hasSize(2);
        var first = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(first.get("file").asString()).isEqualTo("entities.csv");
        assertThat(first.get("line").asLong()).isEqualTo(3);
        assertThat(first.get("reason").asString()).isEqualTo("unknown type 'boat'");
        assertThat(first.get("raw").asString()).isEqualTo("b,boat,\"Bob, Jr\"");
    }
}
