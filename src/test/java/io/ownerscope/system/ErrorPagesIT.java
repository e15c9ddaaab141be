package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.RunningService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the servlet container refuses itself is answered as Problem Details, as raw HTTP clients send it. */
class ErrorPagesIT extends RunningService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anEncodedSlashInThePathIsABadRequest() {
        var answer = RawHttp.get(port, "/api/entities/a%2Fb");

        assertProblem(answer, 400);
    }

    @Test
    void aBrokenPercentEncodingIsABadRequest() {
        assertProblem(RawHttp.get(port, "/api/entities/%zz"), 400);
    }

    @Test
    void aCharacterNotAllowedInTheQueryIsABadRequest() {
        var answer = RawHttp.get(port, "/api/entities?name=a|b{c}");

        assertThat(answer.body()).doesNotContain("<html");
        assertProblem(answer, answer.status());
    }

    @Test
    void tooManyParametersAreABadRequest() {
        var query = new StringBuilder("/api/entities?name=x");
        for (int i = 0; i < 1_100; i++) {
            query.append("&p").append(i).append("=1");
        }

        var answer = RawHttp.get(port, query.toString());

        assertProblem(answer, 400);
    }

    @Test
    void aHeaderAboveTheLimitIsRefused() {
        var answer = RawHttp.get(port, "/api/entities?name=x", "X-Padding: " + "a".repeat(10_000));

        assertThat(answer.status()).as(answer.headers()).isIn(400, 431);
        assertThat(answer.body()).doesNotContain("<html");
        assertProblem(answer, answer.status());
    }

    @Test
    void errorAskedForDirectlyIsNotFound() {
        var response = new ApiClient(port).get("/error");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(RawHttp.get(port, "/error").status()).isEqualTo(404);
    }

    @Test
    void anUnknownPathOutsideTheApiIsNotFoundAsProblemDetails() {
        assertProblem(RawHttp.get(port, "/nowhere"), 404);
    }

    @Test
    void aBrowserAskingForHtmlGetsProblemDetailsToo() {
        for (var target : List.of("/nowhere", "/api/entities/a%2Fb", "/error")) {
            var answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html",
                    new byte[0]);

            assertThat(answer.status()).as(target).isIn(400, 404);
            assertThat(answer.body()).as(target).doesNotContain("<html");
        }
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.headers() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.headers()).startsWith("application/problem+json");
        var body = JSON.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
    }
}
