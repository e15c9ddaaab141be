package io.ownerscope.queries;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The catalog of saved queries as Markdown, for {@code docs/queries.md}: rendered from the query files themselves,
 * between two marker lines, so that the text around it is written by hand and the catalog never drifts from the
 * files (a test compares them).
 */
final class QueryCatalogDocument {

    static final String BEGIN = "<!-- catalog: generated from cypher/queries by QueryDocsTest; do not edit below -->";
    static final String END = "<!-- end of catalog -->";

    private QueryCatalogDocument() {
    }

    /** {@code document} with the part between the markers replaced by the catalog of {@code queries}. */
    static String update(String document, List<SavedQuery> queries) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("The document has no catalog markers");
        }
        return document.substring(0, begin) + BEGIN + "\n\n" + render(queries) + "\n" + document.substring(end);
    }

    static String render(List<SavedQuery> queries) {
        var md = new StringBuilder();
        var topics = queries.stream().map(SavedQuery::topic).distinct().toList();
        md.append("| query | what it finds |\n|---|---|\n");
        for (var query : queries) {
            md.append("| [`").append(query.name()).append("`](#").append(query.name()).append(") | ")
                    .append(cell(firstSentence(query.description()))).append(" |\n");
        }
        for (var topic : topics) {
            md.append("\n## ").append(title(topic)).append('\n');
            for (var query : queries.stream().filter(q -> q.topic().equals(topic)).toList()) {
                query(md, query);
            }
        }
        return md.toString();
    }

    private static void query(StringBuilder md, SavedQuery query) {
        md.append("\n### ").append(query.name()).append("\n\n").append(query.description()).append("\n\n");
        if (!query.basis().isEmpty()) {
            md.append("*Basis:* ").append(query.basis()).append("\n\n");
        }
        if (query.parameters().isEmpty()) {
            md.append("No parameters.\n\n");
        } else {
            md.append("| parameter | type | default | meaning |\n|---|---|---|---|\n");
            for (var parameter : query.parameters()) {
                md.append("| `").append(parameter.name()).append("` | `").append(parameter.type()).append("` | ")
                        .append(parameter.required() ? "**required**"
                                : parameter.defaultText() == null ? "none" : "`" + parameter.defaultText() + "`")
                        .append(" | ").append(cell(parameter.description())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("Returns ").append(CypherText.of(query.cypher()).returnColumns().stream()
                        .map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                .append("; at most ").append(query.maxRows()).append(" rows. File: `").append(QueryFiles.FOLDER)
                .append(query.file()).append("`.\n");
    }

    private static String title(String topic) {
        if (topic.isEmpty()) {
            return "Other";
        }
        return topic.substring(0, 1).toUpperCase(Locale.ROOT) + topic.substring(1).replace('/', ' ').replace('-', ' ');
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
