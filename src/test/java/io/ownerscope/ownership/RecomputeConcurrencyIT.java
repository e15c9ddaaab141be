package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;

/** Concurrent recomputes of the designations queue or answer 409, never 500. */
class RecomputeConcurrencyIT extends RunningService {

    @Test
    void concurrentRecomputesAnswer200Or409() throws Exception {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name", "maker,company,Maker", "sub,company,Sub"),
                Csv.file("relationships.csv", "from_id,to_id,type,share", "maker,sub,OWNS,60"),
                Csv.file("sanctions.csv", "entity_id,authority,program", "maker,OFAC,RUSSIA-EO14024"));
        var pool = Executors.newFixedThreadPool(4);
        var statuses = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 4; i++) {
            statuses.add(pool.submit(() -> new ApiClient(port).post("/api/designations/recompute", null,
                    "application/json").statusCode()));
        }
        var answered = new ArrayList<Integer>();
        for (var status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();

        assertThat(answered).allMatch(status -> status == 200 || status == 409).contains(200);
        assertThat(json("/api/entities/sub/designation?regime=OFAC").get("designated").asBoolean()).isTrue();
    }

    @Test
    void concurrentRelinksAndComparisonsAnswer200Or409() throws Exception {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,inn", "a,company,Alpha,7701234567", "b,company,Alpha LLC,7701234567"));
        var pool = Executors.newFixedThreadPool(4);
        var statuses = new ArrayList<Future<java.net.http.HttpResponse<String>>>();
        for (var path : java.util.List.of("/api/identity/recompute", "/api/identity/recompute",
                "/api/resolution/recompute", "/api/resolution/recompute")) {
            statuses.add(pool.submit(() -> new ApiClient(port).post(path, null, "application/json")));
        }
        var answered = new ArrayList<Integer>();
        for (var status : statuses) {
            var response = status.get();
            answered.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(ApiClient.json(response).get("detail").asString()).contains("running");
            }
        }
        pool.shutdown();

        assertThat(answered).allMatch(status -> status == 200 || status == 409).contains(200);
    }

    @Test
    void aWildcardContentTypeIs415ProblemDetails() throws Exception {
        var response = new ApiClient(port).send("POST", "/api/match", "{}", "application/*");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).contains("application/json");

    }
}
