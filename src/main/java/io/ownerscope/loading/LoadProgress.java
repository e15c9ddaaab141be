package io.ownerscope.loading;

import java.util.List;

/** Told how a load advances: which file it reads, how far into it, and how many records it has handled. */
public interface LoadProgress extends AutoCloseable {

    LoadProgress NONE = new LoadProgress() {
    };

    /** The load starts on these files, in the order it reads them. */
    default void start(String format, List<String> files) {
    }

    /**
     * @param records rows written and rejected so far
     * @param file the file being read
     * @param line the line reached in that file
     */
    default void advanced(long records, String file, long line) {
    }

    @Override
    default void close() {
    }
}
