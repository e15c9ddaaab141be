package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

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

    /** The CHPL tier is a property of each shipment, set from the list shipped in the jar: no query keeps a copy. */
    @Test
    void queriesReadTheChplTierOfShipmentsInsteadOfCopyingTheList() {
        var chplQueries = QueryFiles.shipped().stream().filter(f -> f.text().contains("chplTier")).toList();

        assertThat(chplQueries).hasSizeGreaterThanOrEqualTo(3);
        assertThat(QueryFiles.shipped()).allSatisfy(f -> assertThat(CHPL_ENTRY.matcher(f.text()).find())
                .as(f.file()).isFalse());
    }
}
