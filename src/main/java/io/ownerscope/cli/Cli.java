package io.ownerscope.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.ownerscope.benchmark.BenchmarkCommand;
import io.ownerscope.graph.EmbeddedStoreLockedException;
import io.ownerscope.identity.IdentityCommand;
import io.ownerscope.loading.LoadCommand;
import io.ownerscope.loading.LoadException;
import io.ownerscope.ownership.DesignationsCommand;
import io.ownerscope.queries.QueryCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the same jar: {@code java -jar ownerscope.jar load ...} or {@code ... query NAME ...}.
 * Settings are given as {@code --name=value} (e.g. {@code --spring.neo4j.uri=bolt://localhost:7687}) and go to the
 * application; the rest goes to the command. The application (and the embedded Neo4j) starts only when a command runs.
 */
public final class Cli {

    static final Set<String> COMMANDS = Set.of("load", "query", "designations", "identity", "benchmark");
    static final int FAILED = 3;

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        var split = SplitArguments.of(args);
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        var context = new LazyContext(application, split.settings(), out);
        try (context) {
            var factory = new CommandFactory(context);
            var commandLine = new CommandLine(new Root(), factory);
            for (var command : List.of(LoadCommand.class, QueryCommand.class, DesignationsCommand.class,
                    IdentityCommand.class, BenchmarkCommand.class)) {
                commandLine.addSubcommand(new CommandLine(command, factory));
            }
            commandLine.setOut(out)
                    .setErr(err)
                    .setExecutionExceptionHandler((e, cmd, parsed) -> {
                        err.println("error: " + explain(e));
                        return FAILED;
                    });
            return commandLine.execute(split.command().toArray(String[]::new));
        }
    }

    /** One line a user can act on, from the cause chain; never a stack trace. */
    static String explain(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedStoreLockedException || cause instanceof LoadException) {
                return cause.getMessage();
            }
        }
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Command(name = "ownerscope", mixinStandardHelpOptions = true,
            description = "Graph-based ownership-network investigator: command line.")
    static final class Root {
    }

    record SplitArguments(List<String> settings, List<String> command) {

        /** {@code --a.b=c} is an application setting; everything else belongs to the command. */
        static SplitArguments of(String[] args) {
            var settings = new ArrayList<String>();
            var command = new ArrayList<String>();
            for (var arg : args) {
                if (arg.matches("--[a-z][\\w-]*(\\.[\\w-]+)+=.*")) {
                    settings.add(arg);
                } else {
                    command.add(arg);
                }
            }
            return new SplitArguments(settings, command);
        }
    }

    /** Starts the Spring application without a web server on first use. */
    static final class LazyContext implements Supplier<CliContext>, AutoCloseable {
        private final Class<?> application;
        private final List<String> settings;
        private final PrintWriter out;
        private CliContext context;

        LazyContext(Class<?> application, List<String> settings, PrintWriter out) {
            this.application = application;
            this.settings = settings;
            this.out = out;
        }

        @Override
        public CliContext get() {
            if (context == null) {
                var spring = new SpringApplicationBuilder(application)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .properties("logging.level.root=WARN",
                                // the command reports a failed start in one line; no stack trace
                                "logging.level.org.springframework.boot.SpringApplication=OFF",
                                "logging.level.org.springframework.boot.diagnostics=OFF")
                        .run(settings.toArray(String[]::new));
                context = new CliContext(spring, out);
            }
            return context;
        }

        @Override
        public void close() {
            if (context != null) {
                context.close();
            }
        }
    }

    /** Commands that need the application take a {@code Supplier<CliContext>} in their constructor. */
    private record CommandFactory(Supplier<CliContext> context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getConstructor(Supplier.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
