package io.ownerscope.loading.un;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SourceFiles;
import io.ownerscope.loading.WholeFileReader;
import io.ownerscope.loading.XmlRecords;

/**
 * Loads the UN Security Council consolidated sanctions list (the XML the UN publishes, root
 * {@code CONSOLIDATED_LIST}): individuals become people, entities companies or organizations, each with one
 * {@code UN} listing. Goes through the same writer, validation and provenance as the canonical CSV format.
 */
public final class UnListReader extends WholeFileReader {

    static final String ROOT = "CONSOLIDATED_LIST";

    public static final String FORMAT = "un";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    protected void check(String name, byte[] bytes) {
        SourceFiles.utf8(name, bytes, "the UN consolidated list is published as UTF-8 XML");
        checkRoot(name, bytes);
    }

    @Override
    protected void readFile(String name, byte[] bytes, RowSink sink) {
        read(name, bytes, sink);
    }

    /** Reads every record first, so that a truncated file loads nothing, then sends the rows to the sink. */
    static void read(String file, byte[] bytes, RowSink sink) {
        var records = new UnListRecords(file, sink);
        XmlRecords.records(file, bytes, "INDIVIDUAL", records::read);
        XmlRecords.records(file, bytes, "ENTITY", records::read);
        records.finish();
    }

    /** Refuses, before a load run starts, a file that is empty or is some other XML. */
    private static void checkRoot(String file, byte[] bytes) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String root = null;
        try {
            var reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext() && root == null) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    root = reader.getLocalName();
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            // not well-formed: reading the records names the line and the reason
            return;
        }
        if (root == null) {
            throw new LoadException(file + ": is empty; expected the UN consolidated list XML (" + ROOT + ")");
        }
        if (!root.equals(ROOT)) {
            throw new LoadException(file + ": has root element <" + root + ">; expected the UN consolidated list ("
                    + ROOT + ")");
        }
    }
}
