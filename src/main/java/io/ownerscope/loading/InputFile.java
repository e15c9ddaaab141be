package io.ownerscope.loading;

import java.io.IOException;
import java.io.InputStream;

/** One file of a load's input: its name (e.g. {@code entities.csv}) and how to open it. */
public record InputFile(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** Every byte of the file; a file that cannot be read stops the load with its name. */
    public byte[] readAllBytes() {
        try (var in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LoadException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
