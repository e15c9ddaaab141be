package io.ownerscope.loading.mapped;

import io.ownerscope.loading.LoadException;
/** A CSV mapping that cannot be used: the message names the mapping file, the line and the key at fault. */
final class MappingException extends LoadException {

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
