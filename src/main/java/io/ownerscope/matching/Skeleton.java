package io.ownerscope.matching;

import java.util.regex.Pattern;

/**
 * Reduces a Latin token to the letters that all common romanizations of it share, so that BGN/PCGN, passport,
 * ISO 9 and German or French spellings of one Russian name meet: Yuriy, Iurii, Jurij and Yury all become
 * {@code iuri}; Vector and Vektor become {@code vektor}; Shcherbakov, Ščerbakov and Sherbakov become
 * {@code sherbakov}; Khodorkovsky and Hodorkovskij become {@code hodorkovski}. The reductions lose letters on
 * purpose: a skeleton is only ever compared with another skeleton, never shown.
 */
final class Skeleton {

    private static final Pattern HARD_C = Pattern.compile("c(?![eihy])");
    private static final Pattern E_AFTER_VOWEL = Pattern.compile("(^|[aeou])ie");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private Skeleton() {
    }

    /** The skeleton of a token of lower-case ASCII letters and digits. */
    static String of(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return token;
        }
        // a hard c is the k that Cyrillic and Turkish write: Vector is Вектор, Electronica Elektronika
        var s = HARD_C.matcher(token).replaceAll("k")
                // Щ is shch (BGN), sch (German), šč (scholarly); sh is what a sloppy spelling keeps
                .replace("shch", "sh").replace("sch", "sh").replace("tch", "ch")
                // Х is kh in English, h in ISO 9 and Ukrainian; Ж is zh or ž; Ц is ts or (soft) c
                .replace("kh", "h").replace("zh", "z").replace("ts", "c")
                .replace("x", "ks").replace("w", "v").replace("ph", "f").replace("q", "k")
                // Й, Ы, the Yu/Ya/Ye glides and the -iy/-yy/-ij endings are written y, i or j
                .replace('y', 'i').replace('j', 'i');
        // Yelena and Elena, Andreyev and Andreev: a glide before e at the start or after a vowel is not written
        s = E_AFTER_VOWEL.matcher(s).replaceAll("$1e");
        // Gennadiy and Genadiy, Hassan and Hasan, -ii and -i
        return DOUBLED.matcher(s).replaceAll("$1");
    }
}
