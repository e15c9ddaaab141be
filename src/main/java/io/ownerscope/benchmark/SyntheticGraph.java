package io.ownerscope.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic ownership graph in the canonical CSV format, shaped like company registries: most companies are
 * held by people, about a third by one or two other companies (so chains form, mostly short, some long), a few big
 * holding groups with thousands of subsidiaries, share ranges and unknown shares, some cross-holdings, board control
 * and a small share of listed persons and companies. Deterministic for a seed.
 */
final class SyntheticGraph {

    private static final String[] COUNTRIES = {"RU", "KZ", "KG", "AM", "AE", "TR", "CY", "DE", "NL", "CN", "HK", "GB"};

    private final int companies;
    private final int persons;
    private final SplittableRandom random;

    SyntheticGraph(int companies, long seed) {
        this.companies = companies;
        this.persons = Math.max(10, companies / 5);
        this.random = new SplittableRandom(seed);
    }

    static String company(int i) {
        return "c" + i;
    }

    static String person(int i) {
        return "p" + i;
    }

    int companies() {
        return companies;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var entities = writer(directory, "entities.csv", "id,type,name,country,incorporation_date");
                var relationships = writer(directory, "relationships.csv",
                        "id,from_id,to_id,type,share,share_min,share_max,interest_type,start_date");
                var sanctions = writer(directory, "sanctions.csv", "entity_id,authority,program,listed_on")) {
            for (int p = 0; p < persons; p++) {
                entities.write(person(p) + ",person,Person " + p + "," + country() + ",\n");
                if (random.nextInt(200) == 0) {
                    sanctions.write(person(p) + ",OFAC,RUSSIA-EO14024,2022-04-06\n");
                }
            }
            long rel = 0;
            int groups = Math.max(1, companies / 10_000);
            for (int c = 0; c < companies; c++) {
                entities.write(company(c) + ",company,Company " + c + " LLC," + country() + ","
                        + (2000 + random.nextInt(25)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "\n");
                if (random.nextInt(500) == 0) {
                    sanctions.write(company(c) + ",OFAC,RUSSIA-EO14024,2023-02-24\n");
                }
                rel = owners(c, groups, relationships, rel);
            }
        }
    }

    /** The owners of company {@code c}: its group parent, other companies, people; shares add up to 100. */
    private long owners(int c, int groups, BufferedWriter out, long rel) throws IOException {
        if (c >= groups && random.nextInt(50) == 0) {
            // a subsidiary of one of the big holding groups (the first companies)
            return owns(out, rel, company(random.nextInt(groups)), company(c), 100);
        }
        double left = 100;
        if (c > groups && random.nextInt(10) < 3) {
            int owners = 1 + random.nextInt(2);
            for (int k = 0; k < owners && left > 0; k++) {
                int parent = c - 1 - random.nextInt(Math.min(c - 1, 50_000));
                if (parent == c) {
                    continue;
                }
                double share = k == owners - 1 ? left : 51;
                rel = owns(out, rel, company(parent), company(c), share);
                left -= share;
                if (random.nextInt(1_000) == 0) {
                    // a cross-holding back from the subsidiary
                    rel = owns(out, rel, company(c), company(parent), 10);
                }
            }
        }
        if (left > 0) {
            rel = owns(out, rel, person(random.nextInt(persons)), company(c), left);
        }
        if (random.nextInt(100) == 0) {
            out.write("r" + rel++ + "," + person(random.nextInt(persons)) + "," + company(c)
                    + ",CONTROLS,,,,appointmentOfBoard,2015-01-01\n");
        }
        return rel;
    }

    private long owns(BufferedWriter out, long rel, String owner, String owned, double share) throws IOException {
        int kind = random.nextInt(100);
        String shares;
        if (kind == 0) {
            shares = ",,";
        } else if (kind < 5) {
            shares = "," + Math.max(0, share - 10) + "," + share;
        } else {
            shares = String.format(Locale.ROOT, "%.1f,,", share);
        }
        out.write("r" + rel + "," + owner + "," + owned + ",OWNS," + shares + ",shareholding,2010-01-01\n");
        return rel + 1;
    }

    private String country() {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private static BufferedWriter writer(Path directory, String name, String header) throws IOException {
        var writer = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        writer.write(header);
        writer.newLine();
        return writer;
    }
}
