package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.RunningService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every refused input is named with its value and what is allowed, the same words on every endpoint. */
class ValidationMessagesIT extends RunningService {

    @Test
    void aThresholdAboveTheRangeIsToldTheRange() {
        var problem = refused("/api/entities/x/owners?threshold=150");

        assertThat(problem.path("detail").asString()).isEqualTo("threshold must be between 0 and 100, was 150");
        var error = problem.path("errors").get(0);
        assertThat(error.path("parameter").asString()).isEqualTo("threshold");
        assertThat(error.path("value").asString()).isEqualTo("150");
        assertThat(error.path("allowed").asString()).isEqualTo("between 0 and 100");
    }

    @Test
    void aPageSizeAboveTheRangeIsToldTheRange() {
        assertThat(detail("/api/entities?name=x&size=100000")).isEqualTo("size must be between 1 and 100, was 100000");
    }

    @Test
    void aNegativePageIsToldTheLowerBound() {
        assertThat(detail("/api/entities?name=x&page=-1")).isEqualTo("page must be at least 0, was -1");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThat(detail("/api/entities?name=")).isEqualTo("name must not be blank");
    }

    @Test
    void anImpossibleDateIsToldTheFormat() {
        assertThat(detail("/api/entities/x/owners?asOf=2023-13-01"))
                .isEqualTo("asOf: expected a date as yyyy-MM-dd, was 2023-13-01");
    }

    @Test
    void aWordWhereANumberBelongsIsToldTheType() {
        assertThat(detail("/api/entities?name=x&page=abc")).isEqualTo("page: expected a whole number, was abc");
    }

    @Test
    void aMissingParameterIsNamed() {
        assertThat(detail("/api/entities")).isEqualTo("name is required");
    }

    @Test
    void aValidatedControllerSaysTheSame() {
        assertThat(detail("/api/audit?limit=0")).isEqualTo("limit must be at least 1, was 0");
        assertThat(detail("/api/audit?limit=5000")).isEqualTo("limit must be between 1 and 1000, was 5000");
    }

    @Test
    void malformedJsonIsToldWhereItBreaks() {
        var response = new ApiClient(port).post("/api/resolution/decisions", "{\"left\": ", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("detail").asString())
                .startsWith("the request body is not valid JSON: ")
                .contains("line 1, column");
    }

    @Test
    void aBlankBodyFieldIsNamed() {
        var response = new ApiClient(port).post("/api/resolution/decisions",
                "{\"left\": \"a\", \"right\": \"b\", \"judgement\": \" \"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("detail").asString()).isEqualTo("judgement must not be blank");
    }

    private JsonNode refused(String path) {
        var response = new ApiClient(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return ApiClient.json(response);
    }

    private String detail(String path) {
        return refused(path).path("detail").asString();
    }
}
