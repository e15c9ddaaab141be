package io.ownerscope.loading.un;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as the UN Security Council consolidated list writes them (the UN's official short names, e.g.
 * "Iran (Islamic Republic of)", "Viet Nam") to ISO-3166 alpha-2 codes: the English display names of every ISO
 * country, plus the UN names that differ from them.
 */
final class UnCountries {

    private static final Map<String, String> CODES = codes();

    private UnCountries() {
    }

    /** The alpha-2 code, or null when the name is not a country ownerscope knows. */
    static String code(String name) {
        return name == null ? null : CODES.get(key(name));
    }

    /** Case, accents, typographic apostrophes, "&" and spacing do not matter. */
    static String key(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", " and ").replaceAll("\\s+", " ")
                .strip();
    }

    private static Map<String, String> codes() {
        var codes = new HashMap<String, String>();
        for (var code : Locale.getISOCountries()) {
            var display = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            codes.put(key(display), code);
            var bracket = display.indexOf(" (");
            if (bracket > 0) {
                codes.putIfAbsent(key(display.substring(0, bracket)), code);
            }
        }
        // UN official short names (UNTERM) that are not the CLDR English display names
        Map.ofEntries(Map.entry("iran (islamic republic of)", "IR"),
                Map.entry("democratic people's republic of korea", "KP"), Map.entry("republic of korea", "KR"),
                Map.entry("russian federation", "RU"), Map.entry("syrian arab republic", "SY"),
                Map.entry("united kingdom of great britain and northern ireland", "GB"),
                Map.entry("united republic of tanzania", "TZ"), Map.entry("united states of america", "US"),
                Map.entry("viet nam", "VN"), Map.entry("state of palestine", "PS"),
                Map.entry("china, hong kong special administrative region", "HK"),
                Map.entry("china, macao special administrative region", "MO"), Map.entry("turkey", "TR"),
                Map.entry("turkiye", "TR"), Map.entry("democratic republic of the congo", "CD"),
                Map.entry("congo", "CG"), Map.entry("bolivia (plurinational state of)", "BO"),
                Map.entry("venezuela (bolivarian republic of)", "VE"),
                Map.entry("lao people's democratic republic", "LA"), Map.entry("republic of moldova", "MD"),
                Map.entry("micronesia (federated states of)", "FM"), Map.entry("brunei darussalam", "BN"),
                Map.entry("cabo verde", "CV"), Map.entry("cote d'ivoire", "CI"), Map.entry("czech republic", "CZ"),
                Map.entry("netherlands (kingdom of the)", "NL"), Map.entry("swaziland", "SZ"))
                .forEach(codes::put);
        return Map.copyOf(codes);
    }
}
