package io.ownerscope.loading.un;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ownerscope.loading.AddressRow;
import io.ownerscope.loading.Digests;
import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SanctionRow;
import io.ownerscope.loading.XmlRecords;

/**
 * Turns the records of the UN Security Council consolidated list ({@code INDIVIDUAL} and {@code ENTITY}) into rows of
 * the common model: a person, company or organization keyed by the UN reference number, its addresses with
 * {@code REGISTERED_AT}, and one {@code UN} listing under the list's sanctions regime ({@code UN_LIST_TYPE}).
 */
final class UnListRecords {

    static final String PREFIX = "un-sc-";
    static final String AUTHORITY = "UN";

    /** Words that make a listed entity a business rather than a group, network or movement. */
    private static final Pattern COMMERCIAL = Pattern.compile("(?<![\\p{L}])(?:LLC|L\\.L\\.C|LTD|LIMITED|CO\\.?|"
            + "COMPANY|COMPAGNIE|CORP\\.?|CORPORATION|INC\\.?|GMBH|JSC|S\\.A\\.|SARL|SA|BANK|TRADING|AIRLINES?|"
            + "AIRWAYS|ENTERPRISE|ENTERPRISES|INDUSTRY|INDUSTRIES|HOLDINGS?|SHIPPING|FIRM|BUREAU|EXCHANGE|"
            + "ESTABLISHMENT|INVESTMENTS?|IMPORT|EXPORT)(?![\\p{L}])");
    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
            "FOURTH_NAME");

    private final String file;
    private final RowSink sink;
    private final Map<String, Long> seen = new HashMap<>();
    private final Set<String> unknownCountries = new TreeSet<>();
    private final Map<String, AddressRow> addresses = new LinkedHashMap<>();
    final List<EntitiesFileRow> entities = new ArrayList<>();
    final List<RelationshipRow> relationships = new ArrayList<>();
    final List<SanctionRow> sanctions = new ArrayList<>();

    UnListRecords(String file, RowSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Reads one {@code INDIVIDUAL} or {@code ENTITY}; a record that cannot be loaded is rejected with its id. */
    void read(XmlRecords.Record record) {
        var element = record.element();
        try {
            add(record.line(), element, element.name().equals("INDIVIDUAL"));
        } catch (RowRejectedException e) {
            sink.reject(new Reject(file, record.line(), e.getMessage(), summary(element)));
        }
    }

    /** Sends entities and addresses, then links, then listings; warns once about country names without a code. */
    void finish() {
        var rows = new ArrayList<EntitiesFileRow>(entities);
        rows.addAll(addresses.values());
        batches(rows).forEach(sink::entities);
        batches(relationships).forEach(sink::relationships);
        batches(sanctions).forEach(sink::sanctions);
        if (!unknownCountries.isEmpty()) {
            sink.warn(file + ": country names without an ISO code, left empty: "
                    + String.join(", ", unknownCountries));
        }
    }

    private void add(long line, XmlRecords.Element record, boolean person) {
        var reference = record.text("REFERENCE_NUMBER");
        var dataId = record.text("DATAID");
        if (reference == null) {
            throw new RowRejectedException("UN list record" + (dataId == null ? "" : " DATAID " + dataId)
                    + " has no REFERENCE_NUMBER");
        }
        var first = seen.putIfAbsent(reference, line);
        if (first != null) {
            throw new RowRejectedException("duplicate REFERENCE_NUMBER " + reference + ", first on line " + first);
        }
        var name = NAME_PARTS.stream().map(record::text).filter(Objects::nonNull).collect(Collectors.joining(" "));
        var original = record.text("NAME_ORIGINAL_SCRIPT");
        if (name.isEmpty()) {
            throw new RowRejectedException("UN list record " + reference + " has no name");
        }
        var aliases = new LinkedHashSet<String>();
        if (original != null) {
            aliases.add(original);
        }
        record.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS").stream().map(a -> a.text("ALIAS_NAME"))
                .filter(Objects::nonNull).forEach(aliases::add);
        aliases.remove(name);
        var id = PREFIX + reference;
        var listedOn = record.date("LISTED_ON");
        if (record.text("LISTED_ON") != null && listedOn == null) {
            throw new RowRejectedException("UN list record " + reference + " has LISTED_ON '"
                    + record.text("LISTED_ON") + "', not a date");
        }
        var nationality = person ? nationality(record) : null;
        var addressCountry = addresses(line, id, record.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"));
        var country = nationality != null ? nationality : addressCountry;
        var label = person ? "Person" : COMMERCIAL.matcher(name.toUpperCase(Locale.ROOT)).find() ? "Company"
                : "Organization";
        var birthDate = person ? record.all("INDIVIDUAL_DATE_OF_BIRTH").stream()
                .filter(d -> "EXACT".equals(d.text("TYPE_OF_DATE"))).map(d -> d.date("DATE"))
                .filter(Objects::nonNull).findFirst().orElse(null) : null;
        entities.add(new EntityRow(line, id, label, name, List.copyOf(aliases), country,
                person ? document(record) : null, null, null, null, null, null, null, birthDate, nationality, null,
                null));
        var program = record.text("UN_LIST_TYPE");
        sanctions.add(new SanctionRow(line, id, AUTHORITY, program == null ? "unspecified" : program, listedOn, null,
                null, record.text("COMMENTS1"), summary(record)));
    }

    /** The first nationality with an ISO code; the names without one are reported once for the file. */
    private String nationality(XmlRecords.Element record) {
        String code = null;
        for (var nationality : record.all("NATIONALITY")) {
            for (var value : nationality.all("VALUE")) {
                var found = country(value.text());
                code = code == null ? found : code;
            }
        }
        return code;
    }

    /**
     * Every address with more than a country becomes an {@code Address} keyed by its normalized text and country,
     * linked with {@code REGISTERED_AT}; an address that names only a country still counts for the record's country.
     *
     * @return the first country of the addresses that has an ISO code
     */
    private String addresses(long line, String entityId, List<XmlRecords.Element> elements) {
        String country = null;
        var linked = new LinkedHashSet<String>();
        for (var address : elements) {
            var countryName = address.text("COUNTRY");
            var code = country(countryName);
            country = country == null ? code : country;
            var parts = Stream.of(address.text("STREET"), address.text("CITY"), address.text("STATE_PROVINCE"),
                    address.text("ZIP_CODE")).filter(Objects::nonNull).toList();
            if (parts.isEmpty()) {
                continue;
            }
            var full = Stream.concat(parts.stream(), Stream.ofNullable(countryName))
                    .collect(Collectors.joining(", "));
            var normalized = AddressRow.normalize(full);
            var addressId = "addr-" + Digests.shortHash((code == null ? "" : code) + "|" + normalized, 16);
            addresses.putIfAbsent(addressId, new AddressRow(line, addressId, full, normalized, code, null));
            if (linked.add(addressId)) {
                relationships.add(RelationshipRow.of(line, null, entityId, addressId, RelationshipType.REGISTERED_AT,
                        null, null, null, null, null, null, null, null, full));
            }
        }
        return country;
    }

    /** A national identification number, else a passport number: the number people are told apart by. */
    private static String document(XmlRecords.Element record) {
        String passport = null;
        for (var document : record.all("INDIVIDUAL_DOCUMENT")) {
            var number = document.text("NUMBER");
            var type = document.text("TYPE_OF_DOCUMENT");
            if (number == null || type == null) {
                continue;
            }
            var kind = type.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (kind.contains("identification")) {
                return number;
            }
            if (passport == null && kind.contains("pas")) {
                passport = number;
            }
        }
        return passport;
    }

    private String country(String name) {
        if (name == null) {
            return null;
        }
        var code = UnCountries.code(name);
        if (code == null) {
            unknownCountries.add(name);
        }
        return code;
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        var batches = new ArrayList<List<T>>();
        for (int i = 0; i < rows.size(); i += XmlRecords.BATCH) {
            batches.add(List.copyOf(rows.subList(i, Math.min(rows.size(), i + XmlRecords.BATCH))));
        }
        return batches;
    }

    private static String summary(XmlRecords.Element record) {
        return Stream.of(record.name(), record.text("REFERENCE_NUMBER"), record.text("DATAID"),
                record.text("FIRST_NAME"), record.text("SECOND_NAME")).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
