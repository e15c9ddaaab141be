package io.ownerscope.loading.ofac;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SanctionRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Turns the OFAC SDN list in its legacy CSV form ({@code sdn.csv}, {@code alt.csv}, {@code add.csv},
 * {@code sdn_comments.csv}: no header, {@code -0-} for an empty cell) into rows of the common model. Individuals become
 * people; entities, vessels and aircraft become companies. Every program becomes an OFAC listing, and
 * {@code Linked To:} remarks become {@code ASSOCIATE_OF} links to the SDN entry with that name.
 */
final class OfacSdnRecords {

    static final String SDN = "sdn.csv";
    static final String ALT = "alt.csv";
    static final String ADD = "add.csv";
    static final String COMMENTS = "sdn_comments.csv";
    static final String LINK_ROLE = "linked to (OFAC)";

    private static final Map<String, Integer> CELLS = Map.of(SDN, 12, ALT, 5, ADD, 6, COMMENTS, 2);
    private static final String NULL = "-0-";
    private static final String PREFIX = "ofac-sdn-";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final Map<String, String> COUNTRIES = countries();
    private static final Set<String> NO_COUNTRY = Set.of("none identified", "undetermined");
    private static final String DAY_TEXT = "(\\d{1,2} [A-Za-z]{3} \\d{4})";
    private static final Pattern DOB = Pattern.compile("^DOB " + DAY_TEXT + "$");
    private static final Pattern NATIONALITY = Pattern.compile("^[Nn]ationality (.+)$");
    private static final Pattern TAX_ID = Pattern.compile("^Tax ID No\\. (\\d+) \\(Russia\\)$");
    private static final Pattern INN = Pattern.compile("^INN (\\d+)\\b.*$");
    private static final Pattern REGISTRATION = Pattern.compile("^(?:[\\w.-]+ )*?Registration (?:Number|ID) (\\S+)"
            + "(?: \\((.+)\\))?$");
    private static final Pattern OGRN = Pattern.compile("^(?:Government Gazette Number|OGRN) (\\d+)\\b.*$");
    private static final Pattern LEI = Pattern.compile("^Legal Entity Number ([A-Z0-9]{20})\\b.*$");
    private static final Pattern IMO = Pattern.compile("\\bIMO (\\d{7})\\b");
    private static final Pattern ESTABLISHED = Pattern.compile("^Organization Established Date " + DAY_TEXT + "$");
    private static final Pattern LINKED_TO = Pattern.compile("^Linked To: (.+)$");
    private static final Pattern ALIAS = Pattern.compile("^(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.) '(.+)'$");

    private final RowSink sink;
    private final Set<String> unknownCountries = new TreeSet<>();

    OfacSdnRecords(RowSink sink) {
        this.sink = sink;
    }

    /** One row of one file: the cells with {@code -0-} read as null, and the line as read. */
    record Line(String file, long number, List<String> cells, String raw) {
        String cell(int index) {
            return cells.get(index);
        }
    }

    /** An SDN entry while its aliases, addresses and remarks are gathered. */
    private static final class Entry {
        final Line line;
        final String id;
        final String name;
        final String type;
        final List<String> aliases = new ArrayList<>();
        final List<String> addresses = new ArrayList<>();
        final StringBuilder remarks = new StringBuilder();
        String country;

        Entry(Line line, String id, String name, String type) {
            this.line = line;
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }

