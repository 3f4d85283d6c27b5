package org.openasc.platform.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed in with an API token: it acts as the token's service account, with that account's roles. */
final class ServiceAccountSignIn extends AbstractAuthenticationToken {

    private final String username;
    private final long tokenId;

    ServiceAccountSignIn(String username, long tokenId, Collection<? extends GrantedAuthority> roles) {
        super(roles);
        this.username = username;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    long tokenId() {
        return tokenId;
    }
}
