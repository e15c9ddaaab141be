package io.ownerscope.paths;

import io.ownerscope.network.GraphExports;
import io.ownerscope.ownership.SanctionAuthorities;
import io.ownerscope.system.ApiParameters;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The bounds the path and exposure operations check against their settings, in the OpenAPI document. */
@Component
class PathsApiDocumentation implements OpenApiCustomizer {

    private final PathsSettings settings;
    private final SanctionAuthorities authorities;

    PathsApiDocumentation(PathsSettings settings, SanctionAuthorities authorities) {
        this.settings = settings;
        this.authorities = authorities;
    }

    @Override
    public void customise(OpenAPI api) {
        ApiParameters.of(api, "GET", "/api/paths")
                .between("k", 1, settings.maxK())
                .between("maxHops", 1, settings.maxHops())
                .oneOf("format", GraphExports.answerFormats());
        ApiParameters.of(api, "GET", "/api/entities/{id}/exposure")
                .between("maxHops", 1, settings.exposureMaxHops())
                .oneOf("regime", authorities.regimes())
                .oneOf("format", GraphExports.answerFormats());
    }
}
