package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OfacSdnCommandLineTest {

    @Test
    void theFormatIsTypedWithAHyphen() {
        var command = new LoadCommand(() -> null);
        var line = new CommandLine(command);

        line.parseArgs("--format", "ofac-sdn", "sdn-directory");

        assertThat(command.format).isEqualTo(LoadCommand.Format.OFAC_SDN);
        assertThat(line.getUsageMessage()).containsIgnoringWhitespaces("gleif-repex, ofac-sdn, un");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        var line = new CommandLine(new LoadCommand(() -> null));

        assertThatThrownBy(() -> line.parseArgs("--format", "ofac_sdn", "dir"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("expected one of csv, bods, ftm, gleif-lei, gleif-rr, gleif-repex, ofac-sdn, un");
    }
}
