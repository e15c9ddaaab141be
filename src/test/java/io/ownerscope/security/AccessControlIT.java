package io.ownerscope.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may call what: credentials, roles, keys, and what an attacker's page or client meets. */
class AccessControlIT extends RunningService {

    @BeforeEach
    void smallGraph() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country", "maker,company,Maker LLC,RU", "sub,company,Sub LLC,KZ"),
                Csv.file("relationships.csv", "from_id,to_id,type,share", "maker,sub,OWNS,60"),
                Csv.file("sanctions.csv", "entity_id,authority,program", "maker,OFAC,RUSSIA-EO14024"));
    }

    @Test
    void noCredentialsAre401ProblemDetails() {
        var response = ApiClient.anonymous(port).get("/api/entities?name=Maker");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("X-API-Key");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).doesNotContain("Basic");
    }

    @Test
    void aWrongKeyIs401() {
        var response = ApiClient.withKey(port, "osk_not-a-key-of-this-service").get("/api/entities/maker");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(response).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aCrossSiteFormCannotRecomputeTheDesignations() {
        var before = json("/api/entities/sub/designation?regime=OFAC").get("designated").asBoolean();

        var forged = ApiClient.anonymous(port).send("POST", "/api/designations/recompute?asOf=1900-01-01", "a=b",
                "application/x-www-form-urlencoded", "Origin", "https://attacker.example");

        assertThat(forged.statusCode()).isIn(401, 403);
        assertThat(before).isTrue();
        assertThat(json("/api/entities/sub/designation?regime=OFAC").get("designated").asBoolean()).isTrue();
    }

    @Test
    void eachRoleMayDoItsOwnAndNoMore() {
        var viewer = ApiClient.withKey(port, key("viewer-bot", "viewer"));
        var analyst = ApiClient.withKey(port, key("analyst-bot", "analyst"));

        assertThat(viewer.get("/api/entities/maker").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/entities/sub/owners").statusCode()).isEqualTo(200);
        assertThat(viewer.post("/api/match", "{\"queries\":{\"q\":{\"schema\":\"Company\",\"properties\":"
                + "{\"name\":[\"Maker\"]}}}}", "application/json").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/queries").statusCode()).isEqualTo(200);
        assertThat(viewer.post("/api/queries/company-owners", "{}", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/api/resolution/decisions", "{}", "application/json").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/api/designations/recompute", null, "application/json").statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/api/keys").statusCode()).isEqualTo(403);

        assertThat(analyst.post("/api/resolution/decisions", "{}", "application/json").statusCode())
                .isEqualTo(400);
        assertThat(analyst.post("/api/identity/recompute", null, "application/json").statusCode()).isEqualTo(403);
        assertThat(analyst.send("POST", "/api/users", "{\"username\":\"mallory\",\"role\":\"admin\"}",
                "application/json").statusCode()).isEqualTo(403);

        var refused = viewer.post("/api/designations/recompute", null, "application/json");
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("viewer-bot");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        var created = ApiClient.json(new ApiClient(port).post("/api/keys",
                "{\"name\":\"short-lived\",\"role\":\"viewer\"}", "application/json"));
        var client = ApiClient.withKey(port, created.get("key").asString());
        assertThat(client.get("/api/entities/maker").statusCode()).isEqualTo(200);

        var revoked = new ApiClient(port).delete("/api/keys/" + created.get("id").asString());

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(client.get("/api/entities/maker").statusCode()).isEqualTo(401);
    }

    @Test
    void keysAreListedWithoutSecretsAndTheSecretIsShownOnce() {
        var created = new ApiClient(port).post("/api/keys", "{\"name\":\"nightly\",\"role\":\"analyst\","
                + "\"expiresAt\":\"2099-01-01T00:00:00Z\"}", "application/json");
        assertThat(created.statusCode()).isEqualTo(201);
        var key = ApiClient.json(created);
        assertThat(key.get("key").asString()).startsWith("osk_");
        assertThat(key.get("role").asString()).isEqualTo("analyst");
        assertThat(key.get("expiresAt").asString()).startsWith("2099-01-01");

        var listed = new ApiClient(port).get("/api/keys").body();

        assertThat(listed).contains("nightly").doesNotContain(key.get("key").asString()).doesNotContain("hash");
    }

    @Test
    void anExpiredOrBadlyRoledKeyIsRefused() {
        var past = new ApiClient(port).post("/api/keys", "{\"name\":\"x\",\"role\":\"viewer\","
                + "\"expiresAt\":\"2001-01-01T00:00:00Z\"}", "application/json");
        var badRole = new ApiClient(port).post("/api/keys", "{\"name\":\"x\",\"role\":\"root\"}",
                "application/json");

        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(past).get("detail").asString()).contains("expiresAt");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badRole).get("detail").asString()).contains("root").contains("viewer, analyst, admin");
    }

    @Test
    void aViewersEntityReadIsInTheAuditTrail() {
        var viewer = ApiClient.withKey(port, key("auditee", "viewer"));
        assertThat(viewer.get("/api/entities/maker").statusCode()).isEqualTo(200);

        var entries = json("/api/audit?actor=auditee&entity=maker").get("entries");

        assertThat(entries).hasSize(1);
        var entry = entries.get(0);
        assertThat(entry.get("action").asString()).isEqualTo("entity view");
        assertThat(entry.get("via").asString()).isEqualTo("key");
        assertThat(entry.get("status").asInt()).isEqualTo(200);
        assertThat(entry.get("path").asString()).isEqualTo("/api/entities/maker");
        assertThat(entry.get("at").asString()).isNotBlank();
        assertThat(entry.get("durationMs").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void refusedCallsAndTheirParametersAreAuditedWithoutSecrets() {
        ApiClient.anonymous(port).get("/api/paths?from=maker&to=sub");
        new ApiClient(port).send("POST", "/api/users", "{\"username\":\"carol\",\"role\":\"viewer\","
                + "\"password\":\"a-secret-of-carol\"}", "application/json");

        var refused = json("/api/audit?actor=anonymous&action=paths").get("entries");
        var added = json("/api/audit?action=user%20add").get("entries").toString();

        assertThat(refused).isNotEmpty();
        assertThat(refused.get(0).get("status").asInt()).isEqualTo(401);
        assertThat(refused.get(0).get("entityIds").toString()).contains("maker").contains("sub");
        assertThat(added).contains("carol").doesNotContain("a-secret-of-carol");
    }

    @Test
    void aBodyOfAnyJsonShapeIsAuditedAndAnswered() {
        var array = new ApiClient(port).post("/api/keys", "[]", "application/json");
        var number = new ApiClient(port).post("/api/keys", "12345678901234567890", "application/json");

        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(number.statusCode()).isEqualTo(400);
        assertThat(json("/api/audit?action=key%20create").get("entries").toString()).contains("[]");
    }

    @Test
    void usersLogInWithBasicAndTheirRoleApplies() {
        new ApiClient(port).send("POST", "/api/users", "{\"username\":\"dana\",\"role\":\"analyst\","
                + "\"password\":\"dana-password-1\"}", "application/json");

        var dana = ApiClient.withPassword(port, "dana", "dana-password-1");
        var wrong = ApiClient.withPassword(port, "dana", "not-her-password");

        assertThat(ApiClient.json(dana.get("/api/me")).get("role").asString()).isEqualTo("analyst");
        assertThat(dana.post("/api/designations/recompute", null, "application/json").statusCode()).isEqualTo(403);
        assertThat(wrong.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(new ApiClient(port).delete("/api/users/dana").statusCode()).isEqualTo(204);
        assertThat(dana.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theLastAdminCannotBeRemoved() {
        var response = new ApiClient(port).delete("/api/users/admin");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("last admin");
    }

    @Test
    void answersCarrySecurityHeaders() {
        var response = get("/api/entities/maker");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void corsIsClosed() {
        var preflight = ApiClient.anonymous(port).send("OPTIONS", "/api/entities/maker", null, null,
                "Origin", "https://attacker.example", "Access-Control-Request-Method", "GET");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthShowsStatusOnlyToAnonymousCallers() {
        var health = ApiClient.anonymous(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"").doesNotContain("components").doesNotContain("bolt")
                .doesNotContain("diskSpace");
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        var answer = raw("GET /api/entities/maker HTTP/1.1\r\nHost: rebound.attacker.example\r\nX-API-Key: "
                + ApiClient.ADMIN_KEY + "\r\nConnection: close\r\n\r\n");
        var allowed = raw("GET /api/entities/maker HTTP/1.1\r\nHost: localhost\r\nX-API-Key: "
                + ApiClient.ADMIN_KEY + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .doesNotContain("Maker LLC");
        assertThat(allowed).startsWith("HTTP/1.1 200").contains("Maker LLC");
    }

    @Test
    void aCookieSessionNeedsTheCsrfToken() throws Exception {
        var browser = new Browser(port);
        var loginPage = browser.get("/login");
        var token = loginPage.body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        var login = browser.form("/login", "username=admin&password=" + ApiClient.ADMIN_PASSWORD + "&_csrf="
                + token);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.get("/api/me").body()).contains("\"admin\"");

        var withoutToken = browser.post("/api/identity/recompute", null);
        var withToken = browser.post("/api/identity/recompute", browser.cookie("XSRF-TOKEN"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(withoutToken).get("detail").asString()).contains("CSRF");
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    private String key(String name, String role) {
        var created = new ApiClient(port).post("/api/keys", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}",
                "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("key").asString();
    }

    private String raw(String request) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            var out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
            out.write(request);
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            var answer = new StringBuilder();
            for (var line = in.readLine(); line != null; line = in.readLine()) {
                answer.append(line).append('\n');
            }
            return answer.toString();
        }
    }
}
