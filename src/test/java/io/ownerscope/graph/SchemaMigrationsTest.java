package io.ownerscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void statementsEndAtASemicolonAtTheEndOfALineAndCommentsAreDropped() {
        var statements = SchemaMigrations.statements("""
                // constraints
                CREATE CONSTRAINT a IF NOT EXISTS
                  FOR (n:A) REQUIRE n.id IS UNIQUE;

                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);
                CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.y)
                """);

        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)",
                "CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.y)");
    }

    @Test
    void theShippedMigrationsAreFoundInVersionOrder() {
        var migrations = SchemaMigrations.discover();

        assertThat(migrations).isNotEmpty();
        assertThat(migrations.getFirst().version()).isEqualTo(1);
        assertThat(migrations.getFirst().statements()).anyMatch(s -> s.contains("FULLTEXT INDEX entity_names"));
        assertThat(migrations).extracting(SchemaMigrations.Migration::version).isSorted().doesNotHaveDuplicates();
    }
}
