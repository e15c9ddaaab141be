package io.ownerscope.loading.gleif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.WholeFileReader;
import io.ownerscope.loading.XmlRecords;

/**
 * Loads GLEIF LEI records (LEI-CDF 3.1 XML, the golden copy or its delta files): every legal entity with a LEI becomes
 * a company, or an organization for government entities and international organizations, keyed by its LEI, with its
 * legal address. Goes through the same writer, validation and provenance as the canonical CSV format.
 */
public final class GleifLeiReader extends WholeFileReader {

    static final String SOURCE_URL = "https://search.gleif.org/#/record/";

    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));
    private static final Set<String> ORGANIZATIONS = Set.of("RESIDENT_GOVERNMENT_ENTITY", "GOVERNMENT_ENTITY",
            "INTERNATIONAL_ORGANIZATION");

    public static final String FORMAT = "gleif-lei";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    protected void readFile(String name, byte[] bytes, RowSink sink) {
        read(name, bytes, sink);
    }

    /** Sends the entities of every {@code LEIRecord} to the sink in batches. */
    static void read(String file, byte[] bytes, RowSink sink) {
        var batch = new ArrayList<EntitiesFileRow>();
        XmlRecords.records(file, bytes, "LEIRecord", record -> {
            try {
                batch.add(entity(record.line(), record.element()));
            } catch (RowRejectedException e) {
                sink.reject(new Reject(file, record.line(), e.getMessage(), summary(record.element())));
            }
            if (batch.size() >= XmlRecords.BATCH) {
                sink.entities(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            sink.entities(List.copyOf(batch));
        }
    }

    static EntityRow entity(long line, XmlRecords.Element record) {
        var lei = record.text("LEI");
        if (lei == null) {
            throw new RowRejectedException("LEI record without a LEI");
        }
        var entity = record.child("Entity");
        var name = entity == null ? null : entity.text("LegalName");
        if (name == null) {
            throw new RowRejectedException("LEI record " + lei + " has no LegalName");
        }
        var aliases = new LinkedHashSet<String>();
        names(entity, "OtherEntityNames", "OtherEntityName").forEach(aliases::add);
        names(entity, "TransliteratedOtherEntityNames", "TransliteratedOtherEntityName").forEach(aliases::add);
        aliases.remove(name);
        var category = entity.text("EntityCategory");
        var label = category != null && ORGANIZATIONS.contains(category) ? "Organization" : "Company";
        var incorporation = entity.date("EntityCreationDate");
        var dissolution = "INACTIVE".equals(entity.text("EntityStatus")) ? dissolution(entity) : null;
        if (incorporation != null && dissolution != null && dissolution.isBefore(incorporation)) {
            dissolution = null;
        }
        return new EntityRow(line, lei, label, name, List.copyOf(aliases), country(entity),
                entity.text("RegistrationAuthority", "RegistrationAuthorityEntityID"), null, null, null, lei,
                incorporation, dissolution, null, null, address(entity.child("LegalAddress")), SOURCE_URL + lei);
    }

    private static Stream<String> names(XmlRecords.Element entity, String list, String item) {
        var names = entity.child(list);
        return names == null ? Stream.empty()
                : names.all(item).stream().map(e -> e.text()).filter(Objects::nonNull);
    }

    /** The country of the legal jurisdiction ("US-DE" is the US), else that of the legal address. */
    private static String country(XmlRecords.Element entity) {
        var jurisdiction = entity.text("LegalJurisdiction");
        if (jurisdiction != null && jurisdiction.length() >= 2) {
            var code = jurisdiction.substring(0, 2).toUpperCase(Locale.ROOT);
            if (COUNTRIES.contains(code) && (jurisdiction.length() == 2 || jurisdiction.charAt(2) == '-')) {
                return code;
            }
        }
        var country = entity.text("LegalAddress", "Country");
        return country != null && COUNTRIES.contains(country.toUpperCase(Locale.ROOT))
                ? country.toUpperCase(Locale.ROOT) : null;
    }

    /** The effective date of the latest dissolution event, if the record has one. */
    private static LocalDate dissolution(XmlRecords.Element entity) {
        var events = entity.child("LegalEntityEvents");
        if (events == null) {
            return null;
        }
        return events.all("LegalEntityEvent").stream()
                .filter(e -> "DISSOLUTION".equals(e.text("LegalEntityEventType")))
                .map(e -> e.date("LegalEntityEventEffectiveDate")).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** One line: first address line, city, postal code, country. */
    private static String address(XmlRecords.Element address) {
        if (address == null) {
            return null;
        }
        var line = Stream.of(address.text("FirstAddressLine"), address.text("City"), address.text("PostalCode"),
                address.text("Country")).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }

    private static String summary(XmlRecords.Element record) {
        var lei = record.text("LEI");
        var name = record.text("Entity", "LegalName");
        return "LEIRecord" + (lei == null ? "" : " " + lei) + (name == null ? "" : " " + name);
    }
}
