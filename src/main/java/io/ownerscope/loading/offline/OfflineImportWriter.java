package io.ownerscope.loading.offline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.ownerscope.loading.LoadCounts;
import io.ownerscope.loading.LoadRun;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.RowWriter;

/**
 * Writes the rows of a load as the input files of Neo4j's offline importer, with the same nodes, relationships and
 * properties (provenance included) that {@code cypher/load/*.cypher} would MERGE into an empty graph. A row with the
 * id or key of an earlier one replaces it, as the MERGE would update it. When the load run finishes, the files are
 * complete and handed on to be imported.
 */
final class OfflineImportWriter implements RowWriter {

    private static final List<String> PROVENANCE = List.of("dataset", "recordId", "loadRun", "firstLoadRun",
            "firstSeen:datetime", "lastSeen:datetime");

    private final Path directory;
    private final Clock clock;
    private final Consumer<OfflineImportFiles> imported;
    private final Map<String, EntityRecord> entities = new HashMap<>();
    private final Map<String, AddressRecord> addresses = new LinkedHashMap<>();
    private final OfflineImportFile entityFile;
    private final OfflineImportFile sanctionFile;
    private final OfflineImportFile shipmentFile;
    private final OfflineImportFile linkFile;
    private final OfflineImportFile registrationFile;
    private final OfflineImportFile targetFile;
    private final OfflineImportFile exportedFile;
    private final OfflineImportFile consignedFile;
    private Map<String, Object> loadRun;

    /**
     * @param directory where the importer's files are written
     * @param clock the time the load run starts and finishes at
     * @param imported given the finished files, imports them
     */
    OfflineImportWriter(Path directory, Clock clock, Consumer<OfflineImportFiles> imported) {
        this.directory = directory;
        this.clock = clock;
        this.imported = imported;
        entityFile = file("entities.csv", "id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "country",
                "registrationNumber", "inn", "ogrn", "bin", "lei", "incorporationDate:date", "dissolutionDate:date",
                "birthDate:date", "nationality", "sourceUrl");
        sanctionFile = file("sanctions.csv", "id:ID(Sanction)", ":LABEL", "authority", "program", "listedOn:date",
                "delistedOn:date", "reason", "sourceUrl");
        shipmentFile = file("shipments.csv", "id:ID(Shipment)", ":LABEL", "date:date", "hsCode", "hs6", "chplTier",
                "description", "valueUsd:double", "quantity:double", "unit", "originCountry", "destinationCountry",
                "sourceUrl");
        linkFile = relationshipFile("links.csv", "Entity", "Entity", true);
        registrationFile = relationshipFile("registrations.csv", "Entity", "Address", true);
        targetFile = relationshipFile("targets.csv", "Sanction", "Entity", false);
        exportedFile = relationshipFile("exported.csv", "Entity", "Shipment", false);
        consignedFile = relationshipFile("consigned.csv", "Shipment", "Entity", false);
    }

    @Override
    public StartedRun startLoadRun(String id, String dataset, String format, String source, List<String> files,
            String checksum) {
        var run = new LoadRun(id, dataset, ZonedDateTime.now(clock));
        loadRun = new LinkedHashMap<>(Map.of("id", id, "dataset", dataset, "format", format, "source", source,
                "files", files, "checksum", checksum, "startedAt", run.at()));
        return new StartedRun(run, null);
    }

