package org.openasc.platform.web;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Says on every change that carries a {@code version} what a 409 means, so an integrator handles a stale change
 * rather than retrying it blindly: the rule is the same everywhere, so it is written once, from the request schema.
 */
@Component
class StaleChangesInApiDocument implements OpenApiCustomizer {

    static final String RULE = "Send the version of the record you read. If someone has changed it since, the answer is 409 "
            + "and nothing is changed: read the record again and make your change to what is there now. A missing version is 400.";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null || api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (versioned(operation, schemas)) {
                String said = operation.getDescription();
                operation.setDescription(said == null || said.isBlank() ? RULE : said + "\n\n" + RULE);
            }
        }));
    }

    private static boolean versioned(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        MediaType json = operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json == null || json.getSchema() == null || json.getSchema().get$ref() == null) {
            return false;
        }
        String ref = json.getSchema().get$ref();
        Schema<?> body = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        return body != null && body.getProperties() != null && body.getProperties().containsKey("version");
    }
}
