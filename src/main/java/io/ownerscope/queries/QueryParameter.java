package io.ownerscope.queries;

/**
 * A parameter a saved query declares in its header.
 *
 * @param required the caller must give it
 * @param defaultValue the typed value used when the caller gives none; {@code null} for required parameters and
 *        for optional ones without a default (the query then sees {@code null})
 * @param defaultText the default as written in the header, for documentation
 */
record QueryParameter(String name, ParameterType type, boolean required, Object defaultValue, String defaultText,
        String description) {
}
