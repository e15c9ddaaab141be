package io.ownerscope.loading.command;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.ownerscope.loading.LoadAbortedException;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.LoadOptions;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadService;
import io.ownerscope.loading.LoadSettings;
import io.ownerscope.loading.RejectsFile;
import io.ownerscope.loading.SourceReader;
import io.ownerscope.loading.offline.InitialLoad;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ownerscope load --format FORMAT [--mapping MAPPING.yml] [--encoding NAME] PATH...}: bulk-loads files into
 * the configured graph with the reader of that format.
 */
@Component
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load source files into the graph (the embedded store unless --spring.neo4j.uri is given).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row loaded", "1:some rows were rejected (see the report)",
                "2:bad command line", "3:the load could not run",
                "4:the load was aborted: more rows rejected than --max-rejects allows"})
final class LoadCommand implements Callable<Integer> {

    /** The format a CSV file read through a mapping is recorded under. */
    private static final String MAPPED_CSV = "mapped-csv";

    private String format;

    @Option(names = "--dataset", description = "Dataset name recorded on every record (default: the directory name)")
    String dataset;

    @Option(names = "--mapping", paramLabel = "MAPPING.yml",
            description = "With --format csv: a mapping file (YAML) that says how the columns of each CSV file PATH "
                    + "become entities, links and shipments (see data-loaders/mappings)")
    Path mapping;

    private Charset encoding;

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

    static final int ABORTED = 4;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ObjectProvider<SourceReader> readers;
    private final ObjectProvider<LoadService> loads;
    private final ObjectProvider<InitialLoad> initialLoad;
    private final ObjectProvider<LoadSettings> settings;

    /** What the command uses starts only when it runs, not for {@code --help} or a bad command line. */
    LoadCommand(ObjectProvider<SourceReader> readers, ObjectProvider<LoadService> loads,
            ObjectProvider<InitialLoad> initialLoad, ObjectProvider<LoadSettings> settings) {
        this.readers = readers;
        this.loads = loads;
        this.initialLoad = initialLoad;
        this.settings = settings;
    }

    /** The formats of the readers; creating them starts nothing. */
    List<String> formats() {
        return readers.orderedStream().map(SourceReader::format).filter(name -> !name.equals(MAPPED_CSV))
                .sorted().toList();
    }

    @Option(names = "--format", required = true, completionCandidates = Formats.class,
            description = "Input format: ${COMPLETION-CANDIDATES}")
    void format(String value) {
        var name = value.strip().toLowerCase(Locale.ROOT);
        if (!formats().contains(name)) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + value + "'; expected one of "
                    + String.join(", ", formats()));
        }
        format = name;
    }

    @Option(names = "--encoding", paramLabel = "NAME", description = "With --format csv (also with --mapping): the "
            + "encoding of the files, e.g. windows-1251, KOI8-R, ISO-8859-5, UTF-16 (default: UTF-8, or the "
            + "mapping's csv.encoding)")
    void encoding(String name) {
        try {
            encoding = Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "unknown encoding '" + name + "'; give a name Java "
                    + "knows, e.g. UTF-8, windows-1251, KOI8-R, ISO-8859-1, UTF-16");
        }
    }

    /** The format names, for {@code --help}. */
    static final class Formats implements Iterable<String> {
        private final LoadCommand command;

        Formats(LoadCommand command) {
            this.command = command;
        }

        @Override
        public Iterator<String> iterator() {
            return command.formats().iterator();
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (mapping != null && !format.equals("csv")) {
            err.println("error: --mapping goes with --format csv, not " + format);
            return 2;
        }
        if (encoding != null && !format.equals("csv")) {
            err.println("error: --encoding goes with --format csv (and --mapping); " + format + " files are read "
                    + "in the encoding their format prescribes");
            return 2;
        }
        var readerFormat = mapping != null ? MAPPED_CSV : format;
        if (initial && paths.size() > 1) {
            err.println("error: --initial loads one PATH into an empty store; load the others without --initial");
            return 2;
        }
        if (initial && format.equals("ftm")) {
            err.println("error: --initial does not take FollowTheMoney files (their sanction claims and delta "
                    + "operations need the graph); load them without --initial");
            return 2;
        }
        if (maxRejects != null && maxRejects < 0) {
            throw new ParameterException(spec.commandLine(), "--max-rejects must be 0 or more, not " + maxRejects);
        }
        var reader = readers.orderedStream().filter(r -> r.format().equals(readerFormat)).findFirst().orElseThrow();
        try {
            for (var path : paths) {
                reader.check(new LoadInput("check", path.toString(), false, List.of(), encoding, mapping));
            }
        } catch (LoadException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        var service = loads.getObject();
        var out = spec.commandLine().getOut();
        var rejectsDir = settings.getObject().rejectsDir();
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
                    var input = LoadInput.of(absolute, name).withEncoding(encoding).withMapping(mapping);
                    report = initial ? initialLoad.getObject().load(reader, input, options)
                            : service.engine().load(reader, input, options, service.graphWriter());
                } catch (LoadAbortedException e) {
                    closeUnlessShared(rejects, named);
                    LoadSummary.print(e.report(), rejects.written() > 0 ? rejects.path() : null, out);
                    err.println("error: " + e.getMessage());
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
