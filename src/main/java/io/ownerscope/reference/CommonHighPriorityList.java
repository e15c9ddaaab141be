package io.ownerscope.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * The Common High Priority List (BIS with the EU, UK and Japan): HS-6 codes of items Russia seeks for its weapons,
 * each in a tier ({@code 1}, {@code 2}, {@code 3.A}, {@code 3.B}, {@code 4.A}, {@code 4.B}). The list ships in the
 * jar ({@code reference/chpl.csv} with its version and source in {@code reference/chpl.properties}); customs codes
 * of 6 to 10 digits, dotted or not, are matched on their first six digits.
 */
public final class CommonHighPriorityList {

    private static final Set<String> TIERS = Set.of("1", "2", "3.A", "3.B", "4.A", "4.B");
    private static final Pattern HS6 = Pattern.compile("\\d{6}");
    private static final CommonHighPriorityList SHIPPED = fromClasspath("reference/chpl.csv",
            "reference/chpl.properties");

    private final Map<String, String> tierByHs6;
    private final String version;
    private final String source;
    private final String checksum;

    CommonHighPriorityList(Map<String, String> tierByHs6, String version, String source) {
        this.tierByHs6 = Collections.unmodifiableMap(new LinkedHashMap<>(tierByHs6));
        this.version = version;
        this.source = source;
        this.checksum = checksumOf(this.tierByHs6, version);
    }

    /** The list shipped with ownerscope. */
    public static CommonHighPriorityList shipped() {
        return SHIPPED;
    }

    /**
     * The tier of a customs code: 6 to 10 digits, dots and spaces ignored ({@code 8542.31}, {@code 85423190}).
     * Empty when the code is not on the list or is not a customs code.
     */
    public Optional<String> tierOf(String hsCode) {
        if (hsCode == null) {
            return Optional.empty();
        }
        var digits = hsCode.replace(".", "").replace(" ", "");
        if (digits.length() < 6 || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tierByHs6.get(digits.substring(0, 6)));
    }

    /** HS-6 code → tier, in the order of the list. */
    public Map<String, String> tiers() {
        return tierByHs6;
    }

    /** The date of the published version, e.g. {@code 2024-02-23}. */
    public String version() {
        return version;
    }

    /** Where the list is published. */
    public String source() {
        return source;
    }

    /** A SHA-256 over the codes, tiers and version: changes when the shipped list does. */
    public String checksum() {
        return checksum;
    }

    static CommonHighPriorityList fromClasspath(String listResource, String propertiesResource) {
        var loader = CommonHighPriorityList.class.getClassLoader();
        try (var list = open(loader, listResource); var about = open(loader, propertiesResource)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(about, StandardCharsets.UTF_8));
            return new CommonHighPriorityList(parse(list, listResource), required(properties, "version"),
                    required(properties, "source"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Common High Priority List " + listResource, e);
        }
    }

    static Map<String, String> parse(InputStream csv, String name) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var tiers = new LinkedHashMap<String, String>();
        try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            for (var record : parser) {
                var hs6 = record.get("hs6").strip();
                var tier = record.get("tier").strip();
                if (!HS6.matcher(hs6).matches() || !TIERS.contains(tier)) {
                    throw new IllegalStateException(name + " line " + parser.getCurrentLineNumber()
                            + ": expected a six-digit HS code and a tier of " + TIERS + ", got " + record);
                }
                if (tiers.put(hs6, tier) != null) {
                    throw new IllegalStateException(name + ": HS code " + hs6 + " listed twice");
                }
            }
        }
        return tiers;
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        var stream = loader.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException(resource + " is not on the classpath");
        }
        return stream;
    }

    private static String required(Properties properties, String key) {
        var value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("chpl.properties has no " + key);
        }
        return value.strip();
    }

    private static String checksumOf(Map<String, String> tiers, String version) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(version.getBytes(StandardCharsets.UTF_8));
            tiers.forEach((hs6, tier) -> digest.update((hs6 + "=" + tier + ";").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
