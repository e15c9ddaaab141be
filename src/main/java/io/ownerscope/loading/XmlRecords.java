package io.ownerscope.loading;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of a GLEIF golden-copy XML file (LEI-CDF, RR-CDF, reporting exceptions): each record element
 * is read into a small tree and handed on, so a file of millions of records never sits in memory. Names are matched
 * on their local part, whatever the namespace prefix. DTDs and external entities are refused.
 */
public final class XmlRecords {

        public static final int BATCH = 1000;

    private static final XMLInputFactory FACTORY = factory();

    private XmlRecords() {
    }

    /** An element of a record: its local name, attributes, text content and child elements. */
    public record Element(String name, Map<String, String> attributes, String content, List<Element> children) {

        /** The first descendant along the path of local names, or null. */
        public Element child(String... path) {
            var current = this;
            for (var step : path) {
                current = current.children.stream().filter(c -> c.name.equals(step)).findFirst().orElse(null);
                if (current == null) {
                    return null;
                }
            }
            return current;
        }

        /** Every child with this local name. */
        public List<Element> all(String name) {
            return children.stream().filter(c -> c.name.equals(name)).toList();
        }

        /** The stripped text at the path, or null when missing or blank. */
        public String text(String... path) {
            var element = child(path);
            if (element == null || element.content.isBlank()) {
                return null;
            }
            return element.content.strip();
        }

        /** The date part of an xs:dateTime or xs:date at the path, or null when missing or not a full date. */
        public LocalDate date(String... path) {
            var value = text(path);
            if (value == null || value.length() < 10) {
                return null;
            }
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** One record and the line it starts on. */
    public record Record(long line, Element element) {
    }

    /**
     * Hands every element named {@code recordName} to {@code handler}, in file order.
     *
     * @throws LoadException when the file is not well-formed XML, e.g. truncated, with the line and column
     */
    public static void records(String file, byte[] bytes, String recordName, Consumer<Record> handler) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean sawRoot = false;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                sawRoot = true;
                if (reader.getLocalName().equals(recordName)) {
                    long line = reader.getLocation().getLineNumber();
                    handler.accept(new Record(line, element(reader)));
                }
            }
            if (!sawRoot) {
                throw new LoadException(file + ": is empty; expected a GLEIF XML file");
            }
        } catch (XMLStreamException e) {
            var notUtf8 = reason(e).contains("UTF-8") ? DecodingCheck.of(bytes)
                    : Optional.<DecodingCheck.Location>empty();
            if (notUtf8.isPresent()) {
                throw new LoadException(file + ": is not valid UTF-8 at " + notUtf8.get()
                        + "; GLEIF files are UTF-8 XML", e);
            }
            var location = e.getLocation();
            var where = location == null ? "" : " at line " + location.getLineNumber() + ", column "
                    + location.getColumnNumber();
            throw new LoadException(file + ": is not well-formed XML" + where + " (" + reason(e)
                    + "); is the file complete?", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    /** Reads the element the reader is on, up to and including its end tag. */
    private static Element element(XMLStreamReader reader) throws XMLStreamException {
        var name = reader.getLocalName();
        var attributes = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        var text = new StringBuilder();
        var children = new ArrayList<Element>();
        while (true) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(reader));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Element(name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException(
                        "the file ends inside <" + name + ">", reader.getLocation());
                default -> {
                }
            }
        }
    }

    private static String reason(XMLStreamException e) {
        var message = String.valueOf(e.getMessage());
        var marker = message.indexOf("Message: ");
        return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
    }

    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
