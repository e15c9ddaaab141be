package io.ownerscope.loading.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ownerscope.loading.LoadService;
import io.ownerscope.loading.LoadSettings;
import io.ownerscope.loading.offline.InitialLoad;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;

/** The load command's own checks, with the readers but no graph: a command that reached for it would fail. */
class LoadCommandLineTest {

    private final StringWriter err = new StringWriter();
    private LoadCommand command;

    private CommandLine commandLine() {
        var beans = new StaticListableBeanFactory();
        TestLoads.readers(null, 2).forEach(reader -> beans.addBean(reader.format(), reader));
        command = new LoadCommand(beans.getBeanProvider(io.ownerscope.loading.SourceReader.class),
                beans.getBeanProvider(LoadService.class), beans.getBeanProvider(InitialLoad.class),
                beans.getBeanProvider(LoadSettings.class));
        var line = new CommandLine(command, new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == LoadCommand.Formats.class ? (K) new LoadCommand.Formats(command)
                        : CommandLine.defaultFactory().create(type);
            }
        });
        line.setErr(new PrintWriter(err, true));
        return line;
    }

    private int run(String... args) {
        return commandLine().execute(args);
    }

    @Test
    void theFormatsAreTheReaders() {
        var line = commandLine();

        line.parseArgs("--format", "ofac-sdn", "sdn-directory");

        assertThat(line.getUsageMessage()).containsIgnoringWhitespaces(
                "bods, csv, ftm, gleif-lei, gleif-repex, gleif-rr, ofac-sdn, un");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThat(run("--format", "ofac_sdn", "dir")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'ofac_sdn'; expected one of bods, csv, ftm, gleif-lei, "
                + "gleif-repex, gleif-rr, ofac-sdn, un");
    }

    @Test
    void anUnknownEncodingIsABadCommandLine() {
        assertThat(run("--format", "csv", "--encoding", "cp-nothing", "dir")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown encoding 'cp-nothing'");
    }

    @Test
    void anEncodingGoesWithCsvOnly() {
        assertThat(run("--format", "ftm", "--encoding", "windows-1251", "x.jsonl")).isEqualTo(2);
        assertThat(err.toString()).contains("--encoding goes with --format csv");
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
