package io.ownerscope.loading;

/**
 * Reads one input format into the common row model. Adding a format is adding a reader: a Spring bean that
 * {@code load --format NAME} finds by its {@link #format()} name.
 */
public interface SourceReader {

    /** The name users give with {@code --format}, recorded on every load run of this reader. */
    String format();

    /**
     * Checks what the command line gave for a load (e.g. a mapping file) before anything starts.
     *
     * @throws LoadException saying what is wrong
     */
    default void check(LoadInput input) {
    }

    /**
     * What a load run records of the input before any row is read: the files this reader takes from it and their
     * checksum, which names the run, so that the same input loaded again is the same run.
     *
     * @throws LoadException when the input is not one this reader can load at all (a missing file, a directory
     *         where a file is expected, text that is mostly not in its encoding)
     */
    SourceDescription describe(LoadInput input);

    /**
     * Reads the input and hands its rows, rejects and warnings to the sink. A bad record is rejected alone; a
     * {@link LoadException} stops the run only when the input cannot be read on.
     */
    void read(LoadInput input, RowSink sink);
}
