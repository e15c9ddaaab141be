package io.ownerscope.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The legal forms companies write into their names, read from {@code matching/legal-forms.tsv}. Spellings are kept
 * as skeleton word sequences, so a form is recognized however it was written: ООО, OOO and "Obshchestvo s
 * ogranichennoy otvetstvennostyu" all meet.
 */
final class LegalForms {

    static final String RESOURCE = "/matching/legal-forms.tsv";

    private final Map<List<String>, String> typeBySpelling;
    private final int longest;

    private LegalForms(Map<List<String>, String> typeBySpelling) {
        this.typeBySpelling = Map.copyOf(typeBySpelling);
        this.longest = typeBySpelling.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The forms shipped with the application, read once. */
    static LegalForms shipped() {
        return Shipped.FORMS;
    }

    /** Reads lines of {@code spelling<TAB>type}; blank lines and lines starting with {@code #} are skipped. */
    static LegalForms read(Reader reader) throws IOException {
        var forms = new HashMap<List<String>, String>();
        var lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var columns = line.split("\t");
            if (columns.length != 2 || columns[1].isBlank()) {
                throw new IllegalArgumentException("Legal forms line " + number + ": expected spelling<TAB>type: "
                        + line);
            }
            var spelling = skeletons(NameNormalizer.tokens(columns[0]));
            var earlier = forms.putIfAbsent(spelling, columns[1].strip());
            if (earlier != null && !earlier.equals(columns[1].strip())) {
                throw new IllegalArgumentException("Legal forms line " + number + ": " + columns[0]
                        + " is already of type " + earlier);
            }
        }
        return new LegalForms(forms);
    }

    /** The type of the form these tokens spell exactly, or null. */
    String typeOf(List<NameToken> tokens) {
        return typeBySpelling.get(skeletons(tokens));
    }

    /** The longest form that starts the tokens, as a count of tokens; 0 when none does. */
    int formAtStart(List<NameToken> tokens) {
        for (int n = Math.min(longest, tokens.size()); n > 0; n--) {
            if (typeOf(tokens.subList(0, n)) != null) {
                return n;
            }
        }
        return 0;
    }

    /** The longest form that ends the tokens, as a count of tokens; 0 when none does. */
    int formAtEnd(List<NameToken> tokens) {
        for (int n = Math.min(longest, tokens.size()); n > 0; n--) {
            if (typeOf(tokens.subList(tokens.size() - n, tokens.size())) != null) {
                return n;
            }
        }
        return 0;
    }

    /** Whether a form appears anywhere among the tokens. */
    boolean containsForm(List<NameToken> tokens) {
        for (int start = 0; start < tokens.size(); start++) {
            if (formAtStart(tokens.subList(start, tokens.size())) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> skeletons(List<NameToken> tokens) {
        return tokens.stream().map(NameToken::skeleton).toList();
    }

    private static final class Shipped {
        static final LegalForms FORMS = load();

        private static LegalForms load() {
            try (var in = Objects.requireNonNull(LegalForms.class.getResourceAsStream(RESOURCE),
                    RESOURCE + " is missing from the classpath")) {
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
