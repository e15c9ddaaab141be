package io.ownerscope.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The load a user runs ({@code ownerscope load --format csv DIR} against the running service, the whole command)
 * beside the plain driver's {@code UNWIND $rows MERGE} batches of 10,000 on the same rows into the same service.
 * The plain load runs first under a label of its own and is removed before ownerscope's load.
 */
final class LoadComparison {

    /** Both loads and what they wrote. */
    record Result(PlainLoad.Result plain, LoadCommandRun.Result ours, long relationships) {

        double ratio() {
            return plain.seconds() / ours.seconds();
        }
    }

    private final BoltTarget bolt;
    private final String database;
    private final LoadCommandRun command;

    LoadComparison(BoltTarget bolt, String database, LoadCommandRun command) {
        this.bolt = bolt;
        this.database = database;
        this.command = command;
    }

    Result run(DeepChainGraph graph, Path csv, String dataset, List<String> loadArguments, Path log,
            PrintWriter out) throws IOException, InterruptedException {
        var plainLoad = new PlainLoad(bolt.uri(), bolt.user(), bolt.password(), database);
        var plain = plainLoad.load(graph);
        out.printf("plain UNWIND MERGE (driver, batches of %,d, one constraint): %,d companies, %,d ownerships "
                + "in %.1f s: %,.0f relationships/s%n", PlainLoad.BATCH, plain.companies(), plain.ownerships(),
                plain.seconds(), plain.ownerships() / plain.seconds());
        out.flush();
        plainLoad.remove();
        var ours = command.run(csv, dataset, bolt.settings(), loadArguments, log);
        long relationships = graph.companies() - 1 + (graph.companies() - 1) / 3;
        out.printf("ownerscope load --format csv (whole command: start-up, load, after-load), exit %d: %.1f s: "
                + "%,.0f relationships/s; plain/ownerscope %.2f%n", ours.exitCode(), ours.seconds(),
                relationships / ours.seconds(), plain.seconds() / ours.seconds());
        ours.summary().forEach(line -> out.println("  | " + line));
        out.flush();
        return new Result(plain, ours, relationships);
    }
}
