package io.ownerscope.redflags;

import io.ownerscope.system.ApiParameters;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The bounds the ranking checks against its settings, in the OpenAPI document. */
@Component
class RedFlagApiDocumentation implements OpenApiCustomizer {

    private final RedFlagSettings settings;

    RedFlagApiDocumentation(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customise(OpenAPI api) {
        ApiParameters.of(api, "GET", "/api/red-flags")
                .matching("country", "^\\s*[A-Za-z]{2}\\s*$")
                .between("limit", 1, settings.ranking().maxLimit())
                .between("minScore", 0, null);
    }
}
