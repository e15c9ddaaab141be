package io.ownerscope.paths;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of the entities of an {@link ExposureSnapshot} by number, and the number of an id, in a few flat arrays:
 * the ids' UTF-8 bytes one after another with their offsets, and an open-addressing table of numbers by the ids'
 * hash. About 20 bytes an entity (an id of 8 characters), where a map of strings takes well over 100.
 */
final class EntityNumbers {

    private byte[] bytes = new byte[1 << 16];
    private int[] offsets = new int[1025];
    private int[] hashes = new int[1024];
    private int[] table = new int[2048];
    private int size;
    private int used;

    /** The number of {@code id}, given the next one the first time it comes. */
    int add(String id) {
        int hash = id.hashCode();
        var encoded = id.getBytes(StandardCharsets.UTF_8);
        int slot = find(id, hash, encoded);
        if (table[slot] != 0) {
            return table[slot] - 1;
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2 + 1);
        }
        while (used + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        System.arraycopy(encoded, 0, bytes, used, encoded.length);
        used += encoded.length;
        hashes[size] = hash;
        offsets[size + 1] = used;
        table[slot] = ++size;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    /** The number of {@code id}, or -1 when it has none. */
    int number(String id) {
        int hash = id.hashCode();
        int slot = find(id, hash, id.getBytes(StandardCharsets.UTF_8));
        return table[slot] - 1;
    }

    String id(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException(number);
        }
        return new String(bytes, offsets[number], offsets[number + 1] - offsets[number], StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** The same ids in arrays of their exact size: what a snapshot keeps. */
    EntityNumbers trimmed() {
        var trimmed = new EntityNumbers();
        trimmed.bytes = Arrays.copyOf(bytes, used);
        trimmed.offsets = Arrays.copyOf(offsets, size + 1);
        trimmed.hashes = Arrays.copyOf(hashes, size);
        trimmed.table = table;
        trimmed.size = size;
        trimmed.used = used;
        return trimmed;
    }

    /** Bytes held by the arrays. */
    long bytes() {
        return 16L * 4 + bytes.length + 4L * (offsets.length + hashes.length + table.length);
    }

    private int find(String id, int hash, byte[] encoded) {
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        while (table[slot] != 0) {
            int number = table[slot] - 1;
            if (hashes[number] == hash && equal(number, encoded)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean equal(int number, byte[] encoded) {
        return Arrays.equals(bytes, offsets[number], offsets[number + 1], encoded, 0, encoded.length);
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int number = 0; number < size; number++) {
            int slot = mix(hashes[number]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = number + 1;
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x9E3779B9;
    }
}
