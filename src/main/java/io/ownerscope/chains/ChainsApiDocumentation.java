package io.ownerscope.chains;

import io.ownerscope.network.GraphExports;
import io.ownerscope.ownership.SanctionAuthorities;
import io.ownerscope.system.ApiParameters;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The rules the chains operation checks in code, in the OpenAPI document. */
@Component
class ChainsApiDocumentation implements OpenApiCustomizer {

    private final ChainsSettings settings;
    private final SanctionAuthorities authorities;

    ChainsApiDocumentation(ChainsSettings settings, SanctionAuthorities authorities) {
        this.settings = settings;
        this.authorities = authorities;
    }

    @Override
    public void customise(OpenAPI api) {
        ApiParameters.of(api, "GET", "/api/chains")
                .between("limit", 1, settings.maxLimit())
                .between("offset", 0, null)
                .between("minValue", 0, null)
                .oneOf("regime", authorities.regimes())
                .oneOf("tiers", ChainCriteria.TIERS.stream().sorted().toList())
                .matching("hs", "^[0-9][0-9. ]*[0-9]$")
                .matching("intermediaryCountries", "^[A-Za-z]{2}$")
                .matching("destinationCountries", "^[A-Za-z]{2}$")
                .oneOf("format", GraphExports.answerFormats());
    }
}
