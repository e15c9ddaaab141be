package io.ownerscope.loading;

import java.util.Arrays;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;

/** The likely encoding of text that is not in the one expected, as ICU's detector sees it. */
final class EncodingGuess {

    /** Enough bytes for the detector; it reads no more. */
    private static final int SAMPLE = 64 * 1024;
    /** Below this confidence (0–100) the detector's answer is not worth repeating. */
    private static final int MIN_CONFIDENCE = 10;

    private EncodingGuess() {
    }

    static Optional<String> of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        var detector = new CharsetDetector();
        detector.setText(bytes.length <= SAMPLE ? bytes : Arrays.copyOf(bytes, SAMPLE));
        var match = detector.detect();
        return match == null || match.getConfidence() < MIN_CONFIDENCE ? Optional.empty()
                : Optional.of(match.getName());
    }
}
