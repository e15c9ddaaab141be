package io.ownerscope.matching;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.ownerscope.identity.IdentifierScheme;

/**
 * An identifier a record states.
 *
 * @param scheme what issued it, in lower case: {@code inn}, {@code ogrn}, {@code bin}, {@code lei}, {@code imo}, or
 *        any other register's name ({@code registration}, {@code tax}, {@code vat}, ...)
 * @param value the value as stated
 */
public record MatchIdentifier(String scheme, String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./]+");

    public MatchIdentifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        scheme = scheme.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The value as it is compared, or null when it cannot be one. The schemes ownerscope checks (INN, OGRN, BIN,
     * LEI, IMO) are normalized as identity links normalize them, check digit included, so a mistyped number decides
     * nothing; other schemes drop spaces, dashes, dots and slashes and are upper-cased.
     */
    public String normalized() {
        var known = Arrays.stream(IdentifierScheme.values()).filter(s -> s.key().equals(scheme)).findFirst();
        if (known.isPresent()) {
            return known.get().normalize(value);
        }
        var compact = SEPARATORS.matcher(value.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }
}
