package io.ownerscope.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.ownerscope.loading.InputFile;
import io.ownerscope.loading.LoadService;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service running on a random port against the harness Neo4j, for tests that load a small graph through the CSV
 * loader and call the API over HTTP. Each test class empties the graph when its cases need it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningService {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> HarnessNeo4j.boltUri().toString());
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @Autowired
    protected LoadService loader;

    /** Loads the files as one load run of dataset {@code case}. */
    protected void load(InputFile... files) {
        loader.load(List.of(files), "case", "test");
    }

    protected HttpResponse<String> get(String path) {
        return new ApiClient(port).get(path);
    }

    /** The body of a {@code GET} that must answer 200. */
    protected JsonNode json(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }
}
