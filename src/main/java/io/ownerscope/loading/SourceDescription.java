package io.ownerscope.loading;

import java.util.List;

/**
 * What a load run records of its input.
 *
 * @param files the files read, in the order they are read
 * @param checksum SHA-256 (hex) of what was read, so that the same input is recognised as the same load run
 */
public record SourceDescription(List<String> files, String checksum) {

    public SourceDescription {
        files = List.copyOf(files);
        if (checksum.length() < 16) {
            throw new IllegalArgumentException("a checksum of at least 16 hex digits, not '" + checksum + "'");
        }
    }
}
