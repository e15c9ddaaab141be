package io.ownerscope.reference;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The countries the FinCEN/BIS alerts name as transshipment points to Russia ({@code
 * ownerscope.red-flags.transshipment-countries}): one list for the red flag that they raise and for the mark the graph
 * canvas puts on their parties.
 *
 * @param transshipmentCountries ISO 3166 alpha-2 codes, upper-cased
 */
@ConfigurationProperties("ownerscope.red-flags")
public record TransshipmentCountries(
        @DefaultValue({"AM", "BR", "CN", "GE", "IN", "IL", "KZ", "KG", "MX", "NI", "RS", "SG", "ZA", "TW", "TJ", "TR",
                "AE", "UZ", "HK", "MO"}) List<String> transshipmentCountries) {

    public TransshipmentCountries {
        transshipmentCountries = transshipmentCountries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /** Whether the country (any case) is a transshipment point. */
    public boolean contains(String country) {
        return country != null && transshipmentCountries.contains(country.toUpperCase(Locale.ROOT));
    }
}
