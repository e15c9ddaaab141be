package io.ownerscope.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A relationship from {@code relationships.csv}; shares are percent, a range when min and max are given.
 *
 * @param statedBy the original sources a record names for the statement, when the file gathers several (the
 *        datasets of a FollowTheMoney export); empty when the file is the source
 */
public record RelationshipRow(long line, String recordId, String fromId, String toId, RelationshipType type, Double share,
        Double shareMin, Double shareMax, String interestType, String role, LocalDate startDate, LocalDate endDate,
        String sourceUrl, String raw, List<String> statedBy) {

    public RelationshipRow {
        statedBy = statedBy == null ? List.of() : List.copyOf(statedBy);
    }

    /** The same statement, naming the original sources that made it. */
    public RelationshipRow withStatedBy(List<String> sources) {
        return new RelationshipRow(line, recordId, fromId, toId, type, share, shareMin, shareMax, interestType, role,
                startDate, endDate, sourceUrl, raw, sources);
    }

    public static RelationshipRow parse(CsvRow row) {
        return of(row.line(), row.text("id"), row.required("from_id"), row.required("to_id"),
                RelationshipType.parse(row.required("type")), row.percent("share"), row.percent("share_min"),
                row.percent("share_max"), row.text("interest_type"), row.text("role"), row.date("start_date"),
                row.date("end_date"), row.text("source_url"), row.raw());
    }

    /** A validated relationship from any source format; a null {@code id} gets a natural key. */
    public static RelationshipRow of(long line, String id, String fromId, String toId, RelationshipType type, Double share,
            Double shareMin, Double shareMax, String interestType, String role, LocalDate start, LocalDate end,
            String sourceUrl, String raw) {
        if (fromId.equals(toId)) {
            throw new RowRejectedException("from_id and to_id are the same: " + fromId);
        }
        checkPercent("share", share);
        checkPercent("share_min", shareMin);
        checkPercent("share_max", shareMax);
        if (share != null && (shareMin != null || shareMax != null)) {
            throw new RowRejectedException("give either share or share_min/share_max, not both");
        }
        if ((shareMin == null) != (shareMax == null)) {
            throw new RowRejectedException("a share range needs both share_min and share_max");
        }
        if (shareMin != null && shareMin > shareMax) {
            throw new RowRejectedException("share_min " + shareMin + " is above share_max " + shareMax);
        }
        if (share != null) {
            shareMin = share;
            shareMax = share;
        }
        if ((share != null || shareMin != null) && type != RelationshipType.OWNS && type != RelationshipType.CONTROLS) {
            throw new RowRejectedException("a share is only meaningful on OWNS or CONTROLS, not " + type);
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new RowRejectedException("end_date " + end + " is before start_date " + start);
        }
        InterestTypes.check(interestType);
        var recordId = Objects.requireNonNullElseGet(id,
                () -> String.join("|", type.name(), fromId, toId, String.valueOf(start), String.valueOf(role),
                        String.valueOf(interestType)));
        return new RelationshipRow(line, recordId, fromId, toId, type, share, shareMin, shareMax, interestType, role,
                start, end, sourceUrl, raw, List.of());
    }

    private static void checkPercent(String name, Double value) {
        if (value != null && (value < 0 || value > 100)) {
            throw new RowRejectedException(name + " " + value + " is outside 0–100");
        }
    }

    Map<String, Object> toParameters(String dataset) {
        return new Parameters().with("key", dataset + ":" + recordId).with("recordId", recordId)
                .with("fromId", fromId).with("toId", toId).with("type", type.name()).with("share", share)
                .with("shareMin", shareMin).with("shareMax", shareMax).with("interestType", interestType)
                .with("role", role).with("startDate", startDate).with("endDate", endDate)
                .with("sourceUrl", sourceUrl).with("statedBy", statedBy.isEmpty() ? null : statedBy)
                .with("line", line).toMap();
    }
}