    /** Imports the files of a completed run; an aborted or failed one imports nothing and leaves the store empty. */
    @Override
    public void finishLoadRun(LoadRun run, String status, LoadCounts counts, String reason) {
        if (!status.startsWith("completed")) {
            closeAll(List.of(entityFile, sanctionFile, shipmentFile));
            closeAll(List.of(linkFile, registrationFile, targetFile, exportedFile, consignedFile));
            return;
        }
        try (var runFile = file("load-runs.csv", "id:ID(LoadRun)", ":LABEL", "startedAt:datetime", "status",
                "dataset", "format", "source", "files:string[]", "checksum", "finishedAt:datetime", "entities:long",
                "addresses:long", "relationships:long", "sanctions:long", "shipments:long", "rejected:long");
                var addressFile = file("addresses.csv", "id:ID(Address)", ":LABEL", "full", "normalized", "country",
                        "sourceUrl")) {
            runFile.add(List.of(run.id(), "LoadRun", run.at(), status, loadRun.get("dataset"),
                    loadRun.get("format"), loadRun.get("source"), loadRun.get("files"), loadRun.get("checksum"),
                    ZonedDateTime.now(clock), counts.entities(), counts.addresses(), counts.relationships(),
                    counts.sanctions(), counts.shipments(), counts.rejected()));
            for (var address : addresses.values()) {
                addressFile.add(withProvenance(run, address.recordId, address.id, "Address", address.full,
                        address.normalized, address.country, address.sourceUrl));
            }
            var nodes = List.of(runFile, addressFile, entityFile, sanctionFile, shipmentFile);
            var relationships = List.of(linkFile, registrationFile, targetFile, exportedFile, consignedFile);
            closeAll(nodes);
            closeAll(relationships);
            imported.accept(new OfflineImportFiles(directory, nodes, relationships, entityPatches()));
        }
    }

    /**
     * One thread: the merges of one kind run in order on it while the reader checks the next rows against the
     * entities and addresses, which only merges of another kind (finished by then) add to.
     */
    @Override
    public int writeThreads() {
        return 1;
    }

