package io.ownerscope.loading.mapped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.ownerscope.loading.Digests;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.ShipmentRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one record of a mapped CSV file into rows of the common model: the parties it names, then the links and
 * shipments between them. A bad cell rejects the whole record, so a record loads entirely or not at all.
 */
final class MappedRows {

    private final Mapping mapping;
    private final Map<String, Integer> header;

    /** @param header the column names of the file and their position */
    MappedRows(Mapping mapping, Map<String, Integer> header) {
        this.mapping = mapping;
        this.header = header;
    }

    /** What one record states. */
    record Rows(List<EntityRow> entities, List<RelationshipRow> relationships, List<ShipmentRow> shipments) {
    }

    Rows read(long line, CSVRecord record) {
        var raw = raw(mapping, record);
        var ids = new HashMap<String, String>();
        var entities = new ArrayList<EntityRow>();
        var relationships = new ArrayList<RelationshipRow>();
        var shipments = new ArrayList<ShipmentRow>();
        for (var entity : mapping.entities()) {
            if (entity.schema().kind() != MappingSchema.Kind.PARTY) {
                continue;
            }
            var id = id(entity, record);
            if (id != null) {
                ids.put(entity.name(), id);
                entities.add(party(line, id, entity, record));
            }
        }
        for (var entity : mapping.entities()) {
            var kind = entity.schema().kind();
            if (kind == MappingSchema.Kind.PARTY) {
                continue;
            }
            var ends = entity.schema().ends().stream().map(end -> ids.get(entity.properties().get(end).entity()))
                    .toList();
            if (ends.contains(null)) {
                continue;
            }
            var id = entity.keys().isEmpty() ? null : id(entity, record);
            if (!entity.keys().isEmpty() && id == null) {
                continue;
            }
            if (kind == MappingSchema.Kind.LINK) {
                relationships.add(link(line, id, ends, entity, record, raw));
            } else {
                shipments.add(shipment(line, id, ends, entity, record, raw));
            }
        }
        return new Rows(entities, relationships, shipments);
    }

    /** The id from the key cells; null when a key cell of an optional entity is empty. */
    private String id(Mapping.MappedEntity entity, CSVRecord record) {
        var cells = new ArrayList<String>();
        for (var key : entity.keys()) {
            var cell = MappedValues.text(cell(record, key));
            if (cell == null) {
                if (entity.optional()) {
                    return null;
                }
                throw new RowRejectedException("missing " + key + " (key of " + entity.name() + ")");
            }
            cells.add(cell);
        }
        var joined = entity.keyHash() ? Digests.shortHash(String.join("|", cells), 16) : String.join("-", cells);
        return entity.keyPrefix().isEmpty() ? joined : entity.keyPrefix() + "-" + joined;
    }

    private EntityRow party(long line, String id, Mapping.MappedEntity entity, CSVRecord record) {
        var names = values(entity.properties().get("name"), record);
        if (names.isEmpty()) {
            throw new RowRejectedException("missing name of " + entity.name() + " ("
                    + where(entity.properties().get("name")) + ")");
        }
        var aliases = new LinkedHashSet<>(names.subList(1, names.size()));
        aliases.addAll(values(entity.properties().get("alias"), record));
        aliases.remove(names.getFirst());
        var incorporation = (LocalDate) single(entity, "incorporationDate", record);
        var dissolution = (LocalDate) single(entity, "dissolutionDate", record);
        if (incorporation != null && dissolution != null && dissolution.isBefore(incorporation)) {
            throw new RowRejectedException("dissolution date " + dissolution + " of " + entity.name()
                    + " is before its incorporation date " + incorporation);
        }
        var extra = new HashMap<String, String>();
        entity.extra().forEach((property, source) -> {
            var values = values(source, record);
            extra.put(property, values.isEmpty() ? null : values.getFirst());
        });
        return new EntityRow(line, id, entity.schema().label(), names.getFirst(), List.copyOf(aliases),
                (String) single(entity, "country", record), (String) single(entity, "registrationNumber", record),
                (String) single(entity, "inn", record), (String) single(entity, "ogrn", record),
                (String) single(entity, "bin", record), (String) single(entity, "lei", record), incorporation,
                dissolution, (LocalDate) single(entity, "birthDate", record),
                (String) single(entity, "nationality", record), (String) single(entity, "address", record),
                (String) single(entity, "sourceUrl", record), extra);
    }

