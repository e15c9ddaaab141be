package io.ownerscope.queries;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;

import io.ownerscope.system.ApiException;
import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.CommandNeeds;
import io.ownerscope.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code ownerscope query NAME --param key=value ... --format table|csv|json}; without NAME, lists the catalog. */
@Component
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query by name against the configured graph, or list the saved queries.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the whole answer was written", "1:the answer was cut at the query's row cap",
                "2:bad command line: unknown query, unknown, missing or malformed parameter",
                "3:the query could not run (invalid query file, timeout, graph unreachable)"})
public final class QueryCommand implements Callable<Integer>, CommandNeeds {

    static final int TRUNCATED = 1;
    static final int BAD_COMMAND_LINE = 2;
    static final int FAILED = 3;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The saved query to run; none lists them all")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A parameter of the query; repeat it, or separate values with commas, for a list")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<QueryCatalog> queryCatalog;
    private final ObjectProvider<QueryRunner> queryRunner;

    /** What the command uses starts only when it runs, not for {@code --help} or a bad command line. */
    QueryCommand(ObjectProvider<QueryCatalog> queryCatalog, ObjectProvider<QueryRunner> queryRunner) {
        this.queryCatalog = queryCatalog;
        this.queryRunner = queryRunner;
    }

    enum Format { table, csv, json }

    /** The catalog is listed from the files' headers alone; a query needs the graph. */
    @Override
    public boolean application() {
        return name != null;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var given = new LinkedHashMap<String, List<String>>();
        for (var parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals < 1) {
                err.println("error: --param takes KEY=VALUE, got '" + parameter + "'");
                return BAD_COMMAND_LINE;
            }
            given.computeIfAbsent(parameter.substring(0, equals), k -> new ArrayList<>())
                    .add(parameter.substring(equals + 1));
        }
        var catalog = queryCatalog.getObject();
        var out = spec.commandLine().getOut();
        if (name == null) {
            list(catalog, out);
            return 0;
        }
        try {
            var query = catalog.get(name);
            var arguments = QueryArguments.fromText(query, given);
            var summary = run(query, arguments, out);
            if (summary.truncated()) {
                err.println("note: the answer was cut at the query's row cap of " + summary.maxRows() + " rows");
                return TRUNCATED;
            }
            return 0;
        } catch (NotFoundException e) {
            err.println("error: " + e.getMessage() + "; 'query' without a name lists them");
            return BAD_COMMAND_LINE;
        } catch (BadRequestException e) {
            err.println("error: " + e.getMessage());
            return BAD_COMMAND_LINE;
        } catch (ApiException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private RowSink.RunSummary run(SavedQuery query, java.util.Map<String, Object> arguments, PrintWriter out) {
        var runner = queryRunner.getObject();
        return switch (format) {
            case table -> runner.run(query, arguments, new TableRows(out));
            case csv -> {
                var summary = runner.run(query, arguments, new CsvRows(out, false));
                out.flush();
                yield summary;
            }
            case json -> {
                var rows = new CollectedRows(query, arguments);
                var summary = runner.run(query, arguments, rows);
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(rows.result()));
                out.flush();
                yield summary;
            }
        };
    }

    private static void list(QueryCatalog catalog, PrintWriter out) {
        for (var query : catalog.queries()) {
            out.println(query.name() + "  (" + query.file() + ", at most " + query.maxRows() + " rows)");
            out.println("    " + query.description());
            for (var parameter : query.parameters()) {
                out.println("    --param " + parameter.name() + "=" + parameter.type() + "  "
                        + (parameter.required() ? "required"
                                : parameter.defaultText() != null ? "default " + parameter.defaultText() : "optional")
                        + "  " + parameter.description());
            }
            out.println();
        }
        for (var invalid : catalog.invalid()) {
            out.println(invalid.name() + "  (" + invalid.file() + ") INVALID: " + invalid.problem());
        }
        out.flush();
    }
}
