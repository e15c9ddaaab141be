package io.ownerscope.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms in which a source may have written the identifier a user typed: as typed, compact (spaces and dashes
 * dropped, upper case, as {@code identity.IdentifierScheme} compares them) and, for an IMO number, with and without
 * its "IMO" prefix. Text without a digit is no identifier.
 */
final class IdentifierForms {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Pattern IMO = Pattern.compile("(?:IMO)?([0-9]{7})");

    private IdentifierForms() {
    }

    static List<String> of(String typed) {
        var stripped = typed.strip();
        if (stripped.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        var forms = new LinkedHashSet<String>();
        forms.add(stripped);
        var compact = SEPARATORS.matcher(stripped).replaceAll("").toUpperCase(Locale.ROOT);
        forms.add(compact);
        var imo = IMO.matcher(compact);
        if (imo.matches()) {
            forms.add(imo.group(1));
            forms.add("IMO" + imo.group(1));
            forms.add("IMO " + imo.group(1));
        }
        return List.copyOf(forms);
    }
}
