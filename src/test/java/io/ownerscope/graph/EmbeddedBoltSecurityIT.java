package io.ownerscope.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The embedded store's Bolt port as another local process finds it: a password, and no file or URL to read. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedBoltSecurityIT {

    @TempDir
    Path store;

    private EmbeddedNeo4j start(String password) {
        return EmbeddedNeo4j.start(new EmbeddedSettings(store, 0, password));
    }

    private static long one(EmbeddedNeo4j neo4j, AuthToken token) {
        try (var driver = GraphDatabase.driver(neo4j.boltUri(), token)) {
            return driver.executableQuery("RETURN 1 AS n").execute().records().getFirst().get("n").asLong();
        }
    }

    private String keptPassword() throws Exception {
        return Files.readString(store.resolve("bolt-password")).strip();
    }

    @Test
    void anAnonymousClientOrAWrongPasswordIsRefused() {
        try (var neo4j = start("")) {
            assertThatThrownBy(() -> one(neo4j, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> one(neo4j, AuthTokens.basic("neo4j", "neo4j")))
                    .isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> one(neo4j, AuthTokens.basic("neo4j", "not-the-password")))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(one(neo4j, neo4j.authToken())).isOne();
        }
    }

    @Test
    void aGeneratedPasswordIsKeptForItsOwnerAndShownOnlyWhenGenerated(CapturedOutput output) throws Exception {
        String password;
        try (var neo4j = start("")) {
            password = keptPassword();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24).matches("[A-Za-z0-9_-]+");
            assertThat(one(neo4j, AuthTokens.basic("neo4j", password))).isOne();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.resolve("bolt-password"))))
                        .isEqualTo("rw-------");
            }
            assertThat(output.getErr()).contains("password   " + password, "Bolt       " + neo4j.boltUri(),
                    ":server connect");
        }
        try (var again = start("")) {
            assertThat(keptPassword()).isEqualTo(password);
            assertThat(one(again, AuthTokens.basic("neo4j", password))).isOne();
        }
        assertThat(output.getAll().split(password, -1)).as("the password is shown once").hasSize(2);
    }

    @Test
    void aConfiguredPasswordHoldsFromANewStoresFirstStart(CapturedOutput output) {
        try (var neo4j = start("-a-hyphen-first")) {
            assertThat(one(neo4j, AuthTokens.basic("neo4j", "-a-hyphen-first"))).isOne();
            assertThat(one(neo4j, neo4j.authToken())).isOne();
        }
        assertThat(store.resolve("bolt-password")).doesNotExist();
        assertThat(output.getAll()).doesNotContain("-a-hyphen-first").doesNotContain(":server connect");
    }

    @Test
    void aConfiguredPasswordReplacesTheGeneratedOne(CapturedOutput output) throws Exception {
        try (var neo4j = start("")) {
            assertThat(one(neo4j, neo4j.authToken())).isOne();
        }
        var generated = keptPassword();
        try (var neo4j = start("chosen-by-the-team")) {
            assertThat(one(neo4j, AuthTokens.basic("neo4j", "chosen-by-the-team"))).isOne();
            assertThatThrownBy(() -> one(neo4j, AuthTokens.basic("neo4j", generated)))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(store.resolve("bolt-password")).as("no file names a password that no longer holds")
                .doesNotExist();
        assertThat(output.getAll()).doesNotContain("chosen-by-the-team");
    }

    @Test
    void loadCsvReadsNoFileOfTheMachineAndNoUrlEvenWithThePassword() throws Exception {
        try (var neo4j = start("")) {
            Files.createDirectories(store.resolve("import"));
            Files.writeString(store.resolve("import").resolve("rows.csv"), "a\n1\n");
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                var refusals = java.util.Map.of(
                        "file:///etc/passwd", "allow_csv_import_from_file_urls' is false",
                        "file:///rows.csv", "allow_csv_import_from_file_urls' is false",
                        "http://127.0.0.1:" + neo4j.boltUri().getPort() + "/", "is blocked",
                        "http://169.254.169.254/latest/", "is blocked");
                refusals.forEach((url, reason) -> assertThatThrownBy(() -> driver
                        .executableQuery("LOAD CSV FROM $url AS row RETURN count(row) AS n")
                        .withParameters(java.util.Map.of("url", url)).execute())
                        .as(url).isInstanceOf(ClientException.class).hasMessageContaining(reason));
            }
        }
    }
}
