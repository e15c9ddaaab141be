package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The query library shipped in the jar, read without a graph. */
class ShippedQueryFilesTest {

    private static final Pattern CHPL_ENTRY = Pattern.compile("`(\\d{6})`:\\s*'([^']+)'");

    @Test
    void everyShippedFileIsAValidSavedQueryWithAUniqueName() {
        var files = QueryFiles.shipped();
        var names = files.stream().map(f -> QueryFileParser.parse(f.file(), f.text()).name()).toList();

        assertThat(files.size()).isGreaterThanOrEqualTo(12);
        assertThat(names).doesNotHaveDuplicates();
        assertThat(files).allSatisfy(f -> assertThat(f.file()).matches("[a-z]+/[a-z0-9-]+\\.cypher"));
        assertThat(files).allSatisfy(f -> assertThat(f.file())
                .endsWith("/" + QueryFileParser.parse(f.file(), f.text()).name() + ".cypher"));
    }

    @Test
    void everyShippedQueryCitesTheRuleItEncodesAndCitesItsSources() {
        for (var file : QueryFiles.shipped()) {
            var query = QueryFileParser.parse(file.file(), file.text());
            assertThat(query.basis()).as(query.name()).isNotBlank();
            assertThat(query.cypher()).as(query.name()).contains("AS sources");
        }
    }

    /**
     * The CHPL (version of 23 February 2024) is written out in each query that filters on it; every copy is the
     * same table of 50 HS-6 codes in six tiers, and it classifies the published examples as the list does.
     */
    @Test
    void everyCopyOfTheChplTableIsTheSameAndComplete() {
        var tables = new LinkedHashMap<String, Map<String, String>>();
        for (var file : QueryFiles.shipped()) {
            var matcher = CHPL_ENTRY.matcher(file.text());
            var table = new TreeMap<String, String>();
            while (matcher.find()) {
                table.put(matcher.group(1), matcher.group(2));
            }
            if (!table.isEmpty()) {
                tables.put(file.file(), table);
            }
        }

        assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
        var first = tables.values().iterator().next();
        assertThat(tables.values()).allSatisfy(table -> assertThat(table).isEqualTo(first));
        assertThat(first).hasSize(50);
        var perTier = first.values().stream().collect(Collectors.groupingBy(t -> t, TreeMap::new,
                Collectors.counting()));
        assertThat(perTier).containsExactlyEntriesOf(new TreeMap<>(Map.of("1", 4L, "2", 5L, "3.A", 16L, "3.B", 9L,
                "4.A", 11L, "4.B", 5L)));
        assertThat(first).containsEntry("854231", "1").containsEntry("850440", "3.A").containsEntry("845710", "4.B")
                .doesNotContainKey("400921");
    }
}
