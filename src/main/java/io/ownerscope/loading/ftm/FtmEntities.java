package io.ownerscope.loading.ftm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.ownerscope.loading.AddressRow;
import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SanctionRow;
import org.apache.commons.text.similarity.LevenshteinDistance;
import tools.jackson.databind.JsonNode;

/**
 * Turns FollowTheMoney entities (the OpenSanctions data model) into rows of the common model. Every FtM property is a
 * list of strings. Companies, organizations, legal entities, public bodies and people become entities; Address
 * entities become addresses that {@code addressEntity} links with {@code REGISTERED_AT}; Identification and Passport
 * numbers are kept on their holder; Ownership, Directorship, Family and Associate become links; Representation and
 * UnknownLink become {@code ASSOCIATE_OF} with the FtM schema as role; Sanction becomes a listing. Other schemata are
 * counted and skipped.
 */
final class FtmEntities {

    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));
    private static final Map<String, String> LABELS = Map.of(
            "Company", "Company", "LegalEntity", "Company", "Organization", "Organization",
            "PublicBody", "Organization", "Person", "Person");
    private static final Set<String> LINKS = Set.of("Ownership", "Directorship", "Family", "Associate",
            "Representation", "UnknownLink");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern EXACT = Pattern.compile("(" + NUMBER + ")\\s*%?");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")\\s*%?\\s*(?:-|–|—|to)\\s*(" + NUMBER
            + ")\\s*%?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DOCUMENTS = Set.of("Identification", "Passport");

    private final String file;
    private final RowSink sink;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, String> sanctionRecords = new LinkedHashMap<>();

    FtmEntities(String file, RowSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** One FtM entity and the line it was read from. */
    record Line(long number, JsonNode entity) {
    }

    /** An identity document: what kind, its number, the issuing country. */
    record Document(String schema, String type, String number, String country) {
    }

    /** An entity line while documents and addresses are gathered for it. */
    private record Pending(Line line, String id, String label) {
    }

    /**
     * Entities and addresses first, then links, then sanctions, so that every reference can find its target. Documents
     * and addresses are gathered before the entities are built, whatever the file order.
     */
    void load(List<Line> lines) {
        var pending = new ArrayList<Pending>();
        var addresses = new LinkedHashMap<String, AddressRow>();
        var documents = new HashMap<String, List<Document>>();
        var relationships = new ArrayList<RelationshipRow>();
        var sanctions = new ArrayList<SanctionRow>();
        var documentsWithoutNumber = new TreeMap<String, Integer>();
        for (var line : lines) {
            var entity = line.entity();
            try {
                var schema = text(entity, "schema");
                var id = text(entity, "id");
                if (schema == null || id == null) {
                    throw new RowRejectedException("not a FollowTheMoney entity: it needs an id and a schema");
                }
                if (!FtmSchemata.isKnown(schema)) {
                    throw new RowRejectedException("unknown schema '" + schema + "': not a FollowTheMoney schema");
                }
                if (LABELS.containsKey(schema)) {
                    pending.add(new Pending(line, id, LABELS.get(schema)));
                } else if ("Address".equals(schema)) {
                    addresses.put(id, address(line.number(), id, entity.path("properties")));
                } else if (DOCUMENTS.contains(schema)) {
                    var properties = entity.path("properties");
                    var holder = end(properties, id, "holder");
                    var number = first(properties, "number");
                    if (number == null) {
                        number = first(properties, "passportNumber");
                    }
                    if (number == null) {
                        documentsWithoutNumber.merge(schema, 1, Integer::sum);
                    } else {
                        documents.computeIfAbsent(holder, k -> new ArrayList<>()).add(new Document(schema,
                                first(properties, "type"), number, country(properties, "country")));
                    }
                } else if (LINKS.contains(schema)) {
                    var link = link(line.number(), id, schema, entity);
                    if (link != null) {
                        // an export gathers many sources: each statement names the datasets that made it
                        relationships.add(link.withStatedBy(strings(entity, "datasets")));
                    }
                } else if ("Sanction".equals(schema)) {
                    var sanction = sanction(line.number(), id, entity);
                    sanctions.add(sanction);
                    sanctionRecords.put(id, sanction.recordId());
                } else {
                    skipped.merge(schema, 1, Integer::sum);
                }
            } catch (RowRejectedException e) {
                sink.reject(new Reject(file, line.number(), e.getMessage(), entity.toString()));
            }
        }
        var entities = new ArrayList<EntitiesFileRow>();
        var addressLinks = new ArrayList<RelationshipRow>();
        var unknownAddresses = 0;
        for (var item : pending) {
            var entity = item.line().entity();
            try {
                var properties = entity.path("properties");
                var addressIds = strings(properties, "addressEntity");
                var row = entity(item.line().number(), item.id(), item.label(), text(entity, "caption"), properties,
                        addressIds.isEmpty() ? first(properties, "address") : null);
                entities.add(withDocuments(row, documents.remove(item.id())));
                for (var addressId : new LinkedHashSet<>(addressIds)) {
                    if (!addresses.containsKey(addressId)) {
                        unknownAddresses++;
                        continue;
                    }
                    addressLinks.add(RelationshipRow.of(item.line().number(), null, item.id(), addressId,
                            RelationshipType.REGISTERED_AT, null, null, null, null, null, null, null, null,
                            entity.toString()));
                }
            } catch (RowRejectedException e) {
                sink.reject(new Reject(file, item.line().number(), e.getMessage(), entity.toString()));
            }
        }
        entities.addAll(addresses.values());
        addressLinks.addAll(relationships);
        sink.entities(entities);
        sink.relationships(addressLinks);
        sink.sanctions(sanctions);
        skipped.forEach((schema, count) -> sink.warn(file + ": " + count + " " + schema
                + " entit" + (count == 1 ? "y was" : "ies were") + " skipped; ownerscope does not model that schema"));
        documentsWithoutNumber.forEach((schema, count) -> sink.warn(file + ": " + count + " " + schema + " entit"
                + (count == 1 ? "y has" : "ies have") + " no number; nothing was kept from " + (count == 1 ? "it"
                : "them")));
        var orphans = documents.values().stream().mapToInt(List::size).sum();
        if (orphans > 0) {
            sink.warn(file + ": " + orphans + " identity document" + (orphans == 1 ? " names a holder" : "s name holders")
                    + " not loaded from this file; " + (orphans == 1 ? "its number was" : "their numbers were")
                    + " not kept");
        }
        if (unknownAddresses > 0) {
            sink.warn(file + ": " + unknownAddresses + " addressEntity reference" + (unknownAddresses == 1 ? " names"
                    : "s name") + " an Address that is not in this file; not linked");
        }
    }

    /** For each FtM Sanction read, the record id of the listing it became (several may become one). */
    Map<String, String> sanctionRecords() {
        return Map.copyOf(sanctionRecords);
    }

    private AddressRow address(long line, String id, JsonNode properties) {
        var full = first(properties, "full");
        if (full == null) {
            var parts = new ArrayList<String>();
            for (var property : List.of("street", "postOfficeBox", "city", "postalCode", "region")) {
                var value = first(properties, property);
                if (value != null) {
                    parts.add(value);
                }
            }
            full = parts.isEmpty() ? null : String.join(", ", parts);
        }
        if (full == null) {
            throw new RowRejectedException("address " + id + " has no text");
        }
        return new AddressRow(line, id, full, AddressRow.normalize(full), country(properties, "country"),
                first(properties, "sourceUrl"));
    }

    /**
     * The holder keeps its documents' numbers: by the document type (and country), an INN, OGRN, BIN or LEI;
     * any other number, a passport's included, is the registration number when the entity has none.
     */
    static EntityRow withDocuments(EntityRow row, List<Document> documents) {
        if (documents == null) {
            return row;
        }
        var inn = row.inn();
        var ogrn = row.ogrn();
        var bin = row.bin();
        var lei = row.lei();
        var registration = row.registrationNumber();
        for (var document : documents) {
            var type = document.type() == null ? "" : document.type().toLowerCase(Locale.ROOT);
            var number = document.number();
            if (word(type.toUpperCase(Locale.ROOT), "INN") || type.contains("taxpayer")
                    || (type.contains("tax") && "RU".equals(document.country()))) {
                inn = inn == null ? number : inn;
            } else if (type.contains("ogrn")) {
                ogrn = ogrn == null ? number : ogrn;
            } else if (word(type.toUpperCase(Locale.ROOT), "BIN")
                    || (type.contains("business identification") && "KZ".equals(document.country()))) {
                bin = bin == null ? number : bin;
            } else if (word(type.toUpperCase(Locale.ROOT), "LEI") || type.contains("legal entity identifier")) {
                lei = lei == null ? number : lei;
            } else {
                registration = registration == null ? number : registration;
            }
        }
        return new EntityRow(row.line(), row.id(), row.label(), row.name(), row.aliases(), row.country(),
                registration, inn, ogrn, bin, lei, row.incorporationDate(), row.dissolutionDate(), row.birthDate(),
                row.nationality(), row.address(), row.sourceUrl());
    }

    /**
     * The name that stands for all of an entity's names when its export gives no caption: among the Latin-script
     * names (the others when there are none), the one closest to all the others, as FollowTheMoney picks a
     * caption. "JSC NPO IZHMASH", a name dropped years ago, is not the first choice of an entity that mostly goes by
     * "Kalashnikov Concern".
     */
    static String representative(List<String> names) {
        var latin = names.stream().filter(FtmEntities::isLatin).toList();
        var pool = latin.isEmpty() ? names : latin;
        if (pool.size() <= 2) {
            return pool.getFirst();
        }
        var distance = LevenshteinDistance.getDefaultInstance();
        String best = pool.getFirst();
        long bestTotal = Long.MAX_VALUE;
        for (var candidate : pool) {
            long total = 0;
            for (var other : pool) {
                total += distance.apply(candidate.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT));
            }
            if (total < bestTotal) {
                best = candidate;
                bestTotal = total;
            }
        }
        return best;
    }

    private EntityRow entity(long line, String id, String label, String caption, JsonNode properties,
            String address) {
        var names = strings(properties, "name");
        if (names.isEmpty() && caption != null) {
            // yente's caption is the name it displays, chosen from the other names when "name" is empty
            names = List.of(caption);
        }
        if (names.isEmpty()) {
            throw new RowRejectedException(label.toLowerCase(Locale.ROOT) + " " + id + " has no name");
        }
        var name = caption != null && !caption.isBlank() ? caption.strip() : representative(names);
        var aliases = new LinkedHashSet<String>();
        for (var property : List.of("name", "alias", "previousName", "weakAlias")) {
            aliases.addAll(strings(properties, property));
        }
        aliases.remove(name);
        var person = "Person".equals(label);
        var country = country(properties, "country");
        if (country == null) {
            country = country(properties, person ? "nationality" : "jurisdiction");
        }
        var nationality = person ? country(properties, "nationality") : null;
        var incorporation = person ? null : date(properties, "incorporationDate");
        var dissolution = person ? null : date(properties, "dissolutionDate");
        if (incorporation != null && dissolution != null && dissolution.isBefore(incorporation)) {
            sink.warn(file + ": " + id + " has a dissolutionDate before its incorporationDate; the dissolution"
                    + " date was not loaded");
            dissolution = null;
        }
        var registration = first(properties, "registrationNumber");
        if (registration == null && person) {
            registration = first(properties, "passportNumber");
        }
        return new EntityRow(line, id, label, name, List.copyOf(aliases), country, registration,
                first(properties, "innCode"), first(properties, "ogrnCode"), null, first(properties, "leiCode"),
                incorporation, dissolution, person ? date(properties, "birthDate") : null, nationality, address,
                first(properties, "sourceUrl"));
    }

    private RelationshipRow link(long line, String id, String schema, JsonNode entity) {
        var properties = entity.path("properties");
        var start = date(properties, "startDate");
        var end = date(properties, "endDate");
        var url = first(properties, "sourceUrl");
        var raw = entity.toString();
        return switch (schema) {
            case "Ownership" -> {
                var percentage = first(properties, "percentage");
                var share = share(percentage);
                if (percentage != null && share == null) {
                    throw new RowRejectedException("ownership " + id + " has percentage '" + percentage
                            + "' that is not a number or range");
                }
                yield RelationshipRow.of(line, id, end(properties, id, "owner"), end(properties, id, "asset"),
                        RelationshipType.OWNS, share == null ? null : share.exact(),
                        share == null ? null : share.min(), share == null ? null : share.max(), "shareholding",
                        first(properties, "role"), start, end, url, raw);
            }
            case "Directorship" -> RelationshipRow.of(line, id, end(properties, id, "director"),
                    end(properties, id, "organization"), RelationshipType.DIRECTOR_OF, null, null, null, null,
                    first(properties, "role"), start, end, url, raw);
            case "Family" -> RelationshipRow.of(line, id, end(properties, id, "person"),
                    end(properties, id, "relative"), RelationshipType.FAMILY_OF, null, null, null, null,
                    first(properties, "relationship"), start, end, url, raw);
            case "Associate" -> RelationshipRow.of(line, id, end(properties, id, "person"),
                    end(properties, id, "associate"), RelationshipType.ASSOCIATE_OF, null, null, null, null,
                    first(properties, "relationship"), start, end, url, raw);
            case "Representation" -> RelationshipRow.of(line, id, end(properties, id, "agent"),
                    end(properties, id, "client"), RelationshipType.ASSOCIATE_OF, null, null, null, null,
                    schema, start, end, url, raw);
            default -> RelationshipRow.of(line, id, end(properties, id, "subject"),
                    end(properties, id, "object"), RelationshipType.ASSOCIATE_OF, null, null, null, null,
                    schema, start, end, url, raw);
        };
    }

    private SanctionRow sanction(long line, String id, JsonNode entity) {
        var properties = entity.path("properties");
        var target = end(properties, id, "entity");
        var authorityText = String.join("; ", strings(properties, "authority"));
        var authority = authority(strings(properties, "authority"));
        var program = first(properties, "program");
        if (program == null) {
            program = first(properties, "programId");
        }
        if (program == null) {
            program = authorityText.isEmpty() ? "unspecified" : authorityText;
        }
        var listed = earliest(properties, "startDate");
        if (listed == null) {
            listed = earliest(properties, "listingDate");
        }
        var delisted = date(properties, "endDate");
        if (listed != null && delisted != null && delisted.isBefore(listed)) {
            throw new RowRejectedException("sanction " + id + " ends on " + delisted + ", before it starts on "
                    + listed);
        }
        return new SanctionRow(line, target, authority, program, listed, delisted, first(properties, "sourceUrl"),
                first(properties, "reason"), entity.toString());
    }

    /** A short code for the authorities the rest of ownerscope knows by name; otherwise the authority as given. */
    static String authority(List<String> authorities) {
        for (var text : authorities) {
            var upper = text.toUpperCase(Locale.ROOT);
            if (upper.contains("OFAC") || upper.contains("OFFICE OF FOREIGN ASSETS CONTROL")
                    || (upper.contains("TREASURY") && !upper.contains("HM TREASURY"))) {
                return "OFAC";
            }
            if (upper.contains("HM TREASURY") || upper.contains("OFSI") || upper.contains("UNITED KINGDOM")
                    || word(upper, "UK")) {
                return "UK";
            }
            if (upper.contains("EUROPEAN UNION") || word(upper, "EU")) {
                return "EU";
            }
            if (upper.contains("UNITED NATIONS") || upper.contains("SECURITY COUNCIL") || word(upper, "UN")) {
                return "UN";
            }
        }
        return authorities.isEmpty() ? "unspecified" : String.join("; ", authorities);
    }

    private static boolean word(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /** An exact share or a range, in percent. */
    record Share(Double exact, Double min, Double max) {
    }

    /** "51", "51%", "51.0", "51,5 %" are exact; "25-50%", "25 – 50 %" are ranges; anything else is null. */
    static Share share(String percentage) {
        if (percentage == null) {
            return null;
        }
        var text = percentage.strip();
        var exact = EXACT.matcher(text);
        if (exact.matches()) {
            return new Share(number(exact.group(1)), null, null);
        }
        var range = RANGE.matcher(text);
        if (range.matches()) {
            return new Share(null, number(range.group(1)), number(range.group(2)));
        }
        return null;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static String end(JsonNode properties, String id, String property) {
        var value = first(properties, property);
        if (value == null) {
            throw new RowRejectedException(id + " has no " + property);
        }
        return value;
    }

    private static boolean isLatin(String name) {
        return name.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static String country(JsonNode properties, String property) {
        var value = first(properties, property);
        if (value == null) {
            return null;
        }
        var code = value.toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(code) ? code : null;
    }

    /** FtM dates may be partial ({@code 2015}, {@code 2015-11}); only a full date is kept. */
    static LocalDate date(JsonNode properties, String property) {
        for (var value : strings(properties, property)) {
            var parsed = fullDate(value);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static LocalDate earliest(JsonNode properties, String property) {
        return strings(properties, property).stream().map(FtmEntities::fullDate)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate fullDate(String value) {
        var text = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(JsonNode properties, String property) {
        var values = strings(properties, property);
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> strings(JsonNode properties, String property) {
        var values = new ArrayList<String>();
        var node = properties.path(property);
        for (var value : node.isString() ? List.of(node) : node) {
            if (value.isString() && !value.asString().isBlank()) {
                values.add(value.asString().strip());
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }
}
