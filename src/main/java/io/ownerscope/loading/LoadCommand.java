package io.ownerscope.loading;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.ownerscope.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code ownerscope load --format csv [--mapping MAPPING.yml]|bods|ftm|gleif-lei|gleif-rr|gleif-repex|ofac-sdn|un PATH...}: bulk-loads files into the configured graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load source files into the graph (the embedded store unless --spring.neo4j.uri is given).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row loaded", "1:some rows were rejected (see the report)",
                "2:bad command line", "3:the load could not run",
                "4:the load was aborted: more rows rejected than --max-rejects allows"})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, converter = Format.Converter.class,
            completionCandidates = Format.Names.class, description = "Input format: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--dataset", description = "Dataset name recorded on every record (default: the directory name)")
    String dataset;

    @Option(names = "--mapping", paramLabel = "MAPPING.yml",
            description = "With --format csv: a mapping file (YAML) that says how the columns of each CSV file PATH "
                    + "become entities, links and shipments (see data-loaders/mappings)")
    Path mapping;

    private Mapping csvMapping;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected rows to this file as JSON lines "
            + "(default: rejects/DATASET-TIMESTAMP.jsonl, see ownerscope.load.rejects-dir; written only when a row "
            + "is rejected)")
    Path rejectsFile;

    @Option(names = "--max-rejects", paramLabel = "N", description = "Abort the load (exit code 4) once more than N "
            + "rows are rejected; the batches written before stay and a rerun of the fixed input converges "
            + "(default: no limit)")
    Long maxRejects;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar with records, rate and ETA "
            + "on stderr (default: only when attached to a terminal; --progress elsewhere prints a line every 10 s)")
    Boolean progress;
    @Option(names = "--initial", description = "First load into an empty embedded store: write the rows as the "
            + "input of Neo4j's offline importer and import them with the store stopped (one PATH)")
    boolean initial;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "csv: a directory with the canonical CSV files, or with --mapping a CSV file; bods: a BODS "
                    + "JSON or JSON-lines file; ftm: a FollowTheMoney JSON-lines file or a yente delta file (with the "
                    + "--dataset of the export it updates); gleif-lei: a GLEIF LEI-CDF XML file; gleif-rr: a GLEIF "
                    + "relationship XML file (load the LEI records first); gleif-repex: GLEIF reporting exceptions "
                    + "(counted only); ofac-sdn: a directory with the OFAC SDN CSV files (sdn.csv, alt.csv, add.csv, "
                    + "sdn_comments.csv); un: the UN Security Council consolidated list XML")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    private final Supplier<CliContext> context;

    public LoadCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    /** The input formats, by the name the user types. */
    enum Format {
        CSV("csv"), BODS("bods"), FTM("ftm"), GLEIF_LEI("gleif-lei"), GLEIF_RR("gleif-rr"),
        GLEIF_REPEX("gleif-repex"), OFAC_SDN("ofac-sdn"), UN("un");

        private final String option;

        Format(String option) {
            this.option = option;
        }

        static final class Names implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                return Arrays.stream(values()).map(f -> f.option).iterator();
            }
        }

        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return Arrays.stream(values()).filter(f -> f.option.equalsIgnoreCase(value.strip())).findFirst()
                        .orElseThrow(() -> new TypeConversionException("unknown format '" + value
                                + "'; expected one of " + String.join(", ", new Names())));
            }
        }
    }

    static final int ABORTED = 4;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public Integer call() throws Exception {
        if (mapping != null) {
            if (format != Format.CSV) {
                spec.commandLine().getErr().println("error: --mapping goes with --format csv, not " + format.option);
                return 2;
            }
            try {
                csvMapping = MappedCsvLoader.mapping(mapping);
            } catch (MappingException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            }
        }
        if (initial && paths.size() > 1) {
            spec.commandLine().getErr().println("error: --initial loads one PATH into an empty store; load the "
                    + "others without --initial");
            return 2;
        }
        if (initial && format == Format.FTM) {
            spec.commandLine().getErr().println("error: --initial does not take FollowTheMoney files (their "
                    + "sanction claims and delta operations need the graph); load them without --initial");
            return 2;
        }
        if (maxRejects != null && maxRejects < 0) {
            throw new ParameterException(spec.commandLine(), "--max-rejects must be 0 or more, not " + maxRejects);
        }
        var out = context.get().out();
        var loader = context.get().bean(CsvLoader.class);
        var rejectsDir = context.get().bean(LoadSettings.class).rejectsDir();
        var named = rejectsFile == null ? null : new RejectsFile(rejectsFile);
        boolean rejected = false;
        try {
            for (var path : paths) {
                var absolute = path.toAbsolutePath().normalize();
                var name = dataset != null ? dataset : datasetName(absolute);
                out.println("Loading " + absolute + " as dataset '" + name + "' ...");
                var rejects = named != null ? named : new RejectsFile(rejectsDir.resolve(
                        name.replaceAll("[^\\w.-]", "_") + "-" + TIMESTAMP.format(Instant.now()) + ".jsonl"));
                var options = new LoadOptions(rejects, maxRejects == null ? -1 : maxRejects,
                        ProgressBarDisplay.forCommand(progress, absolute, System.err));
                LoadReport report;
                try {
                    report = initial
                            ? context.get().bean(InitialLoad.class).load(
                                    () -> loader.withOptions(options, () -> read(absolute, name)))
                            : loader.withOptions(options, () -> read(absolute, name));
                } catch (LoadAbortedException e) {
                    closeUnlessShared(rejects, named);
                    LoadSummary.print(e.report(), rejects.written() > 0 ? rejects.path() : null, out);
                    spec.commandLine().getErr().println("error: " + e.getMessage());
                    return ABORTED;
                } catch (LoadException e) {
                    if (rejects.written() > 0) {
                        out.println("Rejected rows written to " + rejects.path());
                    }
                    throw e;
                } finally {
                    closeUnlessShared(rejects, named);
                }
                LoadSummary.print(report, report.hasRejects() ? rejects.path() : null, out);
                rejected |= report.hasRejects();
            }
        } finally {
            if (named != null) {
                named.close();
            }
        }
        return rejected ? 1 : 0;
    }

    private LoadReport read(Path absolute, String name) {
        return switch (format) {
            case CSV -> csvMapping != null
                    ? context.get().bean(MappedCsvLoader.class).load(csvMapping, absolute, name)
                    : context.get().bean(CsvLoader.class).load(CsvSource.directory(absolute), name,
                            absolute.toString());
            case BODS -> context.get().bean(BodsLoader.class).load(absolute, name);
            case FTM -> context.get().bean(FtmLoader.class).load(absolute, name);
            case GLEIF_LEI -> context.get().bean(GleifLeiLoader.class).load(absolute, name);
            case GLEIF_RR -> context.get().bean(GleifRrLoader.class).load(absolute, name);
            case GLEIF_REPEX -> context.get().bean(GleifRepexLoader.class).load(absolute, name);
            case OFAC_SDN -> context.get().bean(OfacSdnLoader.class).load(absolute, name);
            case UN -> context.get().bean(UnListLoader.class).load(absolute, name);
        };
    }

    /** A file of this load alone is closed when the load ends; the one {@code --rejects} names, when all have. */
    private static void closeUnlessShared(RejectsFile rejects, RejectsFile shared) {
        if (rejects != shared) {
            rejects.close();
        }
    }

    private static String datasetName(Path path) {
        var name = String.valueOf(path.getFileName());
        var dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
