package io.ownerscope.network;

import io.ownerscope.system.ApiParameters;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The bounds the graph and export operations check against its settings, in the OpenAPI document. */
@Component
class NetworkApiDocumentation implements OpenApiCustomizer {

    private final NetworkSettings settings;

    NetworkApiDocumentation(NetworkSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customise(OpenAPI api) {
        ApiParameters.of(api, "GET", "/api/graph")
                .between("hops", 0, settings.maxHops())
                .between("hubLimit", 1, settings.maxHubLimit());
        ApiParameters.of(api, "GET", "/api/export")
                .between("hops", 0, settings.maxHops())
                .between("hubLimit", 1, settings.maxHubLimit())
                .oneOf("format", ExportFormat.NAMES);
    }
}
