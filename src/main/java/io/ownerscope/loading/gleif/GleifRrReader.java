package io.ownerscope.loading.gleif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.WholeFileReader;
import io.ownerscope.loading.XmlRecords;

/**
 * Loads GLEIF relationship records (RR-CDF 2.1 XML): accounting consolidation, direct or ultimate, becomes a
 * {@code CONTROLS} link from the parent (the end node) to the child (the start node), without a share, since
 * consolidation is control and says nothing about a stake. Fund management, sub-fund and branch relationships are
 * counted and skipped. Both ends must already be in the graph, so load the LEI records first.
 */
public final class GleifRrReader extends WholeFileReader {

    static final String INTEREST_TYPE = "otherInfluenceOrControl";
    private static final Map<String, String> ROLES = Map.of(
            "IS_DIRECTLY_CONSOLIDATED_BY", "directly consolidated (GLEIF)",
            "IS_ULTIMATELY_CONSOLIDATED_BY", "ultimately consolidated (GLEIF)");

    public static final String FORMAT = "gleif-rr";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    protected void readFile(String name, byte[] bytes, RowSink sink) {
        read(name, bytes, sink);
    }

    /** Sends the links of every {@code RelationshipRecord} to the sink in batches, then warns of what was skipped. */
    static void read(String file, byte[] bytes, RowSink sink) {
        var batch = new ArrayList<RelationshipRow>();
        var skipped = new TreeMap<String, Integer>();
        XmlRecords.records(file, bytes, "RelationshipRecord", record -> {
            var relationship = record.element().child("Relationship");
            try {
                if (relationship == null) {
                    throw new RowRejectedException("relationship record without a Relationship");
                }
                var link = link(record.line(), relationship, skipped);
                if (link != null) {
                    batch.add(link);
                }
            } catch (RowRejectedException e) {
                sink.reject(new Reject(file, record.line(), e.getMessage(), summary(relationship)));
            }
            if (batch.size() >= XmlRecords.BATCH) {
                sink.relationships(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            sink.relationships(List.copyOf(batch));
        }
        skipped.forEach((reason, count) -> sink.warn(file + ": " + count + " " + reason));
    }

    /** The link a relationship states, or null when ownerscope does not model it (counted in {@code skipped}). */
    static RelationshipRow link(long line, XmlRecords.Element relationship, Map<String, Integer> skipped) {
        var child = relationship.text("StartNode", "NodeID");
        var parent = relationship.text("EndNode", "NodeID");
        var type = relationship.text("RelationshipType");
        if (child == null || parent == null || type == null) {
            throw new RowRejectedException("relationship record needs a StartNode, an EndNode and a RelationshipType");
        }
        var role = ROLES.get(type);
        if (role == null) {
            skipped.merge(type + " relationship(s) skipped; ownerscope models accounting consolidation only",
                    1, Integer::sum);
            return null;
        }
        var start = period(relationship, "StartDate");
        var end = period(relationship, "EndDate");
        if ("INACTIVE".equals(relationship.text("RelationshipStatus")) && end == null) {
            skipped.merge("inactive relationship(s) without an end date skipped", 1, Integer::sum);
            return null;
        }
        if (start != null && end != null && end.isBefore(start)) {
            start = null;
        }
        return RelationshipRow.of(line, "gleif-rr:" + child + ":" + parent + ":" + type, parent, child,
                RelationshipType.CONTROLS, null, null, null, INTEREST_TYPE, role, start, end,
                GleifLeiReader.SOURCE_URL + child, summary(relationship));
    }

    /**
     * A date of the relationship period; the start of an accounting period stands in for a missing relationship
     * start, but the end of an accounting period does not end the relationship.
     */
    private static LocalDate period(XmlRecords.Element relationship, String field) {
        var periods = relationship.child("RelationshipPeriods");
        if (periods == null) {
            return null;
        }
        LocalDate accounting = null;
        for (var period : periods.all("RelationshipPeriod")) {
            var type = period.text("PeriodType");
            if ("RELATIONSHIP_PERIOD".equals(type) && period.date(field) != null) {
                return period.date(field);
            }
            if ("ACCOUNTING_PERIOD".equals(type) && "StartDate".equals(field) && accounting == null) {
                accounting = period.date(field);
            }
        }
        return accounting;
    }

    private static String summary(XmlRecords.Element relationship) {
        if (relationship == null) {
            return "RelationshipRecord";
        }
        return relationship.text("StartNode", "NodeID") + " " + relationship.text("RelationshipType") + " "
                + relationship.text("EndNode", "NodeID");
    }
}
