package io.ownerscope.loading;

/** A CSV mapping that cannot be used: the message names the mapping file, the line and the key at fault. */
public final class MappingException extends LoadException {

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
