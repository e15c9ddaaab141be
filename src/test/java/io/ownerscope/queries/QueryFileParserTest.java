package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryFileParserTest {

    private static final String GOOD = """
            // name: new-firms
            // description: Firms incorporated on or after a date
            //   that import listed goods.
            // basis: FinCEN/BIS joint alert, May 2023
            // param: countries list<string> = [KZ, KG, AM] — Countries of incorporation
            // param: since date = 2022-02-24 — Incorporated on or after
            // param: minValue float required -- Smallest value, USD
            // param: asOf date optional — Listings in force on this date (default: today)
            // param: top int = 10 — How many
            // param: strict bool = false — Only exact matches
            // max-rows: 250

            // the body may have comments of its own; $notAParameter here does not count
            MATCH (c:Company) WHERE c.country IN $countries AND c.incorporationDate >= $since
              AND coalesce($asOf, date()) > $since AND $minValue > 0 AND $top > 0 AND NOT $strict
              AND c.name <> '$alsoNotAParameter'
            RETURN c.id AS id LIMIT $maxRows
            """;

    @Test
    void aHeaderDeclaresNameDescriptionBasisParametersAndRowCap() {
        var query = QueryFileParser.parse("trade/new-firms.cypher", GOOD);

        assertThat(query.name()).isEqualTo("new-firms");
        assertThat(query.topic()).isEqualTo("trade");
        assertThat(query.description()).isEqualTo("Firms incorporated on or after a date that import listed goods.");
        assertThat(query.basis()).isEqualTo("FinCEN/BIS joint alert, May 2023");
        assertThat(query.maxRows()).isEqualTo(250);
        assertThat(query.cypher()).startsWith("// name: new-firms").endsWith("LIMIT $maxRows");
        assertThat(query.parameters()).extracting(QueryParameter::name)
                .containsExactly("countries", "since", "minValue", "asOf", "top", "strict");
        var countries = query.parameter("countries").orElseThrow();
        assertThat(countries.type()).hasToString("list<string>");
        assertThat(countries.defaultValue()).isEqualTo(List.of("KZ", "KG", "AM"));
        assertThat(countries.description()).isEqualTo("Countries of incorporation");
        assertThat(query.parameter("since").orElseThrow().defaultValue()).isEqualTo(LocalDate.of(2022, 2, 24));
        var minValue = query.parameter("minValue").orElseThrow();
        assertThat(minValue.required()).isTrue();
        assertThat(minValue.defaultValue()).isNull();
        var asOf = query.parameter("asOf").orElseThrow();
        assertThat(asOf.required()).isFalse();
        assertThat(asOf.defaultValue()).isNull();
        assertThat(query.parameter("top").orElseThrow().defaultValue()).isEqualTo(10L);
        assertThat(query.parameter("strict").orElseThrow().defaultValue()).isEqualTo(false);
    }

    @Test
    void aQueryAtTheTopLevelHasNoTopic() {
        assertThat(QueryFileParser.parse("top.cypher", GOOD).topic()).isEmpty();
    }

    @Test
    void listOfOtherTypesAndPlainListAreParsed() {
        assertThat(ParameterType.parse("list")).hasToString("list<string>");
        assertThat(ParameterType.parse("list<date>").fromHeader("[2022-01-01, 2023-01-01]"))
                .isEqualTo(List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));
        assertThat(ParameterType.parse("list<int>").fromHeader("[]")).isEqualTo(List.of());
        assertThat(ParameterType.parse("datetime")).isNull();
        assertThat(ParameterType.parse("list<list>")).isNull();
    }

    @Test
    void malformedHeadersAreRefusedWithLineAndReason() {
        assertProblem("MATCH (n) RETURN n LIMIT $maxRows", "no header");
        assertProblem("""
                // name: x
                // description: d
                // max_rows: 5
                RETURN 1 AS one LIMIT $maxRows""", "line 3: unknown header key 'max_rows'");
        assertProblem("""
                // name: x
                // description: d
                // This line is prose, not a field
                // max-rows: 5
                RETURN 1 AS one LIMIT $maxRows""", "line 3: expected '// key: value'");
        assertProblem("""
                // description: d
                // max-rows: 5
                RETURN 1 AS one LIMIT $maxRows""", "the header has no 'name:'");
        assertProblem("""
                // name: Bad Name
                // description: d
                // max-rows: 5
                RETURN 1 AS one LIMIT $maxRows""", "name 'Bad Name' must be lower case words joined by hyphens");
        assertProblem("""
                // name: x
                // name: y
                // description: d
                // max-rows: 5
                RETURN 1 AS one LIMIT $maxRows""", "line 2: 'name' is given more than once");
        assertProblem("""
                // name: x
                // description: d
                RETURN 1 AS one LIMIT $maxRows""", "the header has no 'max-rows:'");
        assertProblem("""
                // name: x
                // description: d
                // max-rows: 0
                RETURN 1 AS one LIMIT $maxRows""", "max-rows '0' must be a whole number from 1 to 100000");
    }

    @Test
    void malformedParametersAreRefused() {
        assertProblem(withParam("since date 2022-01-01 — no keyword"), "line 3: expected 'param: NAME TYPE");
        assertProblem(withParam("since date = 2022-01-01"), "line 3: expected 'param: NAME TYPE");
        assertProblem(withParam("since datetime required — Since"), "parameter 'since' has unknown type 'datetime'");
        assertProblem(withParam("since date = 2022-13-01 — Since"),
                "line 3: default of 'since': expected a date as yyyy-MM-dd, was 2022-13-01");
        assertProblem(withParam("since list<date> = 2022-01-01 — Since"),
                "default of 'since': a list default is written [a, b, c]");
        assertProblem(withParam("maxRows int = 5 — Cap"), "'maxRows' is reserved");
        assertProblem("""
                // name: x
                // description: d
                // param: since date required — Since
                // param: since date required — Again
                // max-rows: 5
                RETURN $since AS since LIMIT $maxRows""", "line 4: parameter 'since' is declared twice");
    }

    @Test
    void theCypherMustUseExactlyTheDeclaredParameters() {
        assertProblem("""
                // name: x
                // description: d
                // max-rows: 5
                MATCH (c) WHERE c.id = $id RETURN c LIMIT $maxRows""", "uses $id, which the header does not declare");
        assertProblem("""
                // name: x
                // description: d
                // param: id string required — Id
                // max-rows: 5
                MATCH (c) RETURN c LIMIT $maxRows""", "parameter 'id' is declared but the query does not use it");
    }

    @Test
    void everyQueryIsBoundedByTheRowCapAndBoundedPatterns() {
        assertProblem(header() + "MATCH (c) RETURN c LIMIT 10", "must bound its answer with LIMIT $maxRows");
        assertProblem(header() + "MATCH p = (a)-[:OWNS*]->(b) RETURN p LIMIT $maxRows",
                "variable-length pattern [:OWNS*] has no upper bound");
        assertProblem(header() + "MATCH p = (a)-[r:OWNS*2..]->(b) RETURN p LIMIT $maxRows",
                "variable-length pattern [r:OWNS*2..] has no upper bound");
        assertProblem(header() + "MATCH p = (a)(()-[:OWNS]->()){1,}(b) RETURN p LIMIT $maxRows",
                "variable-length pattern {1,} has no upper bound");
        assertProblem(header() + "MATCH p = (a)-[:OWNS]->+(b) RETURN p LIMIT $maxRows",
                "variable-length pattern ]->+ has no upper bound");

        for (var bounded : List.of("(a)-[:OWNS*1..6]->(b)", "(a)-[*2]->(b)", "(a)(()-[:OWNS]->()){1,6}(b)",
                "(a)-[:OWNS]->{1,3}(b)")) {
            var query = QueryFileParser.parse("x.cypher", header() + "MATCH p = " + bounded
                    + " WHERE size([x IN [1, 2] | x * 2]) > 0 AND p IS NOT NULL // [*] in a comment\n"
                    + "RETURN p, '[:R*]' AS text LIMIT $maxRows");
            assertThat(query.name()).as(bounded).isEqualTo("x");
        }
    }

    private static String header() {
        return """
                // name: x
                // description: d
                // max-rows: 5

                """;
    }

    private static String withParam(String param) {
        return "// name: x\n// description: d\n// param: " + param + "\n// max-rows: 5\n"
                + "RETURN $since AS since LIMIT $maxRows";
    }

    private static void assertProblem(String text, String problem) {
        assertThatThrownBy(() -> QueryFileParser.parse("x.cypher", text))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(problem);
    }
}
