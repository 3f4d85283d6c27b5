package org.openasc.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/docs}: every call, for councils integrating without lock-in. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI openAscApi(@Value("${openasc.council-name}") String councilName) {
        return new OpenAPI()
                .info(new Info().title("OpenASC API").version("v1")
                        .description("Adult social care record for " + councilName + ". JSON in camelCase, dates yyyy-MM-dd; "
                                + "lists as {items, page, size, total}; errors as application/problem+json with errors[{field, message}]; "
                                + "changes carry the version they were based on and a stale change gets 409. "
                                + "Date-times with an offset are taken as that moment in UK time; without one, as UK local time. "
                                + "Coded values are sent as codes exactly as the code lists spell them (GET /api/v1/code-lists/{name}); "
                                + "each coded field lists its codes as enum, and a value not on its list is 400 naming the field and the codes. "
                                + "Fields the call does not take, and values of the wrong type, are 400 naming the field.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("staff", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic").description("A staff account, or a signed-in browser session"))
                        .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token of a service account (oasc_...), issued once by an administrator")))
                .addSecurityItem(new SecurityRequirement().addList("staff"))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
