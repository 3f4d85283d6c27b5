package org.openasc.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns the person the identity provider vouched for (ID token checked, user info read, by Spring Security's own
 * service) into their OpenASC account with the roles their groups give; a refusal ends the sign-in with its reason.
 */
final class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code a refusal carries to the failure handler; its description is the refusal's reason. */
    static final String REFUSED = "openasc_refused";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final List<String> groupClaims;

    SingleSignOnUsers(SingleSignOnAccounts accounts, List<String> groupClaims) {
        this.accounts = accounts;
        this.groupClaims = groupClaims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        SingleSignOnAccounts.Outcome outcome = accounts.signIn(identity(person), address());
        if (outcome.refusal() != null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, outcome.refusal().reason, null));
        }
        return new SingleSignOnUser(outcome.username(), outcome.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                person.getIdToken(), person.getUserInfo());
    }

    private SingleSignOnAccounts.Identity identity(OidcUser person) {
        Set<String> groups = new LinkedHashSet<>();
        for (String claim : groupClaims) {
            Object values = person.getClaims().get(claim);
            if (values instanceof Collection<?> many) {
                many.stream().filter(v -> v != null).map(String::valueOf).forEach(groups::add);
            } else if (values instanceof String one && !one.isBlank()) {
                groups.add(one);
            }
        }
        // Entra ID leaves the groups out of the token (naming a Graph call instead) when a person is in too many.
        boolean leftOut = person.getClaims().get("_claim_names") instanceof Map<?, ?> names && groupClaims.stream().anyMatch(names::containsKey);
        return new SingleSignOnAccounts.Identity(person.getIssuer().toString(), person.getSubject(), person.getPreferredUsername(),
                person.getFullName() != null ? person.getFullName() : joined(person.getGivenName(), person.getFamilyName()),
                person.getEmail(), groups, leftOut);
    }

    private static String joined(String given, String family) {
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return name.isEmpty() ? null : name;
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }
}