    /**
     * Reads the four files (text by file name; only {@code sdn.csv} is required), then sends entities, links and
     * listings to the sink in that order.
     */
    void load(Map<String, String> texts) {
        var entries = new LinkedHashMap<String, Entry>();
        for (var line : lines(SDN, texts.get(SDN))) {
            var entNum = line.cell(0);
            var name = line.cell(1);
            if (name == null) {
                sink.reject(new Reject(line.file(), line.number(), "SDN entry " + entNum + " has no name",
                        line.raw()));
                continue;
            }
            var id = PREFIX + entNum;
            if (entries.containsKey(id)) {
                sink.reject(new Reject(line.file(), line.number(), "duplicate ent_num " + entNum, line.raw()));
                continue;
            }
            var entry = new Entry(line, id, name, line.cell(2) == null ? "entity" : line.cell(2)
                    .toLowerCase(Locale.ROOT));
            if (line.cell(11) != null) {
                entry.remarks.append(line.cell(11));
            }
            entries.put(id, entry);
        }
        var orphans = new LinkedHashMap<String, Integer>();
        for (var line : lines(ALT, texts.get(ALT))) {
            var entry = entries.get(PREFIX + line.cell(0));
            if (entry == null) {
                orphans.merge(ALT, 1, Integer::sum);
            } else if (line.cell(3) != null) {
                entry.aliases.add(line.cell(3));
            }
        }
        for (var line : lines(ADD, texts.get(ADD))) {
            var entry = entries.get(PREFIX + line.cell(0));
            if (entry == null) {
                orphans.merge(ADD, 1, Integer::sum);
                continue;
            }
            if (entry.country == null && line.cell(4) != null) {
                entry.country = country(line.cell(4));
            }
            if (line.cell(2) != null || line.cell(3) != null) {
                entry.addresses.add(join(line.cell(2), line.cell(3), line.cell(4)));
            }
        }
        for (var line : lines(COMMENTS, texts.get(COMMENTS))) {
            var entry = entries.get(PREFIX + line.cell(0));
            if (entry == null) {
                orphans.merge(COMMENTS, 1, Integer::sum);
            } else if (line.cell(1) != null) {
                // sdn_comments.csv continues a remark that sdn.csv cut off, in mid-word if need be
                entry.remarks.append(line.cell(1));
            }
        }
        orphans.forEach((file, count) -> sink.warn(file + ": " + count + " row" + (count == 1 ? "" : "s")
                + " name an ent_num that is not in " + SDN + " and " + (count == 1 ? "was" : "were") + " skipped"));
        emit(entries);
    }

