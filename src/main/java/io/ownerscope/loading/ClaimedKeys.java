package io.ownerscope.loading;

/**
 * The ids and keys one load has written so far, as 64-bit hashes in an open-addressing table (16 bytes a key at
 * most): a row whose key was written before in the same load is merged, never created, so that two batches of the
 * load in flight at once cannot create the same node or relationship twice. A hash collision only sends a new row
 * to the merge, which gives the same graph.
 */
final class ClaimedKeys {

    private long[] table = new long[1 << 12];
    private int size;
    private boolean zeroClaimed;

    /** @return whether {@code key} was not claimed before (and now is) */
    synchronized boolean claim(String key) {
        long hash = hash(key);
        if (hash == 0) {
            boolean first = !zeroClaimed;
            zeroClaimed = true;
            return first;
        }
        int mask = table.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[slot] != 0) {
            if (table[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = hash;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        var old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = hash;
            }
        }
    }

    /** FNV-1a over the characters, then a final mix so that similar keys spread over the table. */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
