package io.ownerscope.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.ownerscope.matching.MatchIdentifier;
import io.ownerscope.matching.MatchRecord;
import io.ownerscope.matching.NameMatcher;
import io.ownerscope.system.CommandNeeds;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ownerscope match --input FILE.csv [--columns name=Supplier,country=Country] --output screened.csv}: screens
 * every row of a spreadsheet against the graph. {@code ownerscope match --pairs labelled.csv [--output scored.csv]}:
 * scores labelled pairs and prints precision, recall and F1 at a range of thresholds, without the graph.
 */
@Component
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Screen a spreadsheet of parties against the graph (--input), or score labelled name pairs "
                + "to calibrate the match threshold on your own data (--pairs).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some rows could not be read (named on stderr)", "2:bad command line",
                "3:the graph could not be read"})
final class MatchCommand implements Callable<Integer>, CommandNeeds {

    /** The fields a row may give, by the FollowTheMoney property name, besides {@code schema}. */
    private static final List<String> FIELDS = List.of("name", "alias", "country", "birthDate", "innCode",
            "ogrnCode", "binCode", "leiCode", "registrationNumber", "taxNumber", "imoNumber", "address", "schema");
    private static final List<Double> THRESHOLDS = List.of(0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95);

    @Option(names = "--input", paramLabel = "FILE.csv", description = "A CSV file with a header row: one party a row")
    Path input;

