package io.ownerscope.loading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;

/**
 * The likely encoding of text that is not in the one expected. ICU's detector proposes the candidates; on the short
 * files and first lines of registry exports its best guess is often a Latin code page for Cyrillic text, so each
 * candidate, with the code pages of the region's registries, is tried: the one whose words read most like words of
 * one script, capitalised at most on their first letter, wins.
 */
final class EncodingGuess {

    /** Enough bytes for a guess; no more are read. */
    private static final int SAMPLE = 64 * 1024;
    /** The code pages Russian, Kazakh, Kyrgyz and Western exports come in, besides what ICU proposes. */
    private static final List<String> REGIONAL = List.of("windows-1251", "KOI8-R", "IBM866", "ISO-8859-5",
            "windows-1252", "UTF-16LE", "UTF-16BE");

    private EncodingGuess() {
    }

    static Optional<String> of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        var sample = bytes.length <= SAMPLE ? bytes : Arrays.copyOf(bytes, SAMPLE);
        var detector = new CharsetDetector();
        detector.setText(sample);
        var candidates = new LinkedHashSet<String>();
        for (var match : detector.detectAll()) {
            candidates.add(match.getName());
        }
        candidates.addAll(REGIONAL);
        String best = null;
        double bestScore = 0;
        for (var name : candidates) {
            var score = readability(sample, name);
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The share of letters that sit in plausible words once decoded; 0 when the bytes do not decode. */
    private static double readability(byte[] sample, String charsetName) {
        String text;
        try {
            var charset = Charset.forName(charsetName);
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            // the last character may be cut by the sample's end: a decoder that fails here is no candidate
            return 0;
        }
        long letters = 0;
        long plausible = 0;
        for (var word : text.split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            letters += word.length();
            if (oneScript(word) && lowerAfterFirst(word)
                    && word.chars().filter(EncodingGuess::accented).count() * 2 <= word.length()) {
                plausible += word.length();
            }
        }
        // symbols amid text (№, box drawing, ¤) are what a wrong code page makes of letters
        long symbols = text.chars().filter(EncodingGuess::strangeSymbol).count();
        return letters == 0 ? 0 : (double) plausible / (letters + symbols);
    }

    private static boolean oneScript(String word) {
        var script = Character.UnicodeScript.of(word.codePointAt(0));
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    private static boolean lowerAfterFirst(String word) {
        var rest = word.substring(1);
        return rest.equals(rest.toLowerCase()) || word.equals(word.toUpperCase());
    }

    private static boolean strangeSymbol(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c >= 0x80
                && "«»„“”‘’–—…".indexOf(c) < 0;
    }

    /** Latin letters with marks, which Cyrillic bytes read as a Western code page are made of. */
    private static boolean accented(int c) {
        return c >= 0xC0 && c <= 0x24F;
    }
}
