package io.ownerscope.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The strong identifiers that make two records one entity: each normalizes a stated value (spaces and dashes
 * dropped, letters upper-cased) and accepts it only when it is well formed, check digit included. Anything else is
 * not an identifier: a record that states it is linked to nobody.
 */
public enum IdentifierScheme {

    /** Russian taxpayer number: 10 digits (organizations) or 12 (individuals), with check digits. */
    INN {
        @Override
        boolean wellFormed(String value) {
            if (!digits(value, 10) && !digits(value, 12)) {
                return false;
            }
            if (value.length() == 10) {
                return check(value, INN_10) == digit(value, 9);
            }
            return check(value, INN_11) == digit(value, 10) && check(value, INN_12) == digit(value, 11);
        }
    },

    /** Russian state registration number: OGRN 13 digits (check: first 12 mod 11), OGRNIP 15 (first 14 mod 13). */
    OGRN {
        @Override
        boolean wellFormed(String value) {
            if (digits(value, 13)) {
                return Long.parseLong(value.substring(0, 12)) % 11 % 10 == digit(value, 12);
            }
            if (digits(value, 15)) {
                return Long.parseLong(value.substring(0, 14)) % 13 % 10 == digit(value, 14);
            }
            return false;
        }
    },

    /** Kazakh business (or individual) identification number: 12 digits, check digit mod 11 with two weightings. */
    BIN {
        @Override
        boolean wellFormed(String value) {
            if (!digits(value, 12)) {
                return false;
            }
            int sum = weighted(value, BIN_FIRST) % 11;
            if (sum == 10) {
                sum = weighted(value, BIN_SECOND) % 11;
            }
            return sum != 10 && sum == digit(value, 11);
        }
    },

    /** Legal Entity Identifier (ISO 17442): 18 letters or digits and 2 check digits, ISO 7064 mod 97-10. */
    LEI {
        @Override
        boolean wellFormed(String value) {
            if (!LEI_SHAPE.matcher(value).matches()) {
                return false;
            }
            int remainder = 0;
            for (char c : value.toCharArray()) {
                int n = Character.digit(c, 36);
                remainder = n < 10 ? (remainder * 10 + n) % 97 : (remainder * 100 + n) % 97;
            }
            return remainder == 1;
        }
    },

    /** IMO ship number: 7 digits, the last one the sum of the first six weighted 7..2, mod 10. */
    IMO {
        @Override
        public String normalize(String raw) {
            if (raw == null) {
                return null;
            }
            var value = compact(raw);
            return super.normalize(value.startsWith("IMO") ? value.substring(3) : value);
        }

        @Override
        boolean wellFormed(String value) {
            if (!digits(value, 7)) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 6; i++) {
                sum += digit(value, i) * (7 - i);
            }
            return sum % 10 == digit(value, 6);
        }
    };

    private static final int[] INN_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] BIN_FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] BIN_SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final Pattern LEI_SHAPE = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    /** The scheme's name as it is written on links and in answers: {@code inn}, {@code lei}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value as it is compared: trimmed, without spaces or dashes, upper-case; null when not well formed. */
    public String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        var value = compact(raw);
        return wellFormed(value) ? value : null;
    }

    abstract boolean wellFormed(String value);

    private static String compact(String raw) {
        return SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static boolean digits(String value, int length) {
        return value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }

    private static int weighted(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(value, i) * weights[i];
        }
        return sum;
    }

    /** The Russian INN check digit: weighted sum mod 11, then mod 10. */
    private static int check(String value, int[] weights) {
        return weighted(value, weights) % 11 % 10;
    }
}
