package io.ownerscope.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.ownerscope.testing.CommandLineTest;
import org.junit.jupiter.api.Test;

/** {@code ownerscope identity} as a data team runs it after loading several sources. */
class IdentityCommandIT extends CommandLineTest {

    @Test
    void theCommandReportsTheLinksAndThePlaceholdersItDidNotLink() throws Exception {
        var rows = new StringBuilder("id,type,name,lei,inn\n")
                .append("gleif-1,company,Apple Inc.,HWUPKR0MPOU8FGXBT394,\n")
                .append("registry-1,company,APPLE INC,hwupkr0mpou8fgxbt394,\n");
        for (int i = 0; i < 11; i++) {
            rows.append("filler-").append(i).append(",company,Filler ").append(i).append(",,0000000000\n");
        }
        Files.writeString(dir.resolve("entities.csv"), rows.toString());
        assertThat(cli(new String[] {"load", "--format", "csv", dir.toString(),
                onHarness()})).isZero();

        int exit = cli(new String[] {"identity",
                onHarness()});

        assertThat(exit).isZero();
        assertThat(terminal.stdout())
                .contains("identity links: 1 (added 0, removed 0)")
                .contains("not linked: inn 0000000000 is stated by 11 records (e.g. filler-0, filler-1");
    }
}
