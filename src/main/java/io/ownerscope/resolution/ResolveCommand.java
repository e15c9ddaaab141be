package io.ownerscope.resolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ownerscope resolve}: compares every record with the records of other datasets and refreshes the suggested
 * pairs; {@code --export FILE} and {@code --import FILE} carry analysts' decisions to another store (JSON lines).
 */
@Component
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Suggest which records of different datasets are one entity (scored by the matcher), or carry "
                + "analysts' decisions between stores.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some decisions could not be imported (named on stderr)", "2:bad command line",
                "3:the graph could not be read"})
final class ResolveCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--export", paramLabel = "FILE", description = "Write the current decisions as JSON lines")
    Path export;

    @Option(names = "--import", paramLabel = "FILE", description = "Record the decisions of a file written by "
            + "--export (who, when and why kept; the latest on a pair is current)")
    Path importFile;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Resolver> resolver;
    private final ObjectProvider<Decisions> decisions;

    /** What the command uses starts only when it runs, not for {@code --help} or a bad command line. */
    ResolveCommand(ObjectProvider<Resolver> resolver, ObjectProvider<Decisions> decisions) {
        this.resolver = resolver;
        this.decisions = decisions;
    }

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (export != null) {
            var current = decisions.getObject().current();
            try (var writer = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
                for (var decision : current) {
                    var line = new LinkedHashMap<String, Object>(decision);
                    line.replace("decidedAt", String.valueOf(decision.get("decidedAt")));
                    writer.write(JSON.writeValueAsString(line));
                    writer.newLine();
                }
            }
            out.printf("%d decisions written to %s%n", current.size(), export);
            return 0;
        }
        if (importFile != null) {
            int imported = 0;
            int failed = 0;
            int number = 0;
            for (var line : Files.readAllLines(importFile, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> decision = JSON.readValue(line, Map.class);
                    decisions.getObject().importDecision(decision);
                    imported++;
                } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
                    err.println(importFile.getFileName() + ":" + number + ": not imported: " + e.getMessage());
                    failed++;
                }
            }
            var rejoined = decisions.getObject().applyCurrent();
            out.printf("%d decisions imported, %d pairs of records joined again%n", imported, rejoined);
            return failed > 0 ? 1 : 0;
        }
        var counts = resolver.getObject().resolveAll();
        out.printf("%d records compared with %d records of other datasets; %d pairs suggested, %d joined by the rule, "
                + "%d decided pairs joined again; %d ms%n", counts.records(), counts.compared(), counts.suggested(),
                counts.autoAccepted(), counts.rejoined(), counts.millis());
        return 0;
    }
}
