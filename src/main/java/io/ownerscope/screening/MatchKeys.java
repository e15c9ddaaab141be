package io.ownerscope.screening;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.ownerscope.matching.NameKeys;
import io.ownerscope.matching.Schema;

/**
 * The words the name-key index holds for an entity, and the query that reaches them: the matcher's keys (skeleton
 * name, tokens, phonetic and consonant codes), each made one whitespace-free word of letters, digits and
 * underscores, so that the index's whitespace analyzer keeps it whole and no query character is Lucene syntax.
 */
final class MatchKeys {

    private MatchKeys() {
    }

    /** The keys of all names, as the one text the index holds. */
    static String indexed(Schema schema, Collection<String> names) {
        return String.join(" ", words(schema, names));
    }

    private static TreeSet<String> words(Schema schema, Collection<String> names) {
        var words = new TreeSet<String>();
        for (var name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            for (var key : NameKeys.of(name, schema).all()) {
                var word = key.replaceAll("[^A-Za-z0-9_:]", "_").replace(':', '_');
                if (word.length() > 2) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The matcher's schema of an entity, from its labels. */
    static Schema schemaOf(List<String> labels) {
        if (labels.contains("Person")) {
            return Schema.PERSON;
        }
        if (labels.contains("Company")) {
            return Schema.COMPANY;
        }
        if (labels.contains("Organization")) {
            return Schema.ORGANIZATION;
        }
        return Schema.LEGAL_ENTITY;
    }

    /** The FollowTheMoney schema name an entity is answered as. */
    static String ftmSchema(Schema schema) {
        return switch (schema) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case ORGANIZATION -> "Organization";
            case LEGAL_ENTITY -> "LegalEntity";
        };
    }

    static Schema parseSchema(String ftm) {
        return switch (ftm.toLowerCase(Locale.ROOT)) {
            case "person" -> Schema.PERSON;
            case "company" -> Schema.COMPANY;
            case "organization", "publicbody" -> Schema.ORGANIZATION;
            case "legalentity" -> Schema.LEGAL_ENTITY;
            default -> null;
        };
    }
}
