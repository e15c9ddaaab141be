package io.ownerscope.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic ownership and trade graph in the canonical CSV format, shaped like company registries and
 * customs records, with the skewed degrees that make them hard: most companies are held by one to three people or
 * earlier companies (so chains form, mostly short, some long), a few holding groups with thousands of subsidiaries,
 * a few mass-registration addresses with thousands of companies, nominee directors with thousands of directorships,
 * big logistics firms that receive a large part of all shipments, and long tails everywhere. Some persons and
 * companies are listed; some companies in third countries (KZ, KG, AM, AE, TR, HK) buy Common High Priority List
 * goods (integrated circuits, telecom and navigation equipment, computers) abroad and ship the same goods on to
 * Russian consignees. Deterministic for a seed.
 */
final class SyntheticGraph {

    private static final String[] COUNTRIES = {"RU", "KZ", "KG", "AM", "AE", "TR", "CY", "DE", "NL", "CN", "HK", "GB"};
    private static final String[] SUPPLIER_COUNTRIES = {"CN", "DE", "NL", "GB", "CY"};
    private static final String[] THIRD_COUNTRIES = {"KZ", "KG", "AM", "AE", "TR", "HK"};
    /** HS-6 codes of the Common High Priority List (tiers 1 to 3). */
    private static final String[] PRIORITY_GOODS = {"854231", "854232", "854233", "854239", "851762", "852691",
            "853221", "853224", "847150", "847180"};
    private static final String[] OTHER_GOODS = {"870899", "940360", "610910", "392690", "300490", "090111",
            "731815", "841810", "640399", "220421"};
    private static final String[] STREETS = {"Lenina", "Abay", "Tverskaya", "Baghramyan", "Sheikh Zayed",
            "Istiklal", "Nathan Road", "Chuy", "Makariou", "Hauptstrasse"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

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

    /** What was written, for the report. */
    record Counts(long entities, long relationships, long sanctions, long shipments, long addressCells) {

        long rows() {
            return entities + relationships + sanctions + shipments;
        }
    }

    Counts write(Path directory) throws IOException {
        Files.createDirectories(directory);
        var countries = new String[companies];
        long entities = 0;
        long links = 0;
        long listings = 0;
        long shipped = 0;
        long addressCells = 0;
        try (var entityOut = writer(directory, "entities.csv", "id,type,name,country,incorporation_date,address");
                var relationshipOut = writer(directory, "relationships.csv",
                        "id,from_id,to_id,type,share,share_min,share_max,interest_type,start_date,role");
                var sanctionOut = writer(directory, "sanctions.csv", "entity_id,authority,program,listed_on");
                var shipmentOut = writer(directory, "shipments.csv",
                        "id,date,exporter_id,consignee_id,hs_code,value_usd,origin_country,destination_country")) {
            for (int p = 0; p < persons; p++) {
                entityOut.write(person(p) + ",person,Person " + p + "," + pick(COUNTRIES) + ",,\n");
                entities++;
                if (random.nextInt(200) == 0) {
                    sanctionOut.write(person(p) + ",OFAC,RUSSIA-EO14024,2022-04-06\n");
                    listings++;
                }
            }
            int groups = Math.max(1, companies / 10_000);
            int hubAddresses = Math.max(3, companies / 200_000);
            int nominees = Math.max(2, persons / 2_000);
            for (int c = 0; c < companies; c++) {
                countries[c] = pick(COUNTRIES);
                var address = address(c, hubAddresses);
                if (address != null) {
                    addressCells++;
                }
                entityOut.write(company(c) + ",company,Company " + c + " LLC," + countries[c] + ","
                        + (2000 + random.nextInt(25)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "," + (address == null ? "" : address) + "\n");
                entities++;
                if (random.nextInt(500) == 0 || countries[c].equals("RU") && random.nextInt(100) == 0) {
                    sanctionOut.write(company(c) + ",OFAC,RUSSIA-EO14024,2023-02-24\n");
                    listings++;
                }
                links = owners(c, groups, nominees, relationshipOut, links);
            }
            shipped = shipments(shipmentOut, countries);
        }
        return new Counts(entities, links, listings, shipped, addressCells);
    }

    /** 60% of companies give an address; 2% of those one of a few mass-registration addresses. */
    private String address(int c, int hubs) {
        if (random.nextInt(10) >= 6) {
            return null;
        }
        if (random.nextInt(50) == 0) {
            return "\"Office " + (1 + skewed(hubs)) + ", 1 Mass Registration Lane, Moscow\"";
        }
        return "\"" + (1 + random.nextInt(companies)) + " " + pick(STREETS) + " St, block " + random.nextInt(100)
                + "\"";
    }

    /**
     * The owners of company {@code c}: its group parent, or one to three people or earlier companies whose shares
     * add up to 100; some cross-holdings, board control and (nominee) directors.
     */
    private long owners(int c, int groups, int nominees, BufferedWriter out, long rel) throws IOException {
        if (c >= groups && random.nextInt(50) == 0) {
            // a subsidiary of one of the holding groups (the first companies), a few of them very large
            rel = owns(out, rel, company(skewed(groups)), company(c), 100);
        } else {
            int kind = random.nextInt(100);
            int owners = kind < 50 ? 1 : kind < 85 ? 2 : 3;
            double[] shares = owners == 1 ? new double[] {100} : owners == 2
                    ? (random.nextBoolean() ? new double[] {51, 49} : new double[] {50, 50})
                    : new double[] {40, 35, 25};
            int companyOwner = -1;
            int personOwner = -1;
            for (int k = 0; k < owners; k++) {
                if (c > groups && random.nextInt(100) < 35) {
                    int parent = c - 1 - random.nextInt(Math.min(c - 1, 50_000));
                    if (parent == companyOwner || parent == c) {
                        continue;
                    }
                    companyOwner = parent;
                    rel = owns(out, rel, company(parent), company(c), shares[k]);
                    if (random.nextInt(1_000) == 0) {
                        // a cross-holding back from the subsidiary
                        rel = owns(out, rel, company(c), company(parent), 10);
                    }
                } else {
                    int person = random.nextInt(persons);
                    if (person == personOwner) {
                        continue;
                    }
                    personOwner = person;
                    rel = owns(out, rel, person(person), company(c), shares[k]);
                }
            }
        }
        if (random.nextInt(100) == 0) {
            out.write("r" + rel++ + "," + person(random.nextInt(persons)) + "," + company(c)
                    + ",CONTROLS,,,,appointmentOfBoard,2015-01-01,\n");
        }
        if (random.nextInt(10) < 3) {
            // a director: often one of a few nominees who sit on thousands of boards
            int director = random.nextInt(10) < 4 ? skewed(nominees) : random.nextInt(persons);
            out.write("r" + rel++ + "," + person(director) + "," + company(c) + ",DIRECTOR_OF,,,,,2019-0"
                    + (1 + random.nextInt(9)) + "-01,director\n");
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
        out.write("r" + rel + "," + owner + "," + owned + ",OWNS," + shares + ",shareholding,2010-01-01,\n");
        return rel + 1;
    }

    /**
     * About one shipment per company: 30% to a few big logistics firms, 4% as pairs through a third country (priority
     * goods bought from a supplier abroad and shipped on to a Russian consignee weeks later), the rest between random
     * companies.
     */
    private long shipments(BufferedWriter out, String[] countries) throws IOException {
        int logistics = Math.max(2, companies / 5_000);
        long id = 0;
        while (id < companies) {
            int kind = random.nextInt(100);
            if (kind < 2) {
                int supplier = companyIn(countries, SUPPLIER_COUNTRIES);
                int intermediary = companyIn(countries, THIRD_COUNTRIES);
                int consignee = companyIn(countries, new String[] {"RU"});
                if (supplier == intermediary || intermediary == consignee) {
                    continue;
                }
                var goods = pick(PRIORITY_GOODS);
                var day = FIRST_DAY.plusDays(random.nextInt(900));
                double value = 10_000 + random.nextInt(500_000);
                shipment(out, id++, day, supplier, intermediary, goods + "90", value, countries[supplier],
                        countries[intermediary]);
                shipment(out, id++, day.plusDays(10 + random.nextInt(60)), intermediary, consignee, goods + "00",
                        value * (1.1 + random.nextDouble()), countries[intermediary], "RU");
                continue;
            }
            int exporter = random.nextInt(companies);
            int consignee = kind < 32 ? skewed(logistics) * 997 % companies : random.nextInt(companies);
            if (exporter == consignee) {
                continue;
            }
            var goods = random.nextInt(10) == 0 ? pick(PRIORITY_GOODS) : pick(OTHER_GOODS);
            shipment(out, id++, FIRST_DAY.plusDays(random.nextInt(1_000)), exporter, consignee, goods,
                    100 + random.nextInt(100_000), countries[exporter], countries[consignee]);
        }
        return id;
    }

    private static void shipment(BufferedWriter out, long id, LocalDate date, int exporter, int consignee,
            String hsCode, double valueUsd, String origin, String destination) throws IOException {
        out.write("s" + id + "," + date + "," + company(exporter) + "," + company(consignee) + "," + hsCode + ","
                + String.format(Locale.ROOT, "%.2f", valueUsd) + "," + origin + "," + destination + "\n");
    }

    /** A random company registered in one of the countries. */
    private int companyIn(String[] countries, String[] wanted) {
        while (true) {
            int c = random.nextInt(companies);
            for (var country : wanted) {
                if (countries[c].equals(country)) {
                    return c;
                }
            }
        }
    }

    /** 0 to n-1, the first ones far more often (a long tail): about a third of the draws go to the first 4%. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BufferedWriter writer(Path directory, String name, String header) throws IOException {
        var writer = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        writer.write(header);
        writer.newLine();
        return writer;
    }
}
