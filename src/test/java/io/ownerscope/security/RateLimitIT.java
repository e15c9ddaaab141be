package io.ownerscope.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Each principal has its own budget of requests a minute; past it, 429 with Retry-After. */
@TestPropertySource(properties = "ownerscope.security.requests-per-minute=5")
class RateLimitIT extends RunningService {

    @Test
    void pastItsBudgetACallerGets429WithRetryAfterAndOthersGoOn() {
        var caller = ApiClient.withPassword(port, "admin", ApiClient.ADMIN_PASSWORD);
        int ok = 0;
        java.net.http.HttpResponse<String> refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            var response = caller.get("/api/me");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                ok++;
            }
        }

        assertThat(ok).isEqualTo(5);
        assertThat(refused).isNotNull();
        assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(0)).isPositive();
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("requests-per-minute");
        assertThat(new ApiClient(port).get("/api/me").statusCode()).isEqualTo(200);
    }
}