    private RelationshipRow link(long line, String id, List<String> ends, Mapping.MappedEntity entity,
            CSVRecord record, String raw) {
        var percentage = (Double) single(entity, "percentage", record);
        return RelationshipRow.of(line, id, ends.get(0), ends.get(1), entity.schema().relationship(), percentage,
                null, null, (String) single(entity, "interestType", record), (String) single(entity, "role", record),
                (LocalDate) single(entity, "startDate", record), (LocalDate) single(entity, "endDate", record),
                (String) single(entity, "sourceUrl", record), raw);
    }

    private ShipmentRow shipment(long line, String id, List<String> ends, Mapping.MappedEntity entity,
            CSVRecord record, String raw) {
        if (ends.get(0).equals(ends.get(1))) {
            throw new RowRejectedException("exporter and consignee of " + entity.name() + " are the same: "
                    + ends.get(0));
        }
        var date = (LocalDate) single(entity, "date", record);
        if (date == null) {
            throw new RowRejectedException("missing date of " + entity.name() + " ("
                    + where(entity.properties().get("date")) + ")");
        }
        var hsCode = (String) single(entity, "hsCode", record);
        if (hsCode == null) {
            throw new RowRejectedException("missing HS code of " + entity.name() + " ("
                    + where(entity.properties().get("hsCode")) + ")");
        }
        return new ShipmentRow(line, id, date, ends.get(0), ends.get(1), hsCode,
                (String) single(entity, "description", record), (Double) single(entity, "valueUsd", record),
                (Double) single(entity, "quantity", record), (String) single(entity, "unit", record),
                (String) single(entity, "originCountry", record),
                (String) single(entity, "destinationCountry", record), (String) single(entity, "sourceUrl", record),
                raw);
    }

    /** The first value of a single-valued property, converted to its type; null when the mapping or cell has none. */
    private Object single(Mapping.MappedEntity entity, String property, CSVRecord record) {
        var source = entity.properties().get(property);
        if (source == null) {
            return null;
        }
        var values = values(source, record);
        return values.isEmpty() ? null : convert(values.getFirst(), source);
    }

    /** The text values of a property in this record: literals, or the non-empty cells, split or joined. */
    private List<String> values(Mapping.ValueSource source, CSVRecord record) {
        if (source == null) {
            return List.of();
        }
        if (!source.literals().isEmpty()) {
            return source.literals();
        }
        var values = new ArrayList<String>();
        for (var column : source.columns()) {
            var cell = cell(record, column);
            if (cell == null) {
                continue;
            }
            var parts = source.split() == null ? List.of(cell) : Arrays.asList(cell.split(
                    Pattern.quote(source.split())));
            parts.stream().map(MappedValues::text).filter(Objects::nonNull).forEach(values::add);
        }
        if (source.join() != null) {
            return values.isEmpty() ? List.of() : List.of(String.join(source.join(), values));
        }
        return values.stream().distinct().toList();
    }

    /** A value of a property as the graph stores it; a value that does not fit rejects the record. */
    static Object convert(String value, Mapping.ValueSource source) {
        return switch (source.type()) {
            case TEXT, NAMES, ENTITY -> value;
            case DATE -> MappedValues.date(value, source);
            case COUNTRY -> MappedValues.country(value, source);
            case NUMBER -> MappedValues.number(value, source);
            case HS_CODE -> MappedValues.hsCode(value, source);
        };
    }

    /** The record as read, in the file's own delimiter, for rejects. */
    static String raw(Mapping mapping, CSVRecord record) {
        return CSVFormat.RFC4180.builder().setDelimiter(mapping.csv().delimiter()).get()
                .format((Object[]) record.values());
    }

    private String cell(CSVRecord record, String column) {
        var index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static String where(Mapping.ValueSource source) {
        return source.columns().isEmpty() ? source.path() : "column '" + String.join("'/'", source.columns()) + "'";
    }
}
