package io.ownerscope.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Versioned schema migrations from {@code cypher/schema/V<version>__<Description>.cypher}, applied in version
 * order, each once; the graph records what was applied (label {@code __SchemaMigration}) with a checksum, and a
 * migration that was edited after it was applied stops the start-up.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");
    private static final String LOCATION = "classpath*:cypher/schema/*.cypher";

    private final Graph graph;

    public SchemaMigrations(Graph graph) {
        this.graph = graph;
    }

    /** Applies the pending migrations and returns their versions. */
    public List<Integer> apply() {
        graph.writeSchema("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
                + "FOR (m:__SchemaMigration) REQUIRE m.version IS UNIQUE");
        var applied = new ArrayList<Integer>();
        for (var migration : discover()) {
            var recordedChecksum = graph.read(tx -> tx.run(
                    "MATCH (m:__SchemaMigration {version: $version}) RETURN m.checksum AS checksum",
                    Map.of("version", migration.version())).list(r -> r.get("checksum").asString()));
            if (!recordedChecksum.isEmpty()) {
                if (!recordedChecksum.getFirst().equals(migration.checksum())) {
                    throw new IllegalStateException("Schema migration " + migration.fileName()
                            + " was changed after it was applied; add a new migration instead");
                }
                continue;
            }
            migration.statements().forEach(graph::writeSchema);
            graph.write(tx -> tx.run("""
                    CREATE (m:__SchemaMigration {version: $version, description: $description,
                            checksum: $checksum, appliedAt: datetime()})""",
                    Map.of("version", migration.version(), "description", migration.description(),
                            "checksum", migration.checksum())).consume());
            LOG.info("Applied schema migration {}", migration.fileName());
            applied.add(migration.version());
        }
        return applied;
    }

    static List<Migration> discover() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(resources)
                    .map(SchemaMigrations::toMigration)
                    .sorted(Comparator.comparingInt(Migration::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list schema migrations", e);
        }
    }

    private static Migration toMigration(Resource resource) {
        var name = resource.getFilename();
        var matcher = FILE_NAME.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            throw new IllegalStateException("Schema migration file name must look like V0001__Description.cypher: "
                    + name);
        }
        try (var in = resource.getInputStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), name,
                    statements(text), checksum(text));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema migration " + name, e);
        }
    }

    /** Statements end with a semicolon at the end of a line; {@code //} comment lines are dropped. */
    static List<String> statements(String text) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : text.split("\\R")) {
            if (line.strip().startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                addStatement(statements, current);
            }
        }
        addStatement(statements, current);
        return statements;
    }

    private static void addStatement(List<String> statements, StringBuilder current) {
        var statement = current.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static String checksum(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Migration(int version, String description, String fileName, List<String> statements, String checksum) {
    }
}
