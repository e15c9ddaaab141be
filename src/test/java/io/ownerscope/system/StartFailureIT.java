package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.testing.CapturedTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** The service's start failing for a reason the user can fix: one paragraph naming the setting, no stack trace. */
class StartFailureIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedTerminal terminal = new CapturedTerminal();

    @Test
    void aBusyBoltPortNamesTheBoltPortSetting() throws IOException {
        try (var taken = takenPort()) {
            var failure = start("--ownerscope.embedded.bolt-port=" + taken.getLocalPort());

            assertThat(failure.description()).contains("Bolt port " + taken.getLocalPort(), "another process");
            assertThat(failure.action()).contains("--ownerscope.embedded.bolt-port=0");
            assertReportedInOneParagraph("--ownerscope.embedded.bolt-port=0");
        }
    }

    @Test
    void aBusyHttpPortNamesTheServerPortSetting() throws IOException {
        try (var taken = takenPort()) {
            var failure = start("--server.port=" + taken.getLocalPort());

            assertThat(failure.description()).contains("HTTP port " + taken.getLocalPort());
            assertThat(failure.action()).contains("--server.port=");
            assertReportedInOneParagraph("--server.port=");
        }
    }

    @Test
    void aStorePathThatIsAFileNamesTheStorePathSetting() throws IOException {
        var file = Files.writeString(dir.resolve("not-a-folder"), "x");

        var failure = start("--ownerscope.embedded.store-path=" + file);

        assertThat(failure.description()).contains(file.toString(), "not a folder");
        assertThat(failure.action()).contains("--ownerscope.embedded.store-path=");
        assertReportedInOneParagraph("--ownerscope.embedded.store-path=");
    }

    @Test
    void aNeo4jOutOfReachNamesTheUriSetting() throws IOException {
        int closed;
        try (var socket = takenPort()) {
            closed = socket.getLocalPort();
        }

        var failure = start("--spring.neo4j.uri=bolt://127.0.0.1:" + closed);

        assertThat(failure.description()).startsWith("Neo4j cannot be reached");
        assertThat(failure.action()).contains("spring.neo4j.uri");
        assertReportedInOneParagraph("spring.neo4j.uri");
    }

    /** Starts the service with these settings besides a store of its own; how its failure was explained. */
    private StartFailure start(String... settings) {
        var given = new LinkedHashMap<String, String>();
        for (var setting : List.of("--ownerscope.embedded.store-path=" + dir.resolve("store"),
                "--ownerscope.embedded.bolt-port=0", "--server.port=0", "--ownerscope.demo.enabled=false")) {
            given.put(setting.substring(0, setting.indexOf('=')), setting);
        }
        for (var setting : settings) {
            given.put(setting.substring(0, setting.indexOf('=')), setting);
        }
        var args = List.copyOf(given.values());
        var thrown = catchThrowable(() -> SpringApplication.run(OwnerscopeApplication.class,
                args.toArray(String[]::new)).close());

        assertThat(thrown).as("the start should fail").isNotNull();
        var analysis = new StartFailureAnalyzer().analyze(thrown);
        assertThat(analysis).as("explained: " + thrown).isNotNull();
        return StartFailure.of(thrown).orElseThrow();
    }

    private void assertReportedInOneParagraph(String setting) {
        var console = terminal.stdout() + terminal.stderr();
        assertThat(console).contains("APPLICATION FAILED TO START", setting).doesNotContain("\tat ");
    }

    private static ServerSocket takenPort() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }
}
