package io.ownerscope.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.CapturedTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A new store's first start makes user admin and shows its password once, on the console, never in the log. */
class FirstStartIT {

    private static final Pattern SHOWN = Pattern.compile("created user 'admin' with this password \\(shown only "
            + "now\\):\\s+(\\S+)");

    @TempDir
    Path store;

    @RegisterExtension
    final CapturedTerminal terminal = new CapturedTerminal();

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(OwnerscopeApplication.class, "--ownerscope.embedded.store-path=" + store,
                "--ownerscope.embedded.bolt-port=0", "--server.port=0", "--ownerscope.demo.enabled=false",
                "--ownerscope.security.admin-password=", "--ownerscope.security.admin-key=",
                "--ownerscope.embedded.password=bolt-password-of-the-test");
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    @Test
    void theGeneratedAdminPasswordIsShownOnceAndLetsTheAdminIn() {
        String password;
        try (var service = start()) {
            var matcher = SHOWN.matcher(terminal.stderr());
            assertThat(matcher.find()).as(terminal.stderr()).isTrue();
            password = matcher.group(1);
            assertThat(terminal.stdout()).doesNotContain(password);

            var me = ApiClient.withPassword(port(service), "admin", password).get("/api/me");
            assertThat(ApiClient.json(me).get("role").asString()).isEqualTo("admin");
            assertThat(ApiClient.withPassword(port(service), "admin", "admin").get("/api/me").statusCode())
                    .isEqualTo(401);
        }
        var printedBefore = terminal.stderr().length();

        try (var restarted = start()) {
            assertThat(terminal.stderr().substring(printedBefore))
                    .doesNotContain("created user 'admin'");
            assertThat(ApiClient.withPassword(port(restarted), "admin", password).get("/api/me").statusCode())
                    .isEqualTo(200);
        }
    }
}
