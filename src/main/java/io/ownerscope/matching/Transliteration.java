package io.ownerscope.matching;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Writes case-folded text in Latin ASCII. Cyrillic and Armenian go through our own rules, which spell the sounds
 * with the digraphs that BGN/PCGN and passports use (zh, kh, ts, ch, sh, shch, yu, ya), so the skeleton can bring
 * the other systems to the same letters; ICU's standard ISO-style rules would write ж, ш, ю as z, s, u after
 * Latin-ASCII and lose what the Latin spellings keep. Every other script goes through ICU's {@code Any-Latin}.
 */
final class Transliteration {

    /** Letters Russian, Ukrainian, Belarusian, Kazakh and Kyrgyz write alike (the last line: Kazakh and Kyrgyz). */
    private static final String CYRILLIC_COMMON = """
            а > a; б > b; в > v; д > d; е > e; ё > e; ж > zh; з > z; к > k; л > l; м > m;
            н > n; о > o; п > p; р > r; с > s; т > t; у > u; ф > f; х > kh; ц > ts; ч > ch; ш > sh; щ > shch;
            ъ > ; ы > y; ь > ; э > e; ю > yu; я > ya; ў > u;
            ә > a; ғ > g; қ > k; ң > n; ө > o; ұ > u; ү > u; һ > h; і > i;
            """;

    private static final String RUSSIAN = "г > g; и > i; й > y;" + CYRILLIC_COMMON;

    /** Ukrainian and Belarusian: г is h, и is y, й is i (the passport rules); the rest as in Russian. */
    private static final String UKRAINIAN = "г > h; и > y; й > i; ї > i; є > ie; ґ > g;" + CYRILLIC_COMMON;

    private static final String ARMENIAN = """
            ու > u; և > ev;
            ա > a; բ > b; գ > g; դ > d; ե > e; զ > z; է > e; ը > e; թ > t; ժ > zh; ի > i; լ > l; խ > kh; ծ > ts;
            կ > k; հ > h; ձ > dz; ղ > gh; ճ > ch; մ > m; յ > y; ն > n; շ > sh; ո > o; չ > ch; պ > p; ջ > j; ռ > r;
            ս > s; վ > v; տ > t; ր > r; ց > ts; ւ > v; փ > p; ք > k; օ > o; ֆ > f;
            """;

    /**
     * Caron letters (Czech, Baltic, scholarly Russian) as the digraphs they stand for: Ščerbakov is Shcherbakov.
     * The schwa (Azerbaijani Əhməd), which Latin-ASCII leaves alone, is the a that other spellings write.
     */
    private static final String LATIN_LETTERS = "š > sh; č > ch; ž > zh; ŝ > shch; ǯ > dzh; ə > a;";

    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[єїґ]");
    private static final Pattern TURKIC_LETTERS = Pattern.compile("[әғқңөұүһ]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern ARMENIAN_LETTER = Pattern.compile("\\p{IsArmenian}");

    /**
     * ICU4J does not document {@code Transliterator} instances as safe to share between threads, and compound and
     * {@code Any-} transliterators hold mutable state, so each thread builds its own. After the first (about half a
     * second to load ICU's data), an instance costs about a millisecond, which is cheaper than a lock on every name.
     */
    private static final ThreadLocal<Transliteration> PER_THREAD = ThreadLocal.withInitial(Transliteration::new);

    private final Transliterator russian = rules("ownerscope-ru", RUSSIAN);
    private final Transliterator ukrainian = rules("ownerscope-uk", UKRAINIAN);
    private final Transliterator armenian = rules("ownerscope-hy", ARMENIAN);
    private final Transliterator latinLetters = rules("ownerscope-latin", LATIN_LETTERS);
    private final Transliterator anyLatin = Transliterator.getInstance("Any-Latin");
    private final Transliterator ascii = Transliterator.getInstance("Latin-ASCII");

    private Transliteration() {
    }

    /** The text, already case-folded, in Latin letters without diacritics (punctuation left as it is). */
    static String toLatin(String folded) {
        return PER_THREAD.get().transliterate(folded);
    }

    private String transliterate(String text) {
        var latin = text;
        if (CYRILLIC.matcher(latin).find()) {
            latin = cyrillic(latin).transliterate(latin);
        }
        if (ARMENIAN_LETTER.matcher(latin).find()) {
            latin = armenian.transliterate(latin);
        }
        latin = anyLatin.transliterate(latin);
        latin = latinLetters.transliterate(latin);
        return ascii.transliterate(latin);
    }

    /** Ukrainian rules when a letter only Ukrainian has shows it, or і appears without Kazakh or Kyrgyz letters. */
    private Transliterator cyrillic(String text) {
        if (UKRAINIAN_LETTERS.matcher(text).find()) {
            return ukrainian;
        }
        if (text.indexOf('і') >= 0 && !TURKIC_LETTERS.matcher(text).find()) {
            return ukrainian;
        }
        return russian;
    }

    private static Transliterator rules(String id, String rules) {
        return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
    }
}
