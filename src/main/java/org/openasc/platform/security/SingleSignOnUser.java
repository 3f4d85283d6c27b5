package org.openasc.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the council's identity provider, named by their OpenASC username (not the provider's
 * subject), so every module's scoping, restriction check and audit trail sees them as any member of staff.
 */
final class SingleSignOnUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;

    SingleSignOnUser(String username, Collection<? extends GrantedAuthority> roles, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(roles, idToken, userInfo);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SingleSignOnUser user && user.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
