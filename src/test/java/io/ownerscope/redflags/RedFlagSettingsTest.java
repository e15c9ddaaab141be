package io.ownerscope.redflags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RedFlagSettingsTest {

    private static RedFlagSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("ownerscope.red-flags", RedFlagSettings.class);
    }

    @Test
    void weightsDefaultPerFlagAndAConfiguredOneReplacesItsDefault() {
        var settings = bind(Map.of("ownerscope.red-flags.weights.chpl-to-russia", "5"));

        assertThat(settings.weightOf(RedFlag.CHPL_TO_RUSSIA)).isEqualTo(5.0);
        assertThat(settings.weightOf(RedFlag.TRANSSHIPMENT_COUNTRY)).isEqualTo(0.5);
        assertThat(settings.weights()).hasSize(RedFlag.values().length);
        assertThat(settings.surge().factor()).isEqualTo(3.0);
        assertThat(settings.ranking().maxLimit()).isEqualTo(200);
    }

    @Test
    void aWeightForAnUnknownFlagFailsAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("ownerscope.red-flags.weights.no-such-flag", "1")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("no-such-flag");
    }

    @Test
    void theLongestActivityPrefixAppliesWithOrWithoutASectionLetter() {
        var settings = bind(Map.of("ownerscope.red-flags.activity.chapters.4652", "85"));
        var check = new GoodsOutsideActivityCheck(settings.activity());

        assertThat(check.prefixFor("46.52.1")).hasValue("4652");
        assertThat(check.prefixFor("G46.31")).hasValue("463");
        assertThat(check.prefixFor("99.00")).isEmpty();
        assertThat(settings.activity().chapters().get("4652")).containsExactly("85");
    }
}
