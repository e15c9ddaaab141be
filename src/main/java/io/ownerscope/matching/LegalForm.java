package io.ownerscope.matching;

/**
 * A legal form found in a name.
 *
 * @param type what the form is, whatever the language: {@code llc}, {@code llp}, {@code jsc}, ...
 * @param written the words of the name that stated it, normalized
 */
record LegalForm(String type, String written) {
}
