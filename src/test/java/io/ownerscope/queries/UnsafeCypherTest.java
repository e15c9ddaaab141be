package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a saved query may not do although Neo4j would plan it read-only, and the look-alikes that stay allowed. */
class UnsafeCypherTest {

    private static final String HEADER = "// name: a-case\n// description: A case\n// max-rows: 10\n\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOAD CSV FROM $url AS row RETURN row LIMIT $maxRows | uses LOAD CSV
            load csv with headers from 'file:///etc/passwd' AS r RETURN r LIMIT 1 | uses LOAD CSV
            MATCH (e) WITH e LOAD /* x */ CSV FROM e.url AS r RETURN r LIMIT 1 | uses LOAD CSV
            CYPHER 25 LOAD CSV FROM 'http://10.0.0.1/' AS r RETURN r LIMIT 1 | uses LOAD CSV
            CALL { MATCH (e) RETURN e } IN TRANSACTIONS RETURN e LIMIT 1 | IN TRANSACTIONS
            CALL { MATCH (e) RETURN e } IN 2 CONCURRENT TRANSACTIONS RETURN e LIMIT 1 | IN TRANSACTIONS
            SHOW SETTINGS YIELD name, value RETURN name, value LIMIT $maxRows | administration command (SHOW SETTINGS
            show transactions yield * return * limit 1 | administration command (show transactions
            SHOW USERS | administration command (SHOW USERS
            SHOW PROCEDURES | administration command
            TERMINATE TRANSACTIONS 'neo4j-transaction-1' | administration command (TERMINATE
            CREATE USER mallory SET PASSWORD 'secret-password' | administration command (CREATE USER
            ALTER USER neo4j SET PASSWORD 'secret-password' | administration command (ALTER USER
            DROP DATABASE neo4j | administration command (DROP DATABASE
            STOP DATABASE neo4j | administration command (STOP DATABASE
            GRANT ROLE admin TO mallory | administration command (GRANT ROLE
            DENY TRAVERSE ON GRAPH * TO reader | administration command (DENY
            REVOKE ROLE admin FROM mallory | administration command (REVOKE
            CALL dbms.listConfig() YIELD name RETURN name LIMIT 1 | calls the procedure dbms.listConfig
            CALL db.`labels2`() YIELD label RETURN label LIMIT 1 | calls the procedure db.labels2
            CALL apoc.load.json('http://10.0.0.1/') YIELD value RETURN value LIMIT 1 | procedure apoc.load.json
            CALL dbms.components | calls the procedure dbms.components
            RETURN apoc.util.sha1(['x']) AS h LIMIT 1 | calls the function apoc.util.sha1
            USE system MATCH (n) RETURN n LIMIT 1 | uses USE system
            MATCH (e) CALL { USE other MATCH (n) RETURN n } RETURN n LIMIT 1 | uses USE other
            """)
    void isRefused(String cypher, String reason) {
        var verdict = UnsafeCypher.check(HEADER + cypher);

        assertThat(verdict.readable()).isTrue();
        assertThat(verdict.refusal()).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MATCH (e:Entity) WHERE e.note = 'LOAD CSV FROM file:///etc/passwd' RETURN e LIMIT $maxRows",
            "MATCH (e:Entity) WHERE e.note = \"SHOW SETTINGS\" RETURN e.id AS id LIMIT $maxRows",
            "// LOAD CSV FROM 'file:///etc/passwd'\nMATCH (e) RETURN e LIMIT $maxRows",
            "/* CALL dbms.listConfig() */ MATCH (e) RETURN e LIMIT $maxRows",
            "MATCH (show:Entity) RETURN show.show AS show LIMIT $maxRows",
            "MATCH (use:Entity), (load:Entity) WHERE use.csv = load.csv RETURN use, load LIMIT $maxRows",
            "MATCH (e:Entity) WITH e, [t IN e.transactions WHERE t > 0] AS transactions RETURN e LIMIT $maxRows",
            "MATCH (e:`LOAD CSV`) RETURN e.`SHOW` AS `CALL dbms.listConfig()` LIMIT $maxRows",
            "CALL db.labels() YIELD label RETURN label LIMIT $maxRows",
            "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node LIMIT $maxRows",
            "CALL { MATCH (e:Entity) RETURN e } RETURN count(e) AS n LIMIT $maxRows",
            "MATCH (e) CALL (e) { MATCH (e)--(o) RETURN count(o) AS degree } RETURN e, degree LIMIT $maxRows",
            "RETURN date.truncate('month', date()) AS m, duration.inDays(date(), date()).days AS d, "
                    + "point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS p LIMIT $maxRows",
            "MATCH (e) RETURN coalesce(e.name, toLower(e.id)) AS name, count { (e)--() } AS n LIMIT $maxRows",
            "CYPHER runtime=slotted MATCH (e) RETURN e LIMIT $maxRows"})
    void isAllowed(String cypher) {
        var verdict = UnsafeCypher.check(HEADER + cypher);

        assertThat(verdict.readable()).isTrue();
        assertThat(verdict.refusal()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MATCH (e:Entity WHERE e.id = $id RETURN e LIMIT $maxRows", "LOAD CSV FROM"})
    void textNoGrammarReadsIsLeftToThePlannerUnchecked(String cypher) {
        assertThat(UnsafeCypher.check(HEADER + cypher).readable()).isFalse();
    }
}
