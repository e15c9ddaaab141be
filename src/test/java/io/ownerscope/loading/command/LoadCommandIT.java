package io.ownerscope.loading.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.CommandLineTest;
import org.junit.jupiter.api.Test;

/** {@code ownerscope load} with rejects, a reject limit and input it cannot read, as a data team runs it. */
class LoadCommandIT extends CommandLineTest {

    private int load(String format, Path input, String... extra) {
        var args = new ArrayList<>(List.of("load", "--format", format, input.toString(),
                onHarness(),
                "--ownerscope.load.rejects-dir=" + dir.resolve("rejects")));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    @Test
    void rejectsGoToAFileNamedAfterTheDatasetWhenNoneIsGiven() throws Exception {
        var input = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(input.resolve("entities.csv"), "id,type,name\na,company,A\nb,boat,B\n");

        int exit = load("csv", input);

        assertThat(exit).isOne();
        try (var files = Files.list(dir.resolve("rejects"))) {
            var rejects = files.toList();
            assertThat(rejects).singleElement().asString().matches(".*/registry-\\d{8}T\\d{6}Z\\.jsonl");
            assertThat(terminal.stdout()).contains("Rejected rows written to "
                    + rejects.getFirst());
            assertThat(Files.readAllLines(rejects.getFirst())).singleElement().asString()
                    .contains("\"file\":\"entities.csv\"", "\"line\":3", "\"raw\":\"b,boat,B\"");
        }
    }

    @Test
    void aLoadWithoutRejectsLeavesNoRejectsFile() throws Exception {
        var input = Files.createDirectories(dir.resolve("clean"));
        Files.writeString(input.resolve("entities.csv"), "id,type,name\na,company,A\n");

        assertThat(load("csv", input)).isZero();
        assertThat(dir.resolve("rejects")).doesNotExist();
        assertThat(terminal.stdout()).doesNotContain("Rejected rows written");
    }

    @Test
    void moreRejectsThanToleratedAbortWithExitCodeFour() throws Exception {
        var input = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(input.resolve("entities.csv"), "id,type,name\na,company,A\nb,boat,B\nc,boat,C\n");
        var rejects = dir.resolve("bad.jsonl");

        int exit = load("csv", input, "--max-rejects", "1", "--rejects", rejects.toString(),
                "--ownerscope.load.batch-size=1");

        assertThat(exit).isEqualTo(4);
        assertThat(terminal.stderr().strip()).startsWith("error: Load run csv:registry:")
                .contains("aborted: 2 rows rejected, more than the 1 tolerated").doesNotContain("\n", "\tat ");
        assertThat(terminal.stdout()).containsPattern("entities\\s+1")
                .containsPattern("rejected\\s+2").contains("Rejected rows written to " + rejects);
        assertThat(Files.readAllLines(rejects)).hasSize(2);
    }

    @Test
    void aNegativeRejectLimitIsABadCommandLine() throws Exception {
        assertThat(load("csv", dir, "--max-rejects", "-1")).isEqualTo(2);
        assertThat(terminal.stderr()).contains("--max-rejects must be 0 or more");
    }

    @Test
    void aFileThatIsNotUtf8IsOneLineNamingWhere() throws Exception {
        var file = dir.resolve("people.ftm.jsonl");
        Files.write(file, "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"M\u00fcller\"]}}\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        int exit = load("ftm", file);

        assertThat(exit).isEqualTo(3);
        assertThat(terminal.stderr().strip())
                .startsWith("error: people.ftm.jsonl: is not valid UTF-8 at line 1 (byte offset 0), nor are 1 of "
                        + "its 1 lines; ").endsWith("FollowTheMoney files are UTF-8 JSON lines: convert it from "
                        + "ISO-8859-1 to UTF-8").doesNotContain("Exception");
    }
}
