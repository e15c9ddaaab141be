package io.ownerscope.ownership;

import io.ownerscope.system.ApiParameters;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The regimes the ownership operations accept, in the OpenAPI document. */
@Component
class OwnershipApiDocumentation implements OpenApiCustomizer {

    private final SanctionAuthorities authorities;

    OwnershipApiDocumentation(SanctionAuthorities authorities) {
        this.authorities = authorities;
    }

    @Override
    public void customise(OpenAPI api) {
        ApiParameters.of(api, "GET", "/api/entities/{id}/designation").oneOf("regime", authorities.regimes());
        ApiParameters.of(api, "POST", "/api/designations/recompute").oneOf("regime", authorities.regimes());
    }
}
