package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A word that more names share than a search counts: the total says "at least", and each page still lists the best
 * matches first, read a page at a time from the full-text index.
 */
class SearchCountIT extends RunningService {

    @BeforeEach
    void moreTradersThanASearchCounts() {
        TestGraphs.emptyGraph(driver);
        var lines = new ArrayList<String>();
        lines.add("id,type,name,country");
        for (int i = 0; i <= SearchResults.COUNTED; i++) {
            lines.add("t" + i + ",company,Trading " + i + " LLP,KZ");
        }
        load(Csv.file("entities.csv", lines.toArray(String[]::new)));
    }

    @Test
    void aWordEveryNameSharesIsCountedUpToTheCapAndSaysAtLeast() {
        var answer = json("/api/entities?name=trading&size=20&page=3");

        assertThat(answer.get("total").asLong()).isEqualTo(SearchResults.COUNTED);
        assertThat(answer.get("totalRelation").asString()).isEqualTo("gte");
        assertThat(answer.get("results").size()).isEqualTo(20);
    }

    @Test
    void theBestMatchComesFirstAndAnExactCountSaysSo() {
        var answer = json("/api/entities?name=trading%20777&size=5");

        assertThat(answer.get("results").get(0).get("id").asString()).isEqualTo("t777");
        var one = json("/api/entities?name=777");
        assertThat(one.get("total").asLong()).isOne();
        assertThat(one.get("totalRelation").asString()).isEqualTo("eq");
    }
}
