package io.ownerscope.loading.offline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import io.ownerscope.loading.LoadException;
import org.neo4j.cli.CommandProvider;
import org.neo4j.cli.CommandType;
import org.neo4j.cli.ExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs Neo4j's offline importer ({@code neo4j-admin database import full}) in this JVM on a stopped store: it
 * writes the database from node and relationship CSV files, replacing whatever the database held.
 */
final class OfflineImporter {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineImporter.class);

    private OfflineImporter() {
    }

    /**
     * @param home the store's home directory (NEO4J_HOME), its databases under {@code data/databases}
     * @param database the database to write, e.g. {@code neo4j}
     */
    static void importFull(Path home, String database, List<Path> nodes, List<Path> relationships,
            boolean multiline, Path reportFile) {
        var args = new ArrayList<String>();
        nodes.forEach(file -> args.add("--nodes=" + file.toAbsolutePath()));
        relationships.forEach(file -> args.add("--relationships=" + file.toAbsolutePath()));
        args.add("--array-delimiter=" + OfflineImportFile.ARRAY_DELIMITER);
        args.add("--multiline-fields=" + multiline);
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + reportFile.toAbsolutePath());
        args.add(database);
        var output = new ByteArrayOutputStream();
        int exit;
        try (var out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            var context = new ExecutionContext(home, home.resolve("conf"), out, out,
                    new org.neo4j.io.fs.DefaultFileSystemAbstraction());
            args.addFirst("full");
            exit = new CommandLine(importCommand(context), new ContextFactory(context))
                    .execute(args.toArray(String[]::new));
        }
        var log = output.toString(StandardCharsets.UTF_8);
        LOG.debug("Offline import output:\n{}", log);
        if (exit != 0) {
            throw new LoadException("The offline import failed (exit " + exit + "): " + lastLines(log, 5));
        }
    }

    /** {@code neo4j-admin database import}, found as neo4j-admin finds it: the provider of the IMPORT command. */
    private static Object importCommand(ExecutionContext context) {
        return ServiceLoader.load(CommandProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.commandType() == CommandType.IMPORT).findFirst()
                .orElseThrow(() -> new LoadException("Neo4j's offline importer is not on the class path"))
                .createCommand(context);
    }

    /** Neo4j's admin commands take the execution context in their constructor, subcommands too. */
    private record ContextFactory(ExecutionContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getConstructor(ExecutionContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static void importFull(Path home, String database, OfflineImportFiles files) {
        importFull(home, database, files.nodePaths(), files.relationshipPaths(), files.multiline(),
                files.directory().resolve("import.report"));
    }

    private static String lastLines(String text, int count) {
        var lines = text.strip().split("\\R");
        return String.join(" / ", List.of(lines).subList(Math.max(0, lines.length - count), lines.length));
    }
}
