package io.ownerscope.loading;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.ownerscope.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code ownerscope load --format csv|bods|ftm|gleif-lei|gleif-rr|gleif-repex PATH...}: bulk-loads files into the configured graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load source files into the graph (the embedded store unless --spring.neo4j.uri is given).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row loaded", "1:some rows were rejected (see the report)",
                "2:bad command line", "3:the load could not run"})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, converter = Format.Converter.class,
            completionCandidates = Format.Names.class, description = "Input format: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--dataset", description = "Dataset name recorded on every record (default: the directory name)")
    String dataset;

    @Option(names = "--rejects", description = "Write rejected rows to this file as JSON lines")
    Path rejectsFile;

    @Option(names = "--initial", description = "First load into an empty embedded store: write the rows as the "
            + "input of Neo4j's offline importer and import them with the store stopped (one PATH)")
    boolean initial;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "csv: a directory with the canonical CSV files; bods: a BODS JSON or JSON-lines file; "
                    + "ftm: a FollowTheMoney JSON-lines file; gleif-lei: a GLEIF LEI-CDF XML file; gleif-rr: a GLEIF "
                    + "relationship XML file (load the LEI records first); gleif-repex: GLEIF reporting exceptions "
                    + "(counted only); ofac-sdn: a directory with the OFAC SDN CSV files (sdn.csv, alt.csv, add.csv, "
                    + "sdn_comments.csv)")
    List<Path> paths;

    private final Supplier<CliContext> context;

    public LoadCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    /** The input formats, by the name the user types. */
    enum Format {
        CSV("csv"), BODS("bods"), FTM("ftm"), GLEIF_LEI("gleif-lei"), GLEIF_RR("gleif-rr"),
        GLEIF_REPEX("gleif-repex"), OFAC_SDN("ofac-sdn");

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

    @Override
    public Integer call() throws Exception {
        var out = context.get().out();
        boolean rejected = false;
        if (initial && paths.size() > 1) {
            throw new LoadException("--initial loads one PATH into an empty store; load the others without --initial");
        }
        for (var path : paths) {
            var absolute = path.toAbsolutePath().normalize();
            var name = dataset != null ? dataset : datasetName(absolute);
            out.println("Loading " + absolute + " as dataset '" + name + "' ...");
            var report = initial
                    ? context.get().bean(InitialLoad.class).load(() -> load(absolute, name))
                    : load(absolute, name);
            LoadSummary.print(report, out);
            if (rejectsFile != null && report.hasRejects()) {
                RejectsFile.write(rejectsFile, report.rejects());
                out.println("Rejected rows written to " + rejectsFile);
            }
            rejected |= report.hasRejects();
        }
        return rejected ? 1 : 0;
    }

    private LoadReport load(Path absolute, String name) {
        return switch (format) {
                case CSV -> context.get().bean(CsvLoader.class).load(CsvSource.directory(absolute), name,
                        absolute.toString());
                case BODS -> context.get().bean(BodsLoader.class).load(absolute, name);
                case FTM -> context.get().bean(FtmLoader.class).load(absolute, name);
                case GLEIF_LEI -> context.get().bean(GleifLeiLoader.class).load(absolute, name);
                case GLEIF_RR -> context.get().bean(GleifRrLoader.class).load(absolute, name);
                case GLEIF_REPEX -> context.get().bean(GleifRepexLoader.class).load(absolute, name);
                case OFAC_SDN -> context.get().bean(OfacSdnLoader.class).load(absolute, name);
            };
    }

    private static String datasetName(Path path) {
        var name = String.valueOf(path.getFileName());
        var dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
