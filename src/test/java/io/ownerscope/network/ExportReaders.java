package io.ownerscope.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.exc.SchemaException;
import tech.followthemoney.model.Model;

/** Reads the exports back with libraries written elsewhere: JGraphT, Commons CSV and FollowTheMoney's model. */
final class ExportReaders {

    private static Model model;

    private ExportReaders() {
    }

    /** A GraphML file as JGraphT reads it (validating it against the GraphML schema), with its typed attributes. */
    record GraphmlRead(Graph<String, DefaultEdge> graph, Map<String, Map<String, Attribute>> nodes,
            Map<DefaultEdge, Map<String, Attribute>> edges) {

        Map<String, Attribute> edge(String source, String target) {
            return edges.get(graph.getEdge(source, target));
        }
    }

    static GraphmlRead graphml(byte[] file) {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        var nodes = new HashMap<String, Map<String, Attribute>>();
        var edges = new HashMap<DefaultEdge, Map<String, Attribute>>();
        var importer = new GraphMLImporter<String, DefaultEdge>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, attribute) -> nodes
                .computeIfAbsent(pair.getFirst(), key -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.addEdgeAttributeConsumer((pair, attribute) -> edges
                .computeIfAbsent(pair.getFirst(), key -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.importGraph(graph, new ByteArrayInputStream(file));
        return new GraphmlRead(graph, nodes, edges);
    }

    /** The CSV files of a zip, each as its records by header, in the zip's order. */
    static Map<String, List<CSVRecord>> csvZip(byte[] file) {
        var files = new LinkedHashMap<String, List<CSVRecord>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                                StandardCharsets.UTF_8));
                files.put(entry.getName(), parser.getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * FollowTheMoney lines as the FtM library reads them, each checked against its schema: every property is one of
     * the schema's, every required property is there, every entity a property names is in the file and of the
     * schema the property admits, every country is an FtM country code and every date an FtM date.
     */
    static Map<String, ValueEntity> ftm(byte[] file) {
        var mapper = new ObjectMapper();
        var entities = new LinkedHashMap<String, ValueEntity>();
        var lines = new String(file, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        try {
            for (var line : lines) {
                var json = mapper.readTree(line);
                var entity = ValueEntity.fromJson(model(), json);
                var schema = entity.getSchema();
                json.get("properties").fieldNames().forEachRemaining(name -> assertThat(schema.hasProperty(name))
                        .as(schema.getName() + " has a property " + name + ": " + line).isTrue());
                for (var required : schema.getRequiredProperties()) {
                    assertThat(entity.has(required)).as(schema.getName() + " needs " + required.getName() + ": "
                            + line).isTrue();
                }
                assertThat(json.get("datasets").isArray()).as("datasets of " + line).isTrue();
                assertThat(entities.put(entity.getId(), entity)).as("one entity per id: " + line).isNull();
            }
        } catch (IOException | SchemaException e) {
            throw new AssertionError(e);
        }
        var countries = model().getType("country").getValues().orElseThrow();
        for (var entity : entities.values()) {
            for (var property : entity.getDefinedProperties()) {
                for (var value : entity.getValues(property)) {
                    switch (property.getType().getName()) {
                        case "entity" -> {
                            assertThat(entities).as(entity.getId() + "." + property.getName()).containsKey(value);
                            var range = property.getRange().orElseThrow();
                            assertThat(entities.get(value).getSchema().isA(range))
                                    .as(entity.getId() + "." + property.getName() + " is a " + range.getName())
                                    .isTrue();
                        }
                        case "country" -> assertThat(countries).as(entity.getId() + " country").containsKey(value);
                        case "date" -> assertThat(value).as(entity.getId() + "." + property.getName())
                                .matches("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?");
                        default -> assertThat(value.length()).isLessThanOrEqualTo(property.getMaxLength());
                    }
                }
            }
        }
        return entities;
    }

    /** The values of a property of an entity. */
    static List<String> values(ValueEntity entity, String property) {
        var values = new ArrayList<String>();
        var found = entity.getSchema().getProperty(property);
        if (found != null) {
            values.addAll(entity.getValues(found));
        }
        return values;
    }

    private static synchronized Model model() {
        if (model == null) {
            try {
                model = Model.loadDefault();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }
}
