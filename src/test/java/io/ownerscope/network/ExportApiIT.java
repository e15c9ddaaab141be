package io.ownerscope.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.jgrapht.nio.AttributeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** The exports over HTTP, each read back by a library written elsewhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ownerscope.network.max-nodes=8", "ownerscope.query.timeout=3m"})
class ExportApiIT extends RunningService {

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void anOwnerADirectorAListingAnAddressAndTrade() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country,address,inn",
                        "anna,company,Anna Holding AO,RU,,7701234567",
                        "beta,company,Beta LLP,KZ,\"Almaty, Abay Ave 150\",",
                        "pavel,person,Pavel Petrov,RU,,", "gamma,company,Gamma OOO,RU,,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,role,start_date",
                        "r1,anna,beta,OWNS,80,,2020-01-01", "r2,pavel,beta,DIRECTOR_OF,,director,2021-01-01",
                        "r3,pavel,anna,FAMILY_OF,,brother,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on", "anna,OFAC,RUSSIA-EO14024,2022-03-01"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2023-01-10,beta,gamma,854231,1000", "s2,2023-02-10,beta,gamma,854232,234"));
    }

    @Test
    void graphmlOpensInAGraphLibraryWithTypedAttributes() {
        var response = download("/api/export?ids=beta&hops=2&format=graphml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphml+xml");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"ownerscope-graph-beta-2-hops.graphml\"");
        var read = ExportReaders.graphml(response.body());
        assertThat(read.graph().vertexSet()).contains("anna", "beta", "pavel", "gamma");
        assertThat(read.nodes().get("anna").get("listed").getType()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(read.nodes().get("anna").get("listed").getValue()).isEqualTo("true");
        var owns = read.edge("anna", "beta");
        assertThat(owns.get("share").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(Double.parseDouble(owns.get("share").getValue())).isEqualTo(80.0);
        var trade = read.edge("beta", "gamma");
        assertThat(trade.get("shipments").getType()).isEqualTo(AttributeType.INT);
        assertThat(trade.get("shipments").getValue()).isEqualTo("2");
        assertThat(Double.parseDouble(trade.get("valueUsd").getValue())).isEqualTo(1234.0);
    }

    @Test
    void csvIsAZipOfNodesAndEdges() {
        var response = download("/api/export?ids=beta&format=csv&asOf=2024-01-01");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ownerscope-graph-beta-1-hops-2024-01-01.csv.zip");
        var files = ExportReaders.csvZip(response.body());
        assertThat(files.get("nodes.csv")).extracting(r -> r.get("Id"))
                .contains("beta", "anna", "pavel", "gamma");
        var trade = files.get("edges.csv").stream().filter(r -> r.get("Kind").equals("TRADE")).findFirst()
                .orElseThrow();
        assertThat(trade.get("Weight")).isEqualTo("2.0");
        assertThat(trade.get("ValueUsd")).isEqualTo("1234.00");
        var owns = files.get("edges.csv").stream().filter(r -> r.get("Kind").equals("OWNS")).findFirst()
                .orElseThrow();
        assertThat(owns.get("Source")).isEqualTo("anna");
        assertThat(owns.get("Label")).isEqualTo("80%");
        assertThat(owns.get("Sources")).isEqualTo("case:r1");
    }

    @Test
    void ftmLinesAreValidFollowTheMoneyEntities() {
        var response = download("/api/export?ids=beta&hops=2&format=ftm");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        var entities = ExportReaders.ftm(response.body());
        assertThat(entities.get("anna").getSchema().getName()).isEqualTo("Company");
        assertThat(ExportReaders.values(entities.get("anna"), "innCode")).containsExactly("7701234567");
        assertThat(entities.get("pavel").getSchema().getName()).isEqualTo("Person");
        var schemata = entities.values().stream().map(e -> e.getSchema().getName()).toList();
        assertThat(schemata).contains("Ownership", "Directorship", "Sanction", "Address", "UnknownLink");
        var sanction = entities.values().stream().filter(e -> e.getSchema().getName().equals("Sanction"))
                .findFirst().orElseThrow();
        assertThat(ExportReaders.values(sanction, "entity")).containsExactly("anna");
        assertThat(ExportReaders.values(sanction, "authority")).containsExactly("OFAC");
        assertThat(ExportReaders.values(sanction, "listingDate")).containsExactly("2022-03-01");
    }

    @Test
    void anUnknownFormatIsRefusedListingTheFormats() throws Exception {
        var response = download("/api/export?ids=beta&format=pdf");

        assertThat(response.statusCode()).isEqualTo(400);
        var error = JsonMapper.builder().build().readTree(response.body()).get("errors").get(0);
        assertThat(error.get("parameter").asString()).isEqualTo("format");
        assertThat(error.get("value").asString()).isEqualTo("pdf");
        assertThat(error.get("allowed").asString()).isEqualTo("one of graphml, csv, ftm");
        assertThat(download("/api/export?ids=nobody&format=csv").statusCode()).isEqualTo(404);
        assertThat(download("/api/export?ids=beta").statusCode()).isEqualTo(400);
    }

    @Test
    void pathsAndExposureAnswersExportTheirEntitiesAndTheLinksBetweenThem() {
        var paths = download("/api/paths?from=pavel&to=gamma&asOf=2024-01-01&format=graphml");

        assertThat(paths.statusCode()).isEqualTo(200);
        assertThat(paths.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ownerscope-paths-pavel-gamma.graphml");
        var read = ExportReaders.graphml(paths.body());
        assertThat(read.graph().vertexSet()).containsExactlyInAnyOrder("pavel", "beta", "gamma");
        assertThat(read.edge("pavel", "beta")).isNotNull();
        assertThat(read.edge("beta", "gamma")).isNotNull();

        var exposure = download("/api/entities/beta/exposure?asOf=2024-01-01&format=csv");
        assertThat(exposure.statusCode()).isEqualTo(200);
        var nodes = ExportReaders.csvZip(exposure.body()).get("nodes.csv");
        assertThat(nodes).extracting(r -> r.get("Id")).contains("beta", "anna");

        var json = download("/api/paths?from=pavel&to=gamma&format=json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var refused = download("/api/paths?from=pavel&to=gamma&format=pdf");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("one of json, graphml, csv, ftm");
    }

    private HttpResponse<byte[]> download(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", ApiClient.ADMIN_KEY).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
