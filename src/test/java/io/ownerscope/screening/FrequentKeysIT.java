package io.ownerscope.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.ownerscope.graph.Graph;
import io.ownerscope.matching.MatchRecord;
import io.ownerscope.matching.NameMatcher;
import io.ownerscope.matching.Schema;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Candidates are looked up by the name keys few entities hold: five traders share "Trading", so with a cap of three
 * entities a key, "Orbita Trading" is looked up by "Orbita" alone and meets only the Orbita records, with the same
 * best match and score as a look-up by every key.
 */
class FrequentKeysIT extends RunningService {

    @Autowired
    Graph graph;

    @Autowired
    NameMatcher matcher;

    @BeforeEach
    void traders() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country",
                "orbita,company,Orbita Trading LLP,KZ",
                "orbita-ru,company,ООО «Орбита Трейдинг»,RU",
                "vega,company,Vega Trading LLP,KZ",
                "kometa,company,Kometa Trading LLP,KZ",
                "sirius,company,Sirius Trading FZE,AE",
                "altair,company,Altair Trading GmbH,DE"));
    }

    private Screening screening(int frequentKey) {
        var settings = new ScreeningSettings(0.75, 100, 100, 5, 100, 5000, Duration.ofMinutes(1), frequentKey);
        return new Screening(graph, matcher, new FrequentKeys(graph, settings), settings);
    }

    private static List<String> ids(List<Screening.Candidate> candidates) {
        return candidates.stream().map(Screening.Candidate::id).toList();
    }

    @Test
    void aNameIsLookedUpByItsRareKeysAndFindsTheSameBestMatch() {
        var query = MatchRecord.of(Schema.COMPANY, "Orbita Trading");

        var byEveryKey = screening(5000).screen(query, 10);
        var byRareKeys = screening(3).screen(query, 10);

        assertThat(ids(byEveryKey)).containsExactlyInAnyOrder("orbita", "orbita-ru", "vega", "kometa", "sirius",
                "altair");
        assertThat(ids(byRareKeys)).containsExactlyInAnyOrder("orbita", "orbita-ru");
        assertThat(byRareKeys.getFirst().id()).isEqualTo(byEveryKey.getFirst().id());
        assertThat(byRareKeys.getFirst().score().score()).isEqualTo(byEveryKey.getFirst().score().score());
    }

    @Test
    void aNameWhoseKeysAreAllFrequentIsLookedUpByAllOfThem() {
        var candidates = screening(3).screen(MatchRecord.of(Schema.COMPANY, "Trading LLP"), 10);

        assertThat(ids(candidates)).hasSize(6);
    }

    @Test
    void aSpreadsheetOfQueriesIsLookedUpTheSameWay() {
        var answers = screening(3).screenAll(List.of(MatchRecord.of(Schema.COMPANY, "Orbita Trading"),
                MatchRecord.of(Schema.COMPANY, "Vega Trading")), 10);

        assertThat(ids(answers.get(0))).containsExactlyInAnyOrder("orbita", "orbita-ru");
        assertThat(ids(answers.get(1))).containsExactly("vega");
    }
}
