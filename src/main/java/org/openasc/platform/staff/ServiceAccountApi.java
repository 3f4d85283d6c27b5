package org.openasc.platform.staff;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Administrators create service accounts for integrations, issue their API tokens (shown once) and revoke them. */
@Tag(name = "Staff, teams and access")
@RestController
@PreAuthorize(Access.ADMINISTER)
class ServiceAccountApi {

    private final ServiceAccounts accounts;

    ServiceAccountApi(ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "List the service accounts of integrations")
    @GetMapping(path = "/api/v1/service-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<ServiceAccounts.ServiceAccount> accounts() {
        return Page.whole(accounts.all());
    }

    @Operation(summary = "Create a service account for an integration, with its roles and teams")
    @PostMapping(path = "/api/v1/service-accounts", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceAccounts.ServiceAccount> create(@RequestBody ServiceAccounts.NewServiceAccount account) {
        ServiceAccounts.ServiceAccount created = accounts.create(account);
        return ResponseEntity.created(URI.create("/api/v1/service-accounts/" + created.id())).body(created);
    }

    @Operation(summary = "Read a service account with its tokens")
    @GetMapping(path = "/api/v1/service-accounts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.ServiceAccount account(@PathVariable long id) {
        return accounts.get(id);
    }

    /** New roles and teams, from the next request its tokens make; {@code version} as read, or 409. */
    @Operation(summary = "Change a service account's roles or teams")
    @PutMapping(path = "/api/v1/service-accounts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.ServiceAccount change(@PathVariable long id, @RequestBody ServiceAccounts.AccountChange change) {
        return accounts.change(id, change);
    }

    /** Disables the account for good and revokes its tokens. */
    @Operation(summary = "Disable a service account and all its tokens")
    @PostMapping(path = "/api/v1/service-accounts/{id}/disable", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.ServiceAccount disable(@PathVariable long id) {
        return accounts.disable(id);
    }

    /** Issues a token: its text is in this answer and never again. */
    @Operation(summary = "Issue an API token for a service account",
            description = "The token is shown once in the answer and stored only as a hash; send it as Authorization: Bearer.")
    @PostMapping(path = "/api/v1/service-accounts/{id}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceAccounts.IssuedToken> issue(@PathVariable long id, @RequestBody ServiceAccounts.NewToken token) {
        ServiceAccounts.IssuedToken issued = accounts.issueToken(id, token);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
    }

    @Operation(summary = "Read an API token's details (never the token itself)")
    @GetMapping(path = "/api/v1/tokens/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.TokenView token(@PathVariable long id) {
        return accounts.token(id);
    }

    @Operation(summary = "Revoke an API token")
    @DeleteMapping(path = "/api/v1/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        accounts.revokeToken(id);
        return ResponseEntity.noContent().build();
    }
}
