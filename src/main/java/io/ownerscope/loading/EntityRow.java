package io.ownerscope.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A company, person or organization from {@code entities.csv} or any other format; {@code extra} holds text
 * properties a source states beyond the common model (e.g. an activity code from a mapped CSV).
 */
public record EntityRow(long line, String id, String label, String name, List<String> aliases, String country,
        String registrationNumber, String inn, String ogrn, String bin, String lei, LocalDate incorporationDate,
        LocalDate dissolutionDate, LocalDate birthDate, String nationality, String address, String sourceUrl,
        Map<String, String> extra) implements EntitiesFileRow {

    public EntityRow(long line, String id, String label, String name, List<String> aliases, String country,
            String registrationNumber, String inn, String ogrn, String bin, String lei, LocalDate incorporationDate,
            LocalDate dissolutionDate, LocalDate birthDate, String nationality, String address, String sourceUrl) {
        this(line, id, label, name, aliases, country, registrationNumber, inn, ogrn, bin, lei, incorporationDate,
                dissolutionDate, birthDate, nationality, address, sourceUrl, Map.of());
    }

    static final Map<String, String> LABELS = Map.of(
            "company", "Company", "person", "Person", "organization", "Organization");

    public static EntityRow parse(CsvRow row) {
        var type = row.required("type").toLowerCase(Locale.ROOT);
        var label = LABELS.get(type);
        if (label == null) {
            throw new RowRejectedException("unknown type '" + row.text("type")
                    + "'; expected company, person, organization or address");
        }
        var incorporation = row.date("incorporation_date");
        var dissolution = row.date("dissolution_date");
        if (incorporation != null && dissolution != null && dissolution.isBefore(incorporation)) {
            throw new RowRejectedException("dissolution_date " + dissolution + " is before incorporation_date "
                    + incorporation);
        }
        return new EntityRow(row.line(), row.required("id"), label, row.required("name"), row.list("aliases"),
                row.country("country"), row.text("registration_number"), row.text("inn"), row.text("ogrn"),
                row.text("bin"), row.text("lei"), incorporation, dissolution, row.date("birth_date"),
                row.country("nationality"), row.text("address"), row.text("source_url"));
    }

    Map<String, Object> toParameters() {
        return new Parameters().with("id", id).with("label", label).with("name", name).with("aliases", aliases)
                .with("country", country).with("registrationNumber", registrationNumber).with("inn", inn)
                .with("ogrn", ogrn).with("bin", bin).with("lei", lei).with("incorporationDate", incorporationDate)
                .with("dissolutionDate", dissolutionDate).with("birthDate", birthDate)
                .with("nationality", nationality).with("sourceUrl", sourceUrl).with("recordId", id)
                .with("line", line).with("extra", extra).toMap();
    }
}
