package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code load --format csv --mapping ...}: a bad mapping stops the command before the graph is opened. */
class MappedCsvCommandLineTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        // no application: a command that reached for the graph would fail with another exit code
        var line = new CommandLine(new LoadCommand(() -> {
            throw new AssertionError("the graph was opened");
        }));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void aMalformedMappingExitsWithTwoAndNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
        var mapping = dir.resolve("registry.yml");
        Files.writeString(mapping, """
                entities:
                  company:
                    schema: Company
                    keys: [id]
                    properties:
                      name: {column: name, format: "%d.%m.%Y"}
                """);

        assertThat(run("--format", "csv", "--mapping", mapping.toString(), "export.csv")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: registry.yml line 6: entities.company.properties.name.format:"
                + " only a date takes a format" + System.lineSeparator());
    }

    @Test
    void aMissingMappingFileExitsWithTwo(@TempDir Path dir) {
        assertThat(run("--format", "csv", "--mapping", dir.resolve("none.yml").toString(), "export.csv"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("error: Cannot read the mapping ").contains("none.yml");
    }

    @Test
    void aMappingGoesWithTheCsvFormatOnly() {
        assertThat(run("--format", "ftm", "--mapping", "data-loaders/mappings/kz-registry.yml", "x.jsonl"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--mapping goes with --format csv, not ftm");
    }
}
