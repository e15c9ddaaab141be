package io.ownerscope.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes a random ownership tree in the canonical CSV format ({@code entities.csv}, {@code relationships.csv}): each
 * company but the first is owned by an earlier one, drawn uniformly, and every third company has a second owner, so
 * early companies are hubs and chains are deep. {@code n} companies give {@code n - 1 + (n - 1) / 3} ownership rows
 * (133,332 for 100,000). A single owner holds 100%; two owners split it, the first holding 51 to 90%. Deterministic
 * for a seed; the rows are what a new user would load first, and what the plain {@code UNWIND ... MERGE} comparison
 * loads too.
 */
public final class DeepChainGraph {

    private static final String[] COUNTRIES = {"RU", "KZ", "KG", "AM", "AE", "TR", "CY", "DE", "NL", "CN", "HK", "GB"};

    private final int companies;
    private final long seed;
    private final String prefix;

    public DeepChainGraph(int companies, long seed) {
        this(companies, seed, "c");
    }

    /** @param prefix what the ids of the companies start with, before their number ({@code c} by default) */
    public DeepChainGraph(int companies, long seed, String prefix) {
        if (companies < 2) {
            throw new IllegalArgumentException("companies must be at least 2, was " + companies);
        }
        this.companies = companies;
        this.seed = seed;
        this.prefix = prefix;
    }

    /** The id of company {@code i} with the default prefix. */
    public static String company(int i) {
        return "c" + i;
    }

    /** Relationship ids: {@code r} and a number, after the prefix when it is not the default. */
    private String relationshipPrefix() {
        return prefix.equals("c") ? "r" : prefix + "r";
    }

    /** The id of company {@code i} of this graph. */
    public String id(int i) {
        return prefix + i;
    }

    /** One ownership row, as written. */
    public record Ownership(String id, String ownerId, String ownedId, double share) {
    }

    /** What was written. */
    public record Counts(long entities, long relationships) {

        public long rows() {
            return entities + relationships;
        }
    }

    /** Calls {@code sink} with every ownership row in file order. */
    public void forEachOwnership(Consumer<Ownership> sink) {
        var random = new SplittableRandom(seed);
        long rel = 0;
        for (int c = 1; c < companies; c++) {
            int first = random.nextInt(c);
            if (c % 3 == 0) {
                int second = random.nextInt(c - 1);
                if (second >= first) {
                    second++;
                }
                double share = 51 + random.nextInt(40);
                sink.accept(new Ownership(relationshipPrefix() + rel++, id(first), id(c), share));
                sink.accept(new Ownership(relationshipPrefix() + rel++, id(second), id(c), 100 - share));
            } else {
                sink.accept(new Ownership(relationshipPrefix() + rel++, id(first), id(c), 100));
            }
        }
    }

    /** The name and country of company {@code i}, derived from its number so every writer agrees. */
    public static String name(int i) {
        return "Company " + i + " LLC";
    }

    public static String country(int i) {
        return COUNTRIES[Math.floorMod(i * 31 + 7, COUNTRIES.length)];
    }

    public int companies() {
        return companies;
    }

    /** Writes {@code entities.csv} and {@code relationships.csv} into {@code directory} (created if missing). */
    public Counts write(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var entities = writer(directory, "entities.csv", "id,type,name,country")) {
            for (int c = 0; c < companies; c++) {
                entities.write(id(c) + ",company," + name(c) + "," + country(c) + "\n");
            }
        }
        long[] relationships = {0};
        try (var out = writer(directory, "relationships.csv", "id,from_id,to_id,type,share,interest_type")) {
            forEachOwnership(row -> {
                try {
                    out.write(row.id() + "," + row.ownerId() + "," + row.ownedId() + ",OWNS,"
                            + share(row.share()) + ",shareholding\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                relationships[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Counts(companies, relationships[0]);
    }

    static String share(double share) {
        return share == Math.rint(share) ? Long.toString((long) share) : Double.toString(share);
    }

    private static BufferedWriter writer(Path directory, String name, String header) throws IOException {
        var writer = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        writer.write(header);
        writer.newLine();
        return writer;
    }
}
