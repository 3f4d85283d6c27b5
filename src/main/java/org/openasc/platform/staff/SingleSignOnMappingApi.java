package org.openasc.platform.staff;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.Page;

/** Administrators map the identity provider's groups and app roles to OpenASC roles and teams (single sign-on, ADR 25). */
@Tag(name = "Staff, teams and access")
@RestController
@PreAuthorize(Access.ADMINISTER)
class SingleSignOnMappingApi {

    private static final String PATH = "/api/v1/single-sign-on/mappings";

    private final SingleSignOnMappings mappings;

    SingleSignOnMappingApi(SingleSignOnMappings mappings) {
        this.mappings = mappings;
    }

    @Operation(summary = "List how the identity provider's groups and app roles map to roles and teams")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Page<SingleSignOnMappings.Mapping> mappings() {
        return Page.whole(mappings.all());
    }

    @Operation(summary = "Read a single sign-on mapping")
    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    SingleSignOnMappings.Mapping mapping(@PathVariable long id) {
        return mappings.get(id);
    }

    /** Maps a claim value to one role ({@code role}, a role code) or one team ({@code teamId}). */
    @Operation(summary = "Map an identity provider group or app role to a role or a team",
            description = "Administrators. People get what it gives at their next sign-in.")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SingleSignOnMappings.Mapping> add(@RequestBody SingleSignOnMappings.NewMapping mapping) {
        SingleSignOnMappings.Mapping added = mappings.add(mapping);
        return ResponseEntity.created(URI.create(PATH + "/" + added.id())).body(added);
    }

    /** Removes a mapping: people lose what it gave at their next sign-in. */
    @Operation(summary = "Remove a single sign-on mapping",
            description = "Administrators. People lose what it gave at their next sign-in.")
    @DeleteMapping(PATH + "/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        mappings.remove(id);
        return ResponseEntity.noContent().build();
    }
}
