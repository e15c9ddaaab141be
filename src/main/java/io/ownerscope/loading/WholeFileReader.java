package io.ownerscope.loading;

import java.util.List;

/**
 * A reader of one file read whole (an XML document): the file's checksum names the load run, and its bytes are
 * handed to the format at once.
 */
public abstract class WholeFileReader implements SourceReader {

    @Override
    public SourceDescription describe(LoadInput input) {
        var file = input.singleFile(format());
        var bytes = file.readAllBytes();
        check(file.name(), bytes);
        return new SourceDescription(List.of(file.name()), SourceFiles.checksum(bytes));
    }

    @Override
    public void read(LoadInput input, RowSink sink) {
        var file = input.singleFile(format());
        readFile(file.name(), file.readAllBytes(), sink);
    }

    /** Refuses, before the run starts, a file this format cannot load at all; by default every file is tried. */
    protected void check(String name, byte[] bytes) {
    }

    /** Sends what the file states to the sink. */
    protected abstract void readFile(String name, byte[] bytes, RowSink sink);
}
