package io.ownerscope.paths;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings by number, kept as their UTF-8 bytes one after another with their offsets (a null as offset -1 to
 * the same end): the addresses of an {@link ExposureSnapshot} at a few bytes over their text each, where a string
 * object takes some 50 more.
 */
final class PackedStrings {

    private byte[] bytes = new byte[1 << 12];
    private int[] ends = new int[256];
    private boolean[] nulls = new boolean[256];
    private int size;
    private int used;

    /** Adds {@code text} (null allowed) as the next number. */
    int add(String text) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            nulls = Arrays.copyOf(nulls, size * 2);
        }
        if (text != null) {
            var encoded = text.getBytes(StandardCharsets.UTF_8);
            while (used + encoded.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            System.arraycopy(encoded, 0, bytes, used, encoded.length);
            used += encoded.length;
        }
        nulls[size] = text == null;
        ends[size] = used;
        return size++;
    }

    String get(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException(number);
        }
        if (nulls[number]) {
            return null;
        }
        int start = number == 0 ? 0 : ends[number - 1];
        return new String(bytes, start, ends[number] - start, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** The same strings in arrays of their exact size. */
    PackedStrings trimmed() {
        var trimmed = new PackedStrings();
        trimmed.bytes = Arrays.copyOf(bytes, used);
        trimmed.ends = Arrays.copyOf(ends, size);
        trimmed.nulls = Arrays.copyOf(nulls, size);
        trimmed.size = size;
        trimmed.used = used;
        return trimmed;
    }
}
