package io.ownerscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.testing.CapturedTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** A command run on the embedded store of the service that runs on it. */
class CliBesideTheServiceIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedTerminal terminal = new CapturedTerminal();

    @Test
    void aCommandThatNeedsTheGraphUsesTheRunningServicesBolt() {
        var store = "--ownerscope.embedded.store-path=" + dir.resolve("store");
        try (var service = SpringApplication.run(OwnerscopeApplication.class, store,
                "--ownerscope.embedded.bolt-port=0", "--server.port=0", "--ownerscope.demo.enabled=false")) {
            assertThat(dir.resolve("store").resolve("bolt-address")).exists();

            int exit = Cli.run(OwnerscopeApplication.class, new String[] {"query", "mass-registration-addresses",
                    "--format", "csv", store});

            assertThat(exit).as(terminal.stderr()).isZero();
            assertThat(terminal.stdout()).contains("addressId,address,country");
            // the service's first start shows its generated password on the same terminal before
            assertThat(terminal.stderr()).doesNotContain("error");
            assertThat(terminal.stderr().lines().filter(line -> line.startsWith("the service")))
                    .singleElement().asString().matches("the service is running on this store: using its Bolt connector "
                            + "bolt://127\\.0\\.0\\.1:\\d+");
        }
        assertThat(dir.resolve("store").resolve("bolt-address")).doesNotExist();
    }

    @Test
    void theCatalogIsListedWithoutAStore() {
        int exit = Cli.run(OwnerscopeApplication.class, new String[] {"query",
                "--ownerscope.embedded.store-path=" + dir.resolve("store")});

        assertThat(exit).isZero();
        assertThat(terminal.stdout()).contains("mass-registration-addresses");
        assertThat(dir.resolve("store")).doesNotExist();
    }
}
