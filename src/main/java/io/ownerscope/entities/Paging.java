package io.ownerscope.entities;

import io.ownerscope.system.BadRequestException;

/** One page of a long list: up to {@code limit} items from {@code offset}. */
record Paging(int limit, int offset) {

    static final int MAX_LIMIT = 200;
    static final int MAX_OFFSET = 1_000_000;

    static Paging of(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit: " + limit + " is not allowed; expected 1 to " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new BadRequestException("offset: " + offset + " is not allowed; expected 0 to " + MAX_OFFSET);
        }
        return new Paging(limit, offset);
    }

    boolean truncated(long total) {
        return offset + limit < total;
    }
}
