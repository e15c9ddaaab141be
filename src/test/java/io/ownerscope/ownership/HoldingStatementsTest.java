package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HoldingStatementsTest {

    private static Holding stated(String source, Double share, double min, double max) {
        return new Holding("owner", "owned", Holding.Kind.OWNS, share, min, max, "shareholding", null, null,
                Map.of("dataset", "export", "recordId", source + "-record", "statedBy", List.of(source)));
    }

    @Test
    void anExactShareBeatsAMissingOneAndBothSourcesAreListed() {
        var combined = HoldingStatements.combine(List.of(stated("ext_ru_egrul", 49.0, 49, 49),
                stated("gb_fcdo_sanctions", null, 0, 100)));

        assertThat(combined).singleElement().satisfies(holding -> {
            assertThat(holding.share()).isEqualTo(49.0);
            assertThat(holding.shareMin()).isEqualTo(49.0);
            assertThat(holding.shareMax()).isEqualTo(49.0);
            assertThat((List<?>) holding.source().get("statements")).hasSize(2);
            assertThat(holding.source()).doesNotContainKey("disagreement");
        });
    }

    @Test
    void disagreeingExactSharesBecomeARangeNamingTheSources() {
        var combined = HoldingStatements.combine(List.of(stated("registry", 30.0, 30, 30),
                stated("leak", 40.0, 40, 40)));

        assertThat(combined).singleElement().satisfies(holding -> {
            assertThat(holding.share()).isNull();
            assertThat(holding.shareMin()).isEqualTo(30.0);
            assertThat(holding.shareMax()).isEqualTo(40.0);
            assertThat((String) holding.source().get("disagreement")).contains("registry 30%", "leak 40%");
        });
    }

    @Test
    void distinctInterestsOfOneSourceAddUp() {
        var ordinary = stated("registry", 20.0, 20, 20);
        var preferred = new Holding("owner", "owned", Holding.Kind.OWNS, 15.0, 15, 15, "shareholding", null, null,
                Map.of("dataset", "export", "recordId", "registry-record-2", "statedBy", List.of("registry")));

        assertThat(HoldingStatements.combine(List.of(ordinary, preferred))).containsExactly(ordinary, preferred);
    }

    @Test
    void bothStatementsOfOneSourceAddUpBeforeTheyMeetAnotherSource() {
        var combined = HoldingStatements.combine(List.of(stated("registry", 20.0, 20, 20),
                new Holding("owner", "owned", Holding.Kind.OWNS, 15.0, 15, 15, "shareholding", null, null,
                        Map.of("statedBy", List.of("registry"))), stated("leak", 35.0, 35, 35)));

        assertThat(combined).singleElement().satisfies(holding -> assertThat(holding.share()).isEqualTo(35.0));
    }
}
