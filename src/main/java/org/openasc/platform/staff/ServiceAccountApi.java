package org.openasc.platform.staff;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.web.Page;

/** Administrators create service accounts for integrations, issue their API tokens (shown once) and revoke them. */
@RestController
class ServiceAccountApi {

    private final ServiceAccounts accounts;

    ServiceAccountApi(ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/v1/service-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<ServiceAccounts.ServiceAccount> accounts() {
        return Page.whole(accounts.all());
    }

    @PostMapping(path = "/api/v1/service-accounts", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceAccounts.ServiceAccount> create(@RequestBody ServiceAccounts.NewServiceAccount account) {
        ServiceAccounts.ServiceAccount created = accounts.create(account);
        return ResponseEntity.created(URI.create("/api/v1/service-accounts/" + created.id())).body(created);
    }

    @GetMapping(path = "/api/v1/service-accounts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.ServiceAccount account(@PathVariable long id) {
        return accounts.get(id);
    }

    /** Disables the account for good and revokes its tokens. */
    @PostMapping(path = "/api/v1/service-accounts/{id}/disable", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.ServiceAccount disable(@PathVariable long id) {
        return accounts.disable(id);
    }

    /** Issues a token: its text is in this answer and never again. */
    @PostMapping(path = "/api/v1/service-accounts/{id}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ServiceAccounts.IssuedToken> issue(@PathVariable long id, @RequestBody ServiceAccounts.NewToken token) {
        ServiceAccounts.IssuedToken issued = accounts.issueToken(id, token);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
    }

    @GetMapping(path = "/api/v1/tokens/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceAccounts.TokenView token(@PathVariable long id) {
        return accounts.token(id);
    }

    @DeleteMapping(path = "/api/v1/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        accounts.revokeToken(id);
        return ResponseEntity.noContent().build();
    }
}
