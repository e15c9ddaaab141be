package io.ownerscope.queries;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A saved query run from the URL takes its own parameters as query parameters of their names: documented as a form
 * of free names rather than as one parameter called {@code parameters}.
 */
@Component
class QueryApiDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        var operation = api.getPaths().get("/api/queries/{name}/run").getGet();
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getName().equals("parameters")) {
                Schema<Object> text = new Schema<>(SpecVersion.V31);
                text.addType("string");
                Schema<Object> form = new Schema<>(SpecVersion.V31);
                form.addType("object");
                form.setAdditionalProperties(text);
                parameter.required(false).style(Parameter.StyleEnum.FORM).explode(true).schema(form);
            }
        }
    }
}
