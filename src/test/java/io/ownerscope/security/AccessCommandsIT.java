package io.ownerscope.security;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

import io.ownerscope.testing.CommandLineTest;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;

/** {@code users}, {@code keys} and {@code audit export} at the command line, on the store directly. */
class AccessCommandsIT extends CommandLineTest {

    @Test
    void aUserIsAddedWithAGeneratedPasswordKeptOnlyAsAHash() {
        assertThat(cli("users", "add", "erin", "--role", "analyst", onHarness())).isZero();
        var password = find("password \\(shown only now\\): (\\S+)", terminal.stdout());

        var stored = query(TestGraphs.graph(HarnessNeo4j.driver()),
                "MATCH (u:User {username: 'erin'}) RETURN u.role AS role, u.passwordHash AS hash", Map.of()).getFirst();
        assertThat(stored.get("role").asString()).isEqualTo("analyst");
        assertThat(stored.get("hash").asString()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(cli("users", "list", onHarness())).isZero();
        assertThat(terminal.stdout()).containsPattern("erin\\s+analyst");

        assertThat(cli("users", "add", "erin", "--role", "viewer", onHarness())).isEqualTo(1);
        assertThat(terminal.stderr()).contains("exists already");
        assertThat(cli("users", "add", "frank", "--role", "root", onHarness())).isEqualTo(1);
        assertThat(terminal.stderr()).contains("viewer, analyst, admin");
        assertThat(cli("users", "remove", "erin", onHarness())).isZero();
    }

    @Test
    void aKeyIsShownOnceStoredAsADigestAndRevoked() {
        assertThat(cli("keys", "create", "nightly-screening", "--role", "viewer", onHarness())).isZero();
        var secret = find("\\s(osk_\\S+)", terminal.stdout());
        var id = find("key (\\S+) \\(nightly-screening", terminal.stdout());

        var graph = TestGraphs.graph(HarnessNeo4j.driver());
        assertThat(query(graph, "MATCH (k:ApiKey {id: $id}) RETURN k.hash AS hash", Map.of("id", id)).getFirst()
                .get("hash").asString()).isEqualTo(ApiKeys.digest(secret));
        var before = terminal.stdout().length();
        assertThat(cli("keys", "list", onHarness())).isZero();
        assertThat(terminal.stdout().substring(before)).contains("nightly-screening")
                .doesNotContain(secret.substring(4));

        assertThat(cli("keys", "revoke", id, onHarness())).isZero();
        assertThat(query(graph, "MATCH (k:ApiKey {id: $id}) RETURN k.revokedAt IS NOT NULL AS revoked",
                Map.of("id", id)).getFirst().get("revoked").asBoolean()).isTrue();
        assertThat(cli("keys", "revoke", "no-such-key", onHarness())).isEqualTo(1);
    }

    @Test
    void changesAtTheCommandLineAreInTheExportedAuditTrail() throws Exception {
        assertThat(cli("users", "add", "gina", "--role", "viewer", onHarness())).isZero();
        assertThat(cli("keys", "create", "exporter", "--role", "admin", onHarness())).isZero();
        var exported = dir.resolve("audit.jsonl");

        assertThat(cli("audit", "export", "--from", "2020-01-01", "--output", exported.toString(), onHarness()))
                .isZero();

        var lines = Files.readAllLines(exported);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"action\":\"user add\"")
                .contains("\"target\":\"gina\"").contains("\"actor\":\"cli:"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"action\":\"key create\"")
                .contains("exporter"));
        assertThat(lines).noneMatch(line -> line.contains("osk_"));
        assertThat(cli("audit", "export", "--from", "yesterday", onHarness())).isEqualTo(2);
        cli("users", "remove", "gina", onHarness());
    }

    private static String find(String pattern, String text) {
        var matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
