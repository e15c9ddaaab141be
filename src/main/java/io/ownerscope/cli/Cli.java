package io.ownerscope.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.ownerscope.graph.EmbeddedSettings;
import io.ownerscope.graph.ServiceBolt;
import io.ownerscope.loading.LoadException;
import io.ownerscope.system.CommandNeeds;
import io.ownerscope.system.StartFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line of the same jar: {@code java -jar ownerscope.jar load ...} or {@code ... query NAME ...}.
 * Settings are given as {@code --name=value} (e.g. {@code --spring.neo4j.uri=bolt://localhost:7687}) and go to the
 * application; the rest goes to the command. Commands are the application's beans annotated with picocli's
 * {@link Command}, built by Spring with constructor injection. The application starts lazily: help and a bad command
 * line start nothing (no Neo4j); a command that runs starts the whole application first, as the service does.
 */
public final class Cli {

    static final Set<String> COMMANDS = Set.of("load", "query", "designations", "identity", "benchmark", "match",
            "resolve", "users", "keys", "audit");
    static final int FAILED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    /** Asked of the root: answered by the command line, the service never starts for them. */
    static final Set<String> ROOT_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || ROOT_OPTIONS.contains(args[0]));
    }

    public static int run(Class<?> application, String[] args) {
        var split = SplitArguments.of(args);
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (split.command().equals(List.of("--version")) || split.command().equals(List.of("-V"))) {
            // at once: no application, no store
            return new CommandLine(new Root()).setOut(out).execute(split.command().toArray(String[]::new));
        }
        try {
            return run(application, split, out, err, true);
        } catch (UseRunningService service) {
            err.println("the service is running on this store: using its Bolt connector " + service.bolt.uri());
            var settings = new ArrayList<>(split.settings());
            settings.addAll(service.bolt.settings());
            return run(application, new SplitArguments(settings, split.command()), out, err, false);
        }
    }

    /**
     * Runs the command once.
     *
     * @param mayUseRunningService whether a command that needs the graph, on an embedded store a running service
     *        holds, gives way to a run against that service's Bolt ({@link UseRunningService})
     */
    private static int run(Class<?> application, SplitArguments split, PrintWriter out, PrintWriter err,
            boolean mayUseRunningService) {
        ConfigurableApplicationContext context;
        try {
            context = lazyApplication(application, split.settings());
        } catch (RuntimeException e) {
            report(err, e);
            return FAILED;
        }
        var runningService = new AtomicReference<ServiceBolt>();
        try (context) {
            var factory = new SpringFactory(context);
            var commandLine = new CommandLine(new Root(), factory);
            commands(context).forEach(command -> commandLine.addSubcommand(new CommandLine(command, factory)));
            commandLine.setOut(out)
                    .setErr(err)
                    .setExecutionStrategy(parsed -> {
                        var help = CommandLine.executeHelpRequest(parsed);
                        if (help != null) {
                            return help;
                        }
                        var command = parsed.subcommand() == null ? null
                                : parsed.subcommand().commandSpec().userObject();
                        if (!(command instanceof CommandNeeds needs) || needs.application()) {
                            if (mayUseRunningService) {
                                var service = runningService(context.getEnvironment());
                                if (service.isPresent()) {
                                    runningService.set(service.get());
                                    return FAILED;
                                }
                            }
                            try {
                                startAll(context);
                            } catch (RuntimeException e) {
                                // a store in use, a server out of reach: reported by the handler below, in one line
                                throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(),
                                        e.getMessage(), e);
                            }
                        }
                        return new CommandLine.RunLast().execute(parsed);
                    })
                    .setExecutionExceptionHandler((e, cmd, parsed) -> {
                        report(err, e);
                        return FAILED;
                    });
            int exit;
            try {
                exit = commandLine.execute(split.command().toArray(String[]::new));
            } catch (RuntimeException e) {
                // the application failed to start (a store in use, a server out of reach): one line, no trace
                report(err, e);
                return FAILED;
            }
            if (runningService.get() != null) {
                // this context, with its embedded store settings, is closed before the run against the service
                throw new UseRunningService(runningService.get());
            }
            return exit;
        }
    }

    /**
     * The beans annotated as commands, by name; nothing else is created to find them (no factory bean is asked for
     * its type), so that help and parsing start no store.
     */
    private static List<Object> commands(ConfigurableApplicationContext context) {
        var beans = context.getBeanFactory();
        var commands = new ArrayList<Object>();
        for (var name : beans.getBeanDefinitionNames()) {
            var type = beans.getType(name, false);
            if (type != null && type.isAnnotationPresent(Command.class)) {
                commands.add(beans.getBean(name));
            }
        }
        commands.sort(Comparator.comparing(command -> command.getClass().getAnnotation(Command.class).name()));
        return commands;
    }

    /** The application with every bean created on first use, so that help and parsing start nothing. */
    private static ConfigurableApplicationContext lazyApplication(Class<?> application, List<String> settings) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .properties("logging.level.root=WARN",
                        // the health of Neo4j is the service's to report; asking for it would start the store
                        "management.health.neo4j.enabled=false",
                        // the command reports a failed start in one line; no stack trace
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.boot.diagnostics=OFF")
                .run(settings.toArray(String[]::new));
    }

    /**
     * Creates every singleton, as a service start does (the embedded Neo4j, the schema, the reference lists), once
     * the command line has parsed and a command is about to run (help is answered before).
     */
    private static void startAll(ConfigurableApplicationContext context) {
        var beans = context.getBeanFactory();
        for (var name : beans.getBeanDefinitionNames()) {
            var definition = beans.getBeanDefinition(name);
            if (definition.isSingleton() && !definition.isAbstract()) {
                beans.getBean(name);
            }
        }
    }

    /** The Bolt of a service running on the embedded store this run would open; none when a server is named. */
    private static Optional<ServiceBolt> runningService(Environment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
            return Optional.empty();
        }
        var settings = Binder.get(environment).bindOrCreate("ownerscope.embedded", EmbeddedSettings.class);
        return ServiceBolt.on(settings.storePath(), settings.password());
    }

    /** The command is to run again, against the Bolt of the service that holds the store. */
    private static final class UseRunningService extends RuntimeException {

        private final transient ServiceBolt bolt;

        UseRunningService(ServiceBolt bolt) {
            super(null, null, false, false);
            this.bolt = bolt;
        }
    }

    /** The failure in one line on the terminal; its stack trace at debug level ({@code logging.level.io.ownerscope.cli}). */
    private static void report(PrintWriter err, Throwable e) {
        LOG.debug("The command failed", e);
        err.println("error: " + explain(e));
    }

    /** One line a user can act on, from the cause chain; never a stack trace. */
    static String explain(Throwable e) {
        var startFailure = StartFailure.of(e);
        if (startFailure.isPresent()) {
            return startFailure.get().oneLine();
        }
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LoadException) {
                return cause.getMessage();
            }
        }
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Command(name = "ownerscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
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

    /**
     * Builds what picocli asks for (commands, converters, completion candidates) as Spring beans, with constructor
     * injection: a bean of the type if there is one, else a new instance autowired by the application.
     */
    private record SpringFactory(ConfigurableApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (context.getBeanNamesForType(type, true, false).length == 1) {
                return context.getBean(type);
            }
            try {
                return context.getAutowireCapableBeanFactory().createBean(type);
            } catch (org.springframework.beans.BeansException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