    @Option(names = "--columns", split = ",", paramLabel = "FIELD=COLUMN", description = "Which column holds which "
            + "field: name (required), alias, country, birthDate, innCode, ogrnCode, binCode, leiCode, "
            + "registrationNumber, taxNumber, imoNumber, address, schema (default: columns named as the fields)")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--schema", defaultValue = "LegalEntity", description = "Schema of rows that name none: Person, "
            + "Company, Organization or LegalEntity (default: ${DEFAULT-VALUE})")
    String schema;

    @Option(names = "--pairs", paramLabel = "LABELLED.csv", description = "A CSV file of labelled pairs: columns "
            + "name1, name2, is_match (true/false), and schema when present")
    Path pairs;

    @Option(names = "--output", paramLabel = "FILE.csv", description = "With --input: the rows with their best "
            + "candidates (required); with --pairs: the pairs with score and match added")
    Path output;

    @Option(names = "--limit", defaultValue = "3", description = "Candidates written per row (default: "
            + "${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--threshold", description = "Score from which a candidate is a match (default: "
            + "ownerscope.screening.threshold, 0.75)")
    Double threshold;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr (default: on)")
    boolean progress;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Screening> screening;
    private final ObjectProvider<NameIndex> names;
    private final NameMatcher matcher;

    /** What the command uses starts only when it runs; scoring pairs needs no graph at all. */
    MatchCommand(ObjectProvider<Screening> screening, ObjectProvider<NameIndex> names, NameMatcher matcher) {
        this.screening = screening;
        this.names = names;
        this.matcher = matcher;
    }

    @Override
    public boolean application() {
        return pairs == null;
    }

    @Override
    public Integer call() throws IOException {
        if ((input == null) == (pairs == null)) {
            throw new ParameterException(spec.commandLine(), "give either --input FILE.csv (with --output) or "
                    + "--pairs LABELLED.csv");
        }
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be between 0 and 1, not " + threshold);
        }
        if (MatchKeys.parseSchema(schema) == null) {
            throw new ParameterException(spec.commandLine(), "--schema must be Person, Company, Organization or "
                    + "LegalEntity, not " + schema);
        }
        if (limit < 1 || limit > 100) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 100, not " + limit);
        }
        return pairs != null ? scorePairs() : screenRows();
    }

    private int scorePairs() throws IOException {
        var err = spec.commandLine().getErr();
        var cutoff = threshold == null ? NameMatcher.DEFAULT_THRESHOLD : threshold;
        var scored = new ArrayList<ScoredPair>();
        int unreadable = 0;
        try (var parser = csv(pairs)) {
            var header = parser.getHeaderNames();
            for (var required : List.of("name1", "name2", "is_match")) {
                if (!header.contains(required)) {
                    throw new ParameterException(spec.commandLine(), pairs + ": has no column " + required
                            + "; its header is " + String.join(",", header));
                }
            }
            for (var row : parser) {
                var label = label(row.get("is_match"));
                var rowSchema = row.isMapped("schema") && !row.get("schema").isBlank()
                        ? MatchKeys.parseSchema(row.get("schema")) : MatchKeys.parseSchema(schema);
                if (label == null || rowSchema == null || row.get("name1").isBlank() || row.get("name2").isBlank()) {
                    err.println(pairs.getFileName() + ":" + parser.getCurrentLineNumber() + ": skipped: needs two "
                            + "names, is_match true or false, and a schema of Person, Company, Organization or "
                            + "LegalEntity");
                    unreadable++;
                    continue;
                }
                var score = matcher.score(MatchRecord.of(rowSchema, row.get("name1")),
                        MatchRecord.of(rowSchema, row.get("name2"))).score();
                scored.add(new ScoredPair(row, label, score));
            }
        }
        var out = spec.commandLine().getOut();
        out.printf("%d pairs (%d matches, %d non-matches)%n%n", scored.size(),
                scored.stream().filter(ScoredPair::label).count(), scored.stream().filter(p -> !p.label()).count());
        out.println("| threshold | precision | recall | F1 | true positives | false positives | false negatives |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (var t : THRESHOLDS) {
            long tp = scored.stream().filter(p -> p.label() && p.score() >= t).count();
            long fp = scored.stream().filter(p -> !p.label() && p.score() >= t).count();
            long fn = scored.stream().filter(p -> p.label() && p.score() < t).count();
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.printf(Locale.ROOT, "| %.2f%s | %.3f | %.3f | %.3f | %d | %d | %d |%n", t,
                    Math.abs(t - cutoff) < 1e-9 ? " (default)" : "", precision, recall, f1, tp, fp, fn);
        }
        out.flush();
        if (output != null) {
            try (var writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                    var printer = printer(writer, scored.isEmpty() ? List.of("name1", "name2", "is_match")
                            : scored.getFirst().row().getParser().getHeaderNames(), List.of("score", "match"))) {
                for (var pair : scored) {
                    var values = new ArrayList<Object>(pair.row().toList());
                    values.add(String.format(Locale.ROOT, "%.4f", pair.score()));
                    values.add(pair.score() >= cutoff);
                    printer.printRecord(values);
                }
            }
        }
        return unreadable > 0 ? 1 : 0;
    }

    private record ScoredPair(CSVRecord row, boolean label, double score) {
    }

    private int screenRows() throws IOException {
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "--input needs --output FILE.csv for the screened rows");
        }
        for (var field : columns.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new ParameterException(spec.commandLine(), "--columns: unknown field '" + field
                        + "'; fields are " + String.join(", ", FIELDS));
            }
        }
        var err = spec.commandLine().getErr();
        names.getObject().catchUp();
        var service = screening.getObject();
        var cutoff = threshold == null ? service.threshold() : threshold;
        long rows = Files.lines(input, StandardCharsets.UTF_8).count() - 1;
        int unreadable = 0;
        long started = System.nanoTime();
        try (var parser = csv(input); var writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                var printer = printer(writer, parser.getHeaderNames(), List.of("match_rank", "match_id",
                        "match_name", "match_schema", "match_datasets", "match_listed", "match_score", "match",
                        "match_explanation"));
                var bar = new ProgressBarBuilder().setTaskName("Screening").setInitialMax(Math.max(rows, 0))
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(
                                progress ? System.err : new PrintStream(OutputStream.nullOutputStream())))
                        .showSpeed().build()) {
            var header = parser.getHeaderNames();
            var mapped = new LinkedHashMap<String, String>();
            for (var field : FIELDS) {
                var column = columns.getOrDefault(field, header.contains(field) ? field : null);
                if (column != null) {
                    if (!header.contains(column)) {
                        throw new ParameterException(spec.commandLine(), input + ": has no column '" + column
                                + "' (--columns " + field + "=" + column + "); its header is "
                                + String.join(",", header));
                    }
                    mapped.put(field, column);
                }
            }
            if (!mapped.containsKey("name")) {
                throw new ParameterException(spec.commandLine(), input + ": no column gives the name; say which "
                        + "with --columns name=COLUMN (its header is " + String.join(",", header) + ")");
            }
            // rows are screened side by side, one a core, and written in their order
            var pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                var rowsLeft = parser.iterator();
                while (rowsLeft.hasNext()) {
                    var chunk = new ArrayList<CSVRecord>();
                    while (rowsLeft.hasNext() && chunk.size() < 256) {
                        chunk.add(rowsLeft.next());
                    }
                    var records = new ArrayList<MatchRecord>();
                    var readable = new ArrayList<Integer>();
                    for (int i = 0; i < chunk.size(); i++) {
                        var record = record(chunk.get(i), mapped);
                        if (record != null) {
                            records.add(record);
                            readable.add(i);
                        }
                    }
                    // the candidates of 32 rows are read in one round trip, and scored on the thread that read them
                    var batches = new ArrayList<Future<List<List<Screening.Candidate>>>>();
                    for (int from = 0; from < records.size(); from += 32) {
                        var batch = records.subList(from, Math.min(records.size(), from + 32));
                        batches.add(pool.submit(() -> service.screenAll(batch, limit)));
                    }
                    var screened = new ArrayList<List<Screening.Candidate>>();
                    for (int i = 0; i < chunk.size(); i++) {
                        screened.add(null);
                    }
                    int next = 0;
                    for (var batch : batches) {
                        for (var candidates : batch.get()) {
                            screened.set(readable.get(next++), candidates);
                        }
                    }
                    for (int i = 0; i < chunk.size(); i++) {
                        var row = chunk.get(i);
                        bar.step();
                        if (screened.get(i) == null) {
                            err.println(input.getFileName() + ":" + (row.getRecordNumber() + 1) + ": skipped: no "
                                    + "name, or a schema other than Person, Company, Organization or LegalEntity");
                            unreadable++;
                            continue;
                        }
                        write(printer, row, screened.get(i), cutoff);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "%d rows screened in %.1f s (%.0f rows/s); written to %s%n",
                rows - unreadable, seconds, (rows - unreadable) / Math.max(seconds, 1e-9), output);
        return unreadable > 0 ? 1 : 0;
    }

    private static void write(CSVPrinter printer, CSVRecord row, List<Screening.Candidate> candidates, double cutoff)
            throws IOException {
        if (candidates.isEmpty()) {
            var values = new ArrayList<Object>(row.toList());
            for (int i = 0; i < 9; i++) {
                values.add("");
            }
            printer.printRecord(values);
        }
        int rank = 0;
        for (var candidate : candidates) {
            var values = new ArrayList<Object>(row.toList());
            values.add(++rank);
            values.add(candidate.id());
            values.add(candidate.caption());
            values.add(MatchKeys.ftmSchema(candidate.schema()));
            values.add(String.join("|", candidate.datasets()));
            values.add(candidate.listed());
            values.add(String.format(Locale.ROOT, "%.4f", candidate.score().score()));
            values.add(candidate.score().isMatch(cutoff));
            values.add(candidate.score().features().stream()
                    .map(f -> String.format(Locale.ROOT, "%s %+.3f (%s | %s)", f.name(), f.contribution(),
                            f.queryValue(), f.candidateValue()))
                    .collect(Collectors.joining("; ")));
            printer.printRecord(values);
        }
    }

    private MatchRecord record(CSVRecord row, Map<String, String> mapped) {
        var rowSchema = MatchKeys.parseSchema(mapped.containsKey("schema") && !row.get(mapped.get("schema")).isBlank()
                ? row.get(mapped.get("schema")) : schema);
        var value = (java.util.function.Function<String, List<String>>) field -> {
            var column = mapped.get(field);
            if (column == null || row.get(column).isBlank()) {
                return List.of();
            }
            return List.of(row.get(column).strip());
        };
        var names = new ArrayList<String>(value.apply("name"));
        names.addAll(value.apply("alias"));
        if (rowSchema == null || names.isEmpty()) {
            return null;
        }
        var identifiers = new ArrayList<MatchIdentifier>();
        Screening.IDENTIFIER_PROPERTIES.forEach((property, scheme) -> value.apply(property)
                .forEach(v -> identifiers.add(new MatchIdentifier(scheme, v))));
        return new MatchRecord(rowSchema, names, identifiers, value.apply("birthDate"), value.apply("country"),
                value.apply("address"));
    }

    private static Boolean label(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "match" -> true;
            case "false", "0", "no", "n", "non-match", "nonmatch" -> false;
            default -> null;
        };
    }

    private static CSVParser csv(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get());
    }

    private static CSVPrinter printer(Writer writer, List<String> header, List<String> added) throws IOException {
        var columns = new ArrayList<String>(header);
        columns.addAll(added);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }
}
