package io.ownerscope.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jgrapht.nio.AttributeType;
import org.junit.jupiter.api.Test;

/** Each export writer on one small subgraph that has every kind of node and link, read back by another library. */
class ExportWritersTest {

    private static final ZonedDateTime LOADED = ZonedDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.UTC);

    private static Map<String, Object> source(String recordId) {
        return Map.of("dataset", "case", "recordId", recordId, "loadRun", "run-1", "lastSeen", LOADED,
                "sourceUrl", "https://example.org/" + recordId);
    }

    private static Subgraph.Node node(String id, String name, String type, String country, boolean listed,
            Map<String, Object> facts) {
        return new Subgraph.Node(id, name, type, country, List.of("case"), listed, false, "RU".equals(country),
                "KZ".equals(country), List.of(source(id)), facts);
    }

    private static Subgraph.Edge edge(String id, String source, String target, String kind, String label,
            Double share, Map<String, Object> facts) {
        return new Subgraph.Edge(id, source, target, kind, label, share, LocalDate.of(2020, 1, 1), null, List.of(),
                null, null, List.of(source(id)), facts);
    }

    /** Every kind of node and link, with a name a spreadsheet would take for a formula and one with a control. */
    static Subgraph everyKind() {
        var nodes = List.of(
                node("anna", "Anna Holding AO", "Company", "RU", true, Map.of("inn", "7701234567",
                        "aliases", List.of("Anna AO"))),
                node("beta", "=Beta LLP", "Company", "KZ", false, Map.of("bin", "123456789012",
                        "incorporationDate", LocalDate.of(2022, 3, 1))),
                node("pavel", "Pavel\u0007 Petrov", "Person", "RU", false, Map.of("nationality", "RU",
                        "birthDate", LocalDate.of(1970, 1, 2))),
                node("gamma", "Gamma Union", "Organization", "AE", false, Map.of()),
                node("addr", "Almaty, Abay Ave 150", "Address", "KZ", false, Map.of("full", "Almaty, Abay Ave 150")),
                node("listing", "OFAC RUSSIA-EO14024", "Sanction", null, false, Map.of("authority", "OFAC")));
        var edges = List.of(
                edge("r1", "anna", "beta", "OWNS", "80%", 80.0, Map.of("share", 80.0)),
                edge("r2", "pavel", "beta", "DIRECTOR_OF", "director", null, Map.of("role", "director")),
                edge("r3", "beta", "addr", "REGISTERED_AT", "registered at", null, Map.of()),
                edge("r4", "listing", "anna", "TARGETS", "OFAC RUSSIA-EO14024 since 2022-03-01", null,
                        Map.of("authority", "OFAC", "program", "RUSSIA-EO14024")),
                edge("r5", "pavel", "anna", "FAMILY_OF", "family", null, Map.of()),
                edge("r6", "beta", "gamma", "OWNS", "10%", 10.0, Map.of("share", 10.0)),
                edge("r7", "anna", "gamma", "CONTROLS", "controls", null, Map.of()),
                edge("r8", "anna", "beta", "SAME_AS", "same inn", null, Map.of("scheme", "inn")),
                new Subgraph.Edge("trade:beta>gamma", "beta", "gamma", "TRADE", "2 shipments, HS 8542, USD 1,234.00",
                        null, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 10), List.of("854231", "854232"),
                        new BigDecimal("1234.00"), 2L, List.of(source("s2"), source("s1")), Map.of()));
        return new Subgraph(nodes, edges, List.of(), false);
    }

    private static byte[] written(BiConsumer<Subgraph, ByteArrayOutputStream> writer) {
        var out = new ByteArrayOutputStream();
        writer.accept(everyKind(), out);
        return out.toByteArray();
    }

    @Test
    void graphmlDeclaresTypedKeysThatAGraphLibraryReadsBack() {
        var read = ExportReaders.graphml(written(GraphmlWriter::write));

        assertThat(read.graph().vertexSet()).containsExactlyInAnyOrder("anna", "beta", "pavel", "gamma", "addr",
                "listing");
        assertThat(read.graph().edgeSet()).hasSize(9);
        var anna = read.nodes().get("anna");
        assertThat(anna.get("label").getValue()).isEqualTo("Anna Holding AO");
        assertThat(anna.get("listed").getType()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(anna.get("listed").getValue()).isEqualTo("true");
        assertThat(anna.get("russian").getValue()).isEqualTo("true");
        assertThat(anna.get("sources").getValue()).isEqualTo("case:anna");
        assertThat(read.nodes().get("pavel").get("label").getValue()).as("no control characters")
                .isEqualTo("Pavel Petrov");
        var owns = read.edge("anna", "beta");
        assertThat(owns).isNotNull();
        var trade = read.edge("beta", "gamma");
        assertThat(GraphmlWriter.token("trade:beta>gamma")).isEqualTo("trade:beta_3Egamma");
        assertThat(GraphmlWriter.token("gb/Ölfirma_1")).isEqualTo("gb_2F_C3_96lfirma_5F1");
        var tradeAttributes = read.edges().values().stream()
                .filter(attributes -> attributes.get("kind").getValue().equals("TRADE")).findFirst().orElseThrow();
        assertThat(tradeAttributes.get("shipments").getType()).isEqualTo(AttributeType.INT);
        assertThat(tradeAttributes.get("shipments").getValue()).isEqualTo("2");
        assertThat(tradeAttributes.get("valueUsd").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(Double.parseDouble(tradeAttributes.get("valueUsd").getValue())).isEqualTo(1234.0);
        assertThat(tradeAttributes.get("hsCodes").getValue()).isEqualTo("854231; 854232");
        assertThat(tradeAttributes.get("weight").getValue()).isEqualTo("2.0");
        assertThat(trade).isNotNull();
        var ownsAttributes = read.edges().values().stream()
                .filter(attributes -> attributes.get("label").getValue().equals("80%")).findFirst().orElseThrow();
        assertThat(ownsAttributes.get("share").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(ownsAttributes.get("startDate").getValue()).isEqualTo("2020-01-01");
        assertThat(ownsAttributes.get("sourceUrl").getValue()).isEqualTo("https://example.org/r1");
    }

    @Test
    void csvZipHoldsNodesAndEdgesInGephisColumns() {
        var files = ExportReaders.csvZip(written(CsvZipWriter::write));

        assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
        var nodes = files.get("nodes.csv");
        assertThat(nodes).hasSize(6);
        assertThat(nodes.getFirst().getParser().getHeaderNames()).isEqualTo(CsvZipWriter.NODE_COLUMNS);
        var beta = nodes.stream().filter(r -> r.get("Id").equals("beta")).findFirst().orElseThrow();
        assertThat(beta.get("Label")).as("not a formula").isEqualTo("'=Beta LLP");
        assertThat(beta.get("Type")).isEqualTo("Company");
        assertThat(beta.get("Transshipment")).isEqualTo("true");
        assertThat(beta.get("Datasets")).isEqualTo("case");
        var edges = files.get("edges.csv");
        assertThat(edges).hasSize(9);
        assertThat(edges.getFirst().getParser().getHeaderNames()).isEqualTo(CsvZipWriter.EDGE_COLUMNS);
        var trade = edges.stream().filter(r -> r.get("Kind").equals("TRADE")).findFirst().orElseThrow();
        assertThat(trade.get("Source")).isEqualTo("beta");
        assertThat(trade.get("Target")).isEqualTo("gamma");
        assertThat(trade.get("Type")).isEqualTo("Directed");
        assertThat(trade.get("Weight")).isEqualTo("2.0");
        assertThat(trade.get("ValueUsd")).isEqualTo("1234.00");
        assertThat(trade.get("Label")).isEqualTo("2 shipments, HS 8542, USD 1,234.00");
        assertThat(trade.get("StartDate")).isEqualTo("2023-01-10");
        assertThat(trade.get("Sources")).isEqualTo("case:s2; case:s1");
        var owns = edges.stream().filter(r -> r.get("Id").equals("r1")).findFirst().orElseThrow();
        assertThat(owns.get("Weight")).isEqualTo("80.0");
        assertThat(owns.get("Share")).isEqualTo("80.0");
        assertThat(owns.get("EndDate")).isEmpty();
    }

    @Test
    void ftmLinesAreValidEntitiesOfTheirSchemata() {
        var entities = ExportReaders.ftm(written(FtmWriter::write));

        assertThat(entities.get("anna").getSchema().getName()).isEqualTo("Company");
        assertThat(ExportReaders.values(entities.get("anna"), "innCode")).containsExactly("7701234567");
        assertThat(ExportReaders.values(entities.get("anna"), "alias")).containsExactly("Anna AO");
        assertThat(ExportReaders.values(entities.get("anna"), "country")).containsExactly("ru");
        assertThat(ExportReaders.values(entities.get("anna"), "retrievedAt")).containsExactly("2024-05-01T10:15:00");
        assertThat(entities.get("anna").getDatasets()).containsExactly("case");
        assertThat(entities.get("pavel").getSchema().getName()).isEqualTo("Person");
        assertThat(ExportReaders.values(entities.get("pavel"), "nationality")).containsExactly("ru");
        assertThat(entities.get("gamma").getSchema().getName()).isEqualTo("Organization");
        assertThat(entities.get("addr").getSchema().getName()).isEqualTo("Address");
        assertThat(ExportReaders.values(entities.get("beta"), "addressEntity")).containsExactly("addr");
        assertThat(ExportReaders.values(entities.get("beta"), "address")).containsExactly("Almaty, Abay Ave 150");
        var sanction = entities.get("listing");
        assertThat(sanction.getSchema().getName()).isEqualTo("Sanction");
        assertThat(ExportReaders.values(sanction, "entity")).containsExactly("anna");
        assertThat(ExportReaders.values(sanction, "program")).containsExactly("RUSSIA-EO14024");
        assertThat(ExportReaders.values(sanction, "listingDate")).containsExactly("2020-01-01");
        var bySchema = entities.values().stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.getSchema().getName(), java.util.stream.Collectors.counting()));
        assertThat(bySchema).containsEntry("Ownership", 1L).containsEntry("Directorship", 1L)
                .as("family of a company, ownership of an organization, control, identity, trade")
                .containsEntry("UnknownLink", 5L);
        var ownership = entities.values().stream().filter(e -> e.getSchema().getName().equals("Ownership"))
                .findFirst().orElseThrow();
        assertThat(ExportReaders.values(ownership, "owner")).containsExactly("anna");
        assertThat(ExportReaders.values(ownership, "asset")).containsExactly("beta");
        assertThat(ExportReaders.values(ownership, "percentage")).containsExactly("80");
        assertThat(ExportReaders.values(ownership, "recordId")).containsExactly("r1");
        assertThat(ExportReaders.values(ownership, "sourceUrl")).containsExactly("https://example.org/r1");
        var trade = entities.values().stream()
                .filter(e -> ExportReaders.values(e, "description").contains("2 shipments, HS 8542, USD 1,234.00"))
                .findFirst().orElseThrow();
        assertThat(ExportReaders.values(trade, "recordId")).containsExactly("s2", "s1");
    }

    @Test
    void edgeLabelsSayWhatTheLinkIsInAFewWords() {
        assertThat(EdgeLabels.of("OWNS", Map.of("share", 80.0))).isEqualTo("80%");
        assertThat(EdgeLabels.of("OWNS", Map.of("shareMin", 25.0, "shareMax", 50.0))).isEqualTo("25–50%");
        assertThat(EdgeLabels.of("OWNS", Map.of())).isEqualTo("owner");
        assertThat(EdgeLabels.of("DIRECTOR_OF", Map.of())).isEqualTo("director");
        assertThat(EdgeLabels.of("DIRECTOR_OF", Map.of("role", "general_director"))).isEqualTo("general director");
        assertThat(EdgeLabels.of("SAME_AS", Map.of("scheme", "inn"))).isEqualTo("same inn");
        assertThat(EdgeLabels.trade(12, List.of("854231", "854232", "847130", "850440", "903180"),
                new BigDecimal("1234.5"))).isEqualTo("12 shipments, HS 8542, 8471, 8504 +1, USD 1,234.50");
        assertThat(EdgeLabels.trade(1, List.of(), null)).isEqualTo("1 shipment");
    }
}
