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

/** {@code ownerscope load --format csv DIR...}: bulk-loads files into the configured graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load source files into the graph (the embedded store unless --spring.neo4j.uri is given).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row loaded", "1:some rows were rejected (see the report)",
                "2:bad command line", "3:the load could not run"})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, converter = Format.Converter.class,
            completionCandidates = Format.Candidates.class, description = "Input format: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--dataset", description = "Dataset name recorded on every record (default: the directory name)")
    String dataset;

    @Option(names = "--rejects", description = "Write rejected rows to this file as JSON lines")
    Path rejectsFile;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "csv: a directory with the canonical CSV files; bods: a BODS JSON or JSON-lines file; "
                    + "ftm: a FollowTheMoney JSON-lines file; ofac-sdn: a directory with the OFAC SDN CSV files "
                    + "(sdn.csv, alt.csv, add.csv, sdn_comments.csv)")
    List<Path> paths;

    private final Supplier<CliContext> context;

    public LoadCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    /** The formats, typed as their {@code toString()}: {@code ofac-sdn} for {@link #ofac_sdn}. */
    enum Format {
        csv, bods, ftm, ofac_sdn;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }

        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                for (var format : values()) {
                    if (format.toString().equalsIgnoreCase(value.strip())) {
                        return format;
                    }
                }
                throw new TypeConversionException("expected one of " + String.join(", ", new Candidates())
                        + " but was '" + value + "'");
            }
        }

        static final class Candidates implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                return Arrays.stream(values()).map(Format::toString).iterator();
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        var out = context.get().out();
        boolean rejected = false;
        for (var path : paths) {
            var absolute = path.toAbsolutePath().normalize();
            var name = dataset != null ? dataset : datasetName(absolute);
            out.println("Loading " + absolute + " as dataset '" + name + "' ...");
            var report = switch (format) {
                case csv -> context.get().bean(CsvLoader.class).load(CsvSource.directory(absolute), name,
                        absolute.toString());
                case bods -> context.get().bean(BodsLoader.class).load(absolute, name);
                case ftm -> context.get().bean(FtmLoader.class).load(absolute, name);
                case ofac_sdn -> context.get().bean(OfacSdnLoader.class).load(absolute, name);
            };
            LoadSummary.print(report, out);
            if (rejectsFile != null && report.hasRejects()) {
                RejectsFile.write(rejectsFile, report.rejects());
                out.println("Rejected rows written to " + rejectsFile);
            }
            rejected |= report.hasRejects();
        }
        return rejected ? 1 : 0;
    }

    private static String datasetName(Path path) {
        var name = String.valueOf(path.getFileName());
        var dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
