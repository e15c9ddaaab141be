package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/queries.md} lists the shipped queries as their files describe them. When a query file changes,
 * regenerate the catalog with {@code ./mvnw test -Dtest=QueryDocsTest -Dqueries.docs.update=true}.
 */
class QueryDocsTest {

    private static final Path DOCUMENT = Path.of("docs/queries.md");

    @Test
    void theCommittedCatalogMatchesTheQueryFiles() throws IOException {
        var queries = QueryFiles.shipped().stream().map(f -> QueryFileParser.parse(f.file(), f.text())).toList();
        var committed = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        var current = QueryCatalogDocument.update(committed, queries);

        if (Boolean.getBoolean("queries.docs.update")) {
            Files.writeString(DOCUMENT, current, StandardCharsets.UTF_8);
        }
        assertThat(committed)
                .as("docs/queries.md is out of date with cypher/queries; regenerate it with "
                        + "./mvnw test -Dtest=QueryDocsTest -Dqueries.docs.update=true")
                .isEqualTo(current);
        assertThat(current).contains(queries.stream().map(q -> "### " + q.name() + "\n").toList());
    }

    @Test
    void theCatalogShowsEachQuerysParametersColumnsAndFile() {
        var query = QueryFileParser.parse("trade/x.cypher", """
                // name: x
                // description: Finds things. More about them | with a pipe.
                // basis: A rule
                // param: since date = 2022-02-24 — Since
                // param: top int required — How many
                // param: asOf date optional — As of
                // max-rows: 7

                MATCH (n) WHERE n.d >= $since AND $top > 0 AND $asOf IS NULL
                RETURN n.id AS id, [x IN [1, 2] | x] AS list, count(DISTINCT n)
                ORDER BY id LIMIT $maxRows""");

        assertThat(QueryCatalogDocument.render(java.util.List.of(query))).isEqualTo("""
                | query | what it finds |
                |---|---|
                | [`x`](#x) | Finds things. |

                ## Trade

                ### x

                Finds things. More about them | with a pipe.

                *Basis:* A rule

                | parameter | type | default | meaning |
                |---|---|---|---|
                | `since` | `date` | `2022-02-24` | Since |
                | `top` | `int` | **required** | How many |
                | `asOf` | `date` | none | As of |

                Returns `id`, `list`, `count(DISTINCT n)`; at most 7 rows. File: `cypher/queries/trade/x.cypher`.
                """);
    }
}
