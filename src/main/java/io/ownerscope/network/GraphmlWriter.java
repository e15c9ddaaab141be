package io.ownerscope.network;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a subgraph as GraphML: one {@code <key>} per node and edge attribute with its type (string, double, int,
 * boolean) so that Gephi, yEd and graph libraries read numbers as numbers; a directed graph whose nodes and edges
 * carry the ids of the API.
 */
final class GraphmlWriter {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** An attribute: its key id, its name and GraphML type, and how it is read from a node or an edge. */
    record Key<T>(String id, String name, String type, Function<T, Object> value) {
    }

    static final List<Key<Subgraph.Node>> NODE_KEYS = List.of(
            new Key<>("n_label", "label", "string", Subgraph.Node::name),
            new Key<>("n_entityId", "entityId", "string", Subgraph.Node::id),
            new Key<>("n_type", "type", "string", Subgraph.Node::type),
            new Key<>("n_country", "country", "string", Subgraph.Node::country),
            new Key<>("n_listed", "listed", "boolean", Subgraph.Node::listed),
            new Key<>("n_derived", "derived", "boolean", Subgraph.Node::derived),
            new Key<>("n_russian", "russian", "boolean", Subgraph.Node::russian),
            new Key<>("n_transshipment", "transshipment", "boolean", Subgraph.Node::transshipment),
            new Key<>("n_datasets", "datasets", "string", n -> join(n.datasets())),
            new Key<>("n_sources", "sources", "string", n -> ExportValues.sources(n.sources())),
            new Key<>("n_sourceUrl", "sourceUrl", "string", n -> ExportValues.sourceUrl(n.sources())));

    static final List<Key<Subgraph.Edge>> EDGE_KEYS = List.of(
            new Key<>("e_kind", "kind", "string", Subgraph.Edge::kind),
            new Key<>("e_label", "label", "string", Subgraph.Edge::label),
            new Key<>("e_weight", "weight", "double", ExportValues::weight),
            new Key<>("e_share", "share", "double", Subgraph.Edge::share),
            new Key<>("e_startDate", "startDate", "string", e -> ExportValues.text(e.startDate())),
            new Key<>("e_endDate", "endDate", "string", e -> ExportValues.text(e.endDate())),
            new Key<>("e_hsCodes", "hsCodes", "string", e -> join(e.hsCodes())),
            new Key<>("e_valueUsd", "valueUsd", "double", e -> e.value() == null ? null : e.value().doubleValue()),
            new Key<>("e_shipments", "shipments", "int", e -> e.shipments() == null ? null
                    : (int) Math.min(Integer.MAX_VALUE, e.shipments())),
            new Key<>("e_sources", "sources", "string", e -> ExportValues.sources(e.sources())),
            new Key<>("e_sourceUrl", "sourceUrl", "string", e -> ExportValues.sourceUrl(e.sources())));

    private GraphmlWriter() {
    }

    static void write(Subgraph graph, OutputStream out) {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
            keys(xml, "node", NODE_KEYS);
            keys(xml, "edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "ownerscope");
            xml.writeAttribute("edgedefault", "directed");
            for (var node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", token(node.id()));
                data(xml, node, NODE_KEYS);
                xml.writeEndElement();
            }
            for (var edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", token(edge.id()));
                xml.writeAttribute("source", token(edge.source()));
                xml.writeAttribute("target", token(edge.target()));
                data(xml, edge, EDGE_KEYS);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        }
    }

    private static <T> void keys(XMLStreamWriter xml, String target, List<Key<T>> keys) throws XMLStreamException {
        for (var key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key.id());
            xml.writeAttribute("for", target);
            xml.writeAttribute("attr.name", key.name());
            xml.writeAttribute("attr.type", key.type());
        }
    }

    private static <T> void data(XMLStreamWriter xml, T item, List<Key<T>> keys) throws XMLStreamException {
        for (var key : keys) {
            var value = key.value().apply(item);
            if (value == null || value instanceof String text && text.isEmpty()) {
                continue;
            }
            xml.writeStartElement("data");
            xml.writeAttribute("key", key.id());
            xml.writeCharacters(ExportValues.xmlSafe(value.toString()));
            xml.writeEndElement();
        }
    }

    /**
     * An id as GraphML admits it (an XML name token: letters, digits, {@code . - :}): each byte of any other character
     * of its UTF-8 form, and the underscore, as {@code _} and two hex digits ({@code trade:a>b} →
     * {@code trade:a_3Eb}); the node's {@code entityId} attribute keeps the id as it is.
     */
    static String token(String id) {
        var token = new StringBuilder(id.length());
        for (var b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == ':') {
                token.append((char) c);
            } else {
                token.append('_').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return token.toString();
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join("; ", values);
    }
}