    @Override
    public long mergeEntities(LoadRun run, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var id = (String) row.get("id");
            var labels = new LinkedHashSet<>(List.of("Entity", (String) row.get("label")));
            var earlier = entities.get(id);
            if (earlier != null) {
                // SET e:$(label) keeps the labels the node already has
                labels.addAll(earlier.labels);
            }
            var extra = new LinkedHashMap<String, Object>();
            if (earlier != null) {
                extra.putAll(earlier.extra);
            }
            if (row.get("extra") instanceof Map<?, ?> properties) {
                properties.forEach((key, value) -> extra.put((String) key, value));
            }
            entities.put(id, new EntityRecord(List.copyOf(labels), extra));
            entityFile.put(id, withProvenance(run, row.get("recordId"), id, List.copyOf(labels),
                    row.get("name"), row.get("aliases"), row.get("country"), row.get("registrationNumber"),
                    row.get("inn"), row.get("ogrn"), row.get("bin"), row.get("lei"), row.get("incorporationDate"),
                    row.get("dissolutionDate"), row.get("birthDate"), row.get("nationality"),
                    row.get("sourceUrl")));
        }
        return rows.size();
    }

    @Override
    public long mergeAddresses(LoadRun run, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var id = (String) row.get("id");
            addresses.put(id, new AddressRecord(id, (String) row.get("full"), (String) row.get("normalized"),
                    (String) row.get("country"), (String) row.get("sourceUrl"), (String) row.get("recordId")));
        }
        return rows.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public long mergeEntityAddresses(LoadRun run, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var address = (Map<String, Object>) row.get("address");
            var id = (String) address.get("id");
            // only a new address takes its text from the entity's cell; an existing one keeps its own
            addresses.computeIfAbsent(id, key -> new AddressRecord(id, (String) address.get("full"),
                    (String) address.get("normalized"), (String) address.get("country"), null,
                    (String) address.get("recordId")));
            var entityId = (String) row.get("entityId");
            var key = (String) row.get("key");
            registrationFile.put(String.join("\u0000", "REGISTERED_AT", entityId, key, id),
                    link(run, entityId, id, "REGISTERED_AT", key, null, null, null, null, null, null, null, null,
                            entityId));
        }
        return rows.size();
    }

    @Override
    public long mergeRelationships(LoadRun run, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var type = (String) row.get("type");
            var from = (String) row.get("fromId");
            var to = (String) row.get("toId");
            var key = (String) row.get("key");
            var target = RelationshipType.valueOf(type).target() == RelationshipType.Target.ADDRESS
                    ? registrationFile : linkFile;
            target.put(String.join("\u0000", type, from, key, to), link(run, from, to, type, key, row.get("share"),
                    row.get("shareMin"), row.get("shareMax"), row.get("interestType"), row.get("role"),
                    row.get("startDate"), row.get("endDate"), row.get("sourceUrl"), row.get("recordId")));
        }
        return rows.size();
    }

    @Override
    public long mergeSanctions(LoadRun run, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var id = (String) row.get("id");
            var recordId = row.get("recordId");
            sanctionFile.put(id, withProvenance(run, recordId, id, "Sanction", row.get("authority"),
                    row.get("program"), row.get("listedOn"), row.get("delistedOn"), row.get("reason"),
                    row.get("sourceUrl")));
            var entityId = (String) row.get("entityId");
            targetFile.put(id + "\u0000" + entityId, withProvenance(run, recordId, id, entityId, "TARGETS"));
        }
        return rows.size();
    }

    @Override
    public long mergeShipments(LoadRun run, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var id = (String) row.get("id");
            var recordId = row.get("recordId");
            shipmentFile.put(id, withProvenance(run, recordId, id, "Shipment", row.get("date"), row.get("hsCode"),
                    row.get("hs6"), row.get("chplTier"), row.get("description"), row.get("valueUsd"), row.get("quantity"),
                    row.get("unit"), row.get("originCountry"), row.get("destinationCountry"),
                    row.get("sourceUrl")));
            // a corrected record that names another exporter or consignee replaces the old links
            exportedFile.put(id, withProvenance(run, recordId, row.get("exporterId"), id, "EXPORTED"));
            consignedFile.put(id, withProvenance(run, recordId, id, row.get("consigneeId"), "CONSIGNED_TO"));
        }
        return rows.size();
    }

    @Override
    public Map<String, RelationshipType.Target> findReferences(Set<String> ids) {
        var found = new HashMap<String, RelationshipType.Target>();
        for (var id : ids) {
            if (entities.containsKey(id)) {
                found.put(id, RelationshipType.Target.ENTITY);
            } else if (addresses.containsKey(id)) {
                found.put(id, RelationshipType.Target.ADDRESS);
            }
        }
        return found;
    }

    private static List<Object> link(LoadRun run, Object from, Object to, String type, Object key, Object share,
            Object shareMin, Object shareMax, Object interestType, Object role, Object startDate, Object endDate,
            Object sourceUrl, Object recordId) {
        return withProvenance(run, recordId, from, to, type, key, share, shareMin, shareMax, interestType, role,
                startDate, endDate, sourceUrl);
    }

    /** The values, then dataset, record id, load run, first load run, first and last seen. */
    private static List<Object> withProvenance(LoadRun run, Object recordId, Object... values) {
        var record = new ArrayList<Object>(values.length + PROVENANCE.size());
        record.addAll(Arrays.asList(values));
        record.addAll(Arrays.asList(run.dataset(), recordId, run.id(), run.id(), run.at(), run.at()));
        return record;
    }

    private OfflineImportFile file(String name, String... columns) {
        var header = new ArrayList<>(Arrays.asList(columns));
        if (!name.equals("load-runs.csv")) {
            header.addAll(PROVENANCE);
        }
        return new OfflineImportFile(directory.resolve(name), header);
    }

    private OfflineImportFile relationshipFile(String name, String from, String to, boolean withProperties) {
        var columns = new ArrayList<>(List.of(":START_ID(" + from + ")", ":END_ID(" + to + ")", ":TYPE"));
        if (withProperties) {
            columns.addAll(List.of("key", "share:double", "shareMin:double", "shareMax:double", "interestType",
                    "role", "startDate:date", "endDate:date", "sourceUrl"));
        }
        return file(name, columns.toArray(String[]::new));
    }

    /** What a load over Bolt writes that the importer cannot: the further properties a mapping gives an entity. */
    private List<Map<String, Object>> entityPatches() {
        var patches = new ArrayList<Map<String, Object>>();
        entities.forEach((id, entity) -> {
            if (!entity.extra().isEmpty()) {
                patches.add(Map.of("id", id, "properties", entity.extra()));
            }
        });
        return patches;
    }

    private static void closeAll(List<OfflineImportFile> files) {
        files.forEach(OfflineImportFile::close);
    }

    /** @param extra further properties a mapping gave the entity, which the importer's fixed columns cannot hold */
    private record EntityRecord(List<String> labels, Map<String, Object> extra) {
    }

    private record AddressRecord(String id, String full, String normalized, String country, String sourceUrl,
            String recordId) {
    }
}
