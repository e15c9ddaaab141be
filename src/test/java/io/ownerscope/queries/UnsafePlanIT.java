package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import io.ownerscope.testing.HarnessNeo4j;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The second opinion: the refusals read from the plan Neo4j makes of a query. */
class UnsafePlanIT {

    private static Optional<String> refusal(String cypher) {
        try (var session = HarnessNeo4j.driver().session()) {
            var summary = session.run("EXPLAIN " + cypher, Map.of("url", "file:///etc/passwd")).consume();
            return UnsafePlan.refusal(summary.plan());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOAD CSV FROM $url AS row RETURN row | LOAD CSV
            MATCH (e) WITH e LIMIT 1 LOAD CSV FROM e.url AS row RETURN row | LOAD CSV
            CALL { MATCH (e) RETURN e } IN TRANSACTIONS RETURN e | TransactionApply
            CALL { MATCH (e) SET e.x = 1 } IN TRANSACTIONS | TransactionForeach
            SHOW SETTINGS YIELD name RETURN name | administration command (ShowSettings)
            SHOW TRANSACTIONS | administration command (ShowTransactions)
            CALL dbms.listConfig() YIELD name RETURN name | procedure dbms.listConfig
            """)
    void isRefused(String cypher, String reason) {
        assertThat(refusal(cypher)).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MATCH (e:Entity) WHERE e.note = 'LOAD CSV' RETURN e",
            "CALL db.labels() YIELD label RETURN label",
            "CALL { MATCH (e) RETURN e } RETURN count(e) AS n"})
    void isAllowed(String cypher) {
        assertThat(refusal(cypher)).isEmpty();
    }
}