    private void emit(Map<String, Entry> entries) {
        var byName = new HashMap<String, List<String>>();
        entries.values().forEach(e -> byName.computeIfAbsent(e.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(e.id));
        var entities = new ArrayList<EntitiesFileRow>();
        var relationships = new ArrayList<RelationshipRow>();
        var sanctions = new ArrayList<SanctionRow>();
        var asCompany = new LinkedHashMap<String, Integer>();
        var unmatched = 0;
        for (var entry : entries.values()) {
            var line = entry.line;
            var remarks = remarks(entry.remarks.toString());
            var person = entry.type.equals("individual");
            if (!person && !entry.type.equals("entity")) {
                asCompany.merge(entry.type, 1, Integer::sum);
            }
            var aliases = new LinkedHashSet<String>();
            if (person) {
                var natural = naturalOrder(entry.name);
                if (natural != null) {
                    aliases.add(natural);
                }
            }
            aliases.addAll(entry.aliases);
            aliases.addAll(remarks.aliases);
            aliases.remove(entry.name);
            var country = entry.country;
            if (country == null && entry.type.equals("vessel") && line.cell(9) != null) {
                country = country(line.cell(9));
            }
            var registration = entry.type.equals("vessel") && remarks.imo != null ? "IMO " + remarks.imo
                    : remarks.registrationNumber;
            var url = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + line.cell(0);
            entities.add(new EntityRow(line.number(), entry.id, person ? "Person" : "Company", entry.name,
                    List.copyOf(aliases), country, registration, remarks.inn, remarks.ogrn, null, remarks.lei,
                    person ? null : remarks.established, null, person ? remarks.birthDate : null,
                    person ? remarks.nationality : null, entry.addresses.isEmpty() ? null : entry.addresses.getFirst(),
                    url));
            for (var program : programs(line.cell(3))) {
                sanctions.add(new SanctionRow(line.number(), entry.id, "OFAC", program, null, null, url,
                        line.cell(4), line.raw()));
            }
            var linked = new LinkedHashSet<String>();
            for (var target : remarks.linkedTo) {
                var ids = byName.get(target.toLowerCase(Locale.ROOT));
                if (ids == null && target.endsWith(".")) {
                    ids = byName.get(target.substring(0, target.length() - 1).strip().toLowerCase(Locale.ROOT));
                }
                if (ids == null || ids.size() != 1 || ids.getFirst().equals(entry.id)) {
                    unmatched++;
                    continue;
                }
                if (linked.add(ids.getFirst())) {
                    relationships.add(RelationshipRow.of(line.number(), null, entry.id, ids.getFirst(),
                            RelationshipType.ASSOCIATE_OF, null, null, null, null, LINK_ROLE, null, null, url,
                            line.raw()));
                }
            }
        }
        sink.entities(entities);
        sink.relationships(relationships);
        sink.sanctions(sanctions);
        asCompany.forEach((type, count) -> sink.warn(SDN + ": " + count + " " + type + " entr"
                + (count == 1 ? "y was" : "ies were") + " loaded as Company; ownerscope has no " + type + " label"));
        if (unmatched > 0) {
            sink.warn(SDN + ": " + unmatched + " 'Linked To' remark" + (unmatched == 1 ? "" : "s")
                    + " named no single other SDN entry and " + (unmatched == 1 ? "was" : "were") + " not linked");
        }
        if (!unknownCountries.isEmpty()) {
            sink.warn("country names without an ISO code, left empty: " + String.join(", ", unknownCountries));
        }
    }

    /** What the remarks say, for the fields ownerscope keeps. */
    static final class Remarks {
        LocalDate birthDate;
        LocalDate established;
        String nationality;
        String inn;
        String ogrn;
        String lei;
        String registrationNumber;
        String imo;
        final List<String> aliases = new ArrayList<>();
        final List<String> linkedTo = new ArrayList<>();
    }

    /** Remarks are {@code ; }-separated statements ending in a full stop; the first match of each kind wins. */
    Remarks remarks(String text) {
        var result = new Remarks();
        if (text.isBlank()) {
            return result;
        }
        var body = text.strip();
        if (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        for (var part : body.split(";")) {
            var statement = part.strip();
            Matcher m;
            if ((m = LINKED_TO.matcher(statement)).matches()) {
                result.linkedTo.add(m.group(1).strip());
            } else if ((m = ALIAS.matcher(statement)).matches()) {
                result.aliases.add(m.group(1).strip());
            } else if ((m = DOB.matcher(statement)).matches()) {
                result.birthDate = first(result.birthDate, day(m.group(1)));
            } else if ((m = ESTABLISHED.matcher(statement)).matches()) {
                result.established = first(result.established, day(m.group(1)));
            } else if ((m = NATIONALITY.matcher(statement)).matches()) {
                result.nationality = first(result.nationality, country(m.group(1)));
            } else if ((m = TAX_ID.matcher(statement)).matches() || (m = INN.matcher(statement)).matches()) {
                if (m.group(1).length() == 10 || m.group(1).length() == 12) {
                    result.inn = first(result.inn, m.group(1));
                }
            } else if ((m = OGRN.matcher(statement)).matches()) {
                result.ogrn = first(result.ogrn, m.group(1));
            } else if ((m = LEI.matcher(statement)).matches()) {
                result.lei = first(result.lei, m.group(1));
            } else if ((m = REGISTRATION.matcher(statement)).matches() && !statement.startsWith("alt. ")) {
                var number = m.group(1);
                if ("Russia".equals(m.group(2)) && number.matches("\\d{13}|\\d{15}")) {
                    result.ogrn = first(result.ogrn, number);
                } else {
                    result.registrationNumber = first(result.registrationNumber, number);
                }
            }
            if ((m = IMO.matcher(statement)).find()) {
                result.imo = first(result.imo, m.group(1));
            }
        }
        return result;
    }

    /** {@code "RUSSIA-EO14024] [UKRAINE-EO13662"} is two programs. */
    static List<String> programs(String cell) {
        if (cell == null) {
            return List.of();
        }
        var programs = new LinkedHashSet<String>();
        for (var program : cell.split("\\]\\s*\\[")) {
            var code = program.replace("[", "").replace("]", "").strip();
            if (!code.isEmpty()) {
                programs.add(code);
            }
        }
        return List.copyOf(programs);
    }

    /** {@code "LIFSHITS, Artem Mikhaylovich"} reads {@code "Artem Mikhaylovich LIFSHITS"}; null if not that shape. */
    static String naturalOrder(String name) {
        var comma = name.indexOf(',');
        if (comma <= 0 || comma != name.lastIndexOf(',') || comma == name.length() - 1) {
            return null;
        }
        var given = name.substring(comma + 1).strip();
        var family = name.substring(0, comma).strip();
        return given.isEmpty() ? null : given + " " + family;
    }

    /** An English country name as OFAC writes it, as an ISO alpha-2 code; null (and a warning) when unknown. */
    String country(String name) {
        if (NO_COUNTRY.contains(name.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        var code = COUNTRIES.get(name.strip().toLowerCase(Locale.ROOT));
        if (code == null) {
            unknownCountries.add(name.strip());
        }
        return code;
    }

    private static Map<String, String> countries() {
        var names = new HashMap<String, String>();
        for (var code : Locale.getISOCountries()) {
            var locale = Locale.of("", code);
            names.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // names OFAC uses that are not the CLDR English display names
        Map.ofEntries(Map.entry("russia", "RU"), Map.entry("burma", "MM"), Map.entry("korea, north", "KP"),
                Map.entry("korea, south", "KR"), Map.entry("north korea", "KP"), Map.entry("south korea", "KR"),
                Map.entry("czech republic", "CZ"), Map.entry("turkey", "TR"), Map.entry("hong kong", "HK"),
                Map.entry("macau", "MO"), Map.entry("macao", "MO"), Map.entry("congo, democratic republic of the", "CD"),
                Map.entry("congo, republic of the", "CG"), Map.entry("cote d'ivoire", "CI"),
                Map.entry("bosnia and herzegovina", "BA"), Map.entry("the bahamas", "BS"), Map.entry("bahamas, the", "BS"),
                Map.entry("gambia, the", "GM"), Map.entry("the gambia", "GM"), Map.entry("swaziland", "SZ"),
                Map.entry("macedonia", "MK"), Map.entry("cabo verde", "CV"), Map.entry("cape verde", "CV"),
                Map.entry("palestinian", "PS"), Map.entry("west bank", "PS"), Map.entry("gaza", "PS"),
                Map.entry("united states", "US"), Map.entry("united kingdom", "GB"), Map.entry("vatican city", "VA"),
                Map.entry("saint kitts and nevis", "KN"), Map.entry("saint lucia", "LC"),
                Map.entry("saint vincent and the grenadines", "VC"), Map.entry("timor-leste", "TL"),
                Map.entry("micronesia, federated states of", "FM"), Map.entry("curacao", "CW"),
                Map.entry("sint maarten", "SX"), Map.entry("brunei", "BN"), Map.entry("laos", "LA"),
                Map.entry("cote d ivoire", "CI"), Map.entry("democratic people's republic of korea", "KP"),
                Map.entry("man, isle of", "IM"), Map.entry("trinidad and tobago", "TT"),
                Map.entry("virgin islands, british", "VG"), Map.entry("region: gaza", "PS"))
                .forEach(names::put);
        return Map.copyOf(names);
    }

    /** The rows of one file, each split on its own so that one broken line cannot take the rest with it. */
    List<Line> lines(String file, String text) {
        var lines = new ArrayList<Line>();
        if (text == null) {
            return lines;
        }
        var physical = text.split("\\R", -1);
        for (int i = 0; i < physical.length; i++) {
            var raw = physical[i].replace("\u001a", "");
            if (raw.isBlank()) {
                continue;
            }
            var number = i + 1L;
            List<String> cells;
            try (var parser = CSVParser.parse(raw, CSVFormat.DEFAULT)) {
                var records = parser.getRecords();
                if (records.size() != 1) {
                    throw new IllegalStateException("a quoted value runs past the end of the line");
                }
                cells = records.getFirst().toList();
            } catch (IOException | RuntimeException e) {
                sink.reject(new Reject(file, number, "not a CSV row: " + e.getMessage(), raw));
                continue;
            }
            int expected = CELLS.get(file);
            if (cells.size() != expected) {
                sink.reject(new Reject(file, number, "expected " + expected + " cells, found " + cells.size(), raw));
                continue;
            }
            var values = new ArrayList<String>(cells.size());
            for (var cell : cells) {
                var value = cell.strip();
                values.add(value.isEmpty() || value.equals(NULL) ? null : value);
            }
            if (values.getFirst() == null || !values.getFirst().matches("\\d+")) {
                sink.reject(new Reject(file, number, "ent_num '" + cells.getFirst().strip() + "' is not a number",
                        raw));
                continue;
            }
            var remarks = file.equals(SDN) ? 11 : file.equals(COMMENTS) ? 1 : -1;
            if (remarks >= 0 && values.get(remarks) != null) {
                // remarks cut off in sdn.csv go on in sdn_comments.csv, in mid-word if need be: keep the edges
                values.set(remarks, cells.get(remarks));
            }
            lines.add(new Line(file, number, Collections.unmodifiableList(values), raw));
        }
        return lines;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> T first(T current, T candidate) {
        return current != null ? current : candidate;
    }

    private static String join(String... parts) {
        var kept = new ArrayList<String>();
        for (var part : parts) {
            if (part != null) {
                kept.add(part);
            }
        }
        return String.join(", ", kept);
    }
}
